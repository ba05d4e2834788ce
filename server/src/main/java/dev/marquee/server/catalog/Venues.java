package dev.marquee.server.catalog;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.VenueId;
import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** The venues of all organizers. */
interface Venues extends ListCrudRepository<Venue, VenueId> {

    List<Venue> findAllByOrderByNameAscIdAsc();

    List<Venue> findByOrganizerIdInOrderByNameAscIdAsc(Collection<OrganizerId> organizers);
}
