package dev.marquee.server.identity;

import dev.marquee.model.OrganizerId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** The paired kiosks. */
interface Devices extends ListCrudRepository<Device, UUID> {

    Optional<Device> findByJti(UUID jti);

    List<Device> findByJtiInAndRevokedAtIsNull(Collection<UUID> jtis);

    List<Device> findByOrganizerIdOrderByPairedAtDesc(OrganizerId organizer);
}
