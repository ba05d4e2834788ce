package dev.marquee.console;

import dev.marquee.client.MarqueeClient;
import dev.marquee.client.fx.BackgroundTasks;
import dev.marquee.model.OrganizerId;
import java.util.Objects;

/**
 * What every screen of the console works with once an organizer has signed in.
 *
 * @param client      the REST client, logged in
 * @param tasks       the one way off the JavaFX thread
 * @param organizerId the organizer whose events, staff and devices the console manages
 */
public record ConsoleContext(MarqueeClient client, BackgroundTasks tasks, OrganizerId organizerId) {

    public ConsoleContext {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(organizerId, "organizerId");
    }
}
