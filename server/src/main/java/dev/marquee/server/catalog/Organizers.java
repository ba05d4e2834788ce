package dev.marquee.server.catalog;

import dev.marquee.model.OrganizerId;
import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** The organizers. */
interface Organizers extends ListCrudRepository<Organizer, OrganizerId> {

    List<Organizer> findAllByOrderByNameAscIdAsc();

    List<Organizer> findByIdInOrderByNameAscIdAsc(Collection<OrganizerId> ids);
}
