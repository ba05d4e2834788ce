/**
 * Inventory: ticket types and their shared capacity quotas, holds that reserve tickets atomically and expire,
 * and availability. Guarantees that no ticket type or quota ever sells more than its capacity, under any
 * concurrency and across server instances.
 */
@ApplicationModule(displayName = "Inventory")
@NullMarked
package dev.marquee.server.inventory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
