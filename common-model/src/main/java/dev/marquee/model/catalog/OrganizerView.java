package dev.marquee.model.catalog;

import dev.marquee.model.OrganizerId;
import java.time.Instant;

/**
 * An organizer: the company or club that runs events and owns their data.
 *
 * @param id        the organizer's id
 * @param name      its name
 * @param createdAt when it was created
 */
public record OrganizerView(OrganizerId id, String name, Instant createdAt) {
}
