package dev.marquee.server.checkin;

import dev.marquee.model.CheckInListId;
import dev.marquee.model.EventId;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** The check-in lists. */
interface CheckInListsOfEvents extends ListCrudRepository<CheckInList, CheckInListId> {

    List<CheckInList> findByEventIdOrderByCreatedAtAscIdAsc(EventId eventId);

    void deleteByEventId(EventId eventId);
}
