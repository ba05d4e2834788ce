package dev.marquee.server.checkin;

import dev.marquee.model.OrganizerId;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The gates. */
interface Gates extends JpaRepository<Gate, UUID> {

    List<Gate> findByOrganizerIdOrderByName(OrganizerId organizerId);
}
