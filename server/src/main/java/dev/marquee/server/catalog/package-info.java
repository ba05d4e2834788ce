/**
 * Catalog: organizers, their venues and their events, with the event lifecycle DRAFT, PUBLISHED, then CANCELLED
 * or COMPLETED. Publishes {@link dev.marquee.server.catalog.EventPublished} and
 * {@link dev.marquee.server.catalog.EventCancelled} through the event publication registry, and
 * {@link dev.marquee.server.catalog.EventDeleted} synchronously, inside the transaction that deletes a draft.
 */
@ApplicationModule(displayName = "Catalog")
@NullMarked
package dev.marquee.server.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
