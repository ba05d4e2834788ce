package dev.marquee.client.fx;

import java.util.Objects;

/**
 * A failure as a person reads it.
 *
 * @param title  a few words, such as "Cannot reach the server"
 * @param detail one or two sentences: what happened and what to do next; never a stack trace
 */
public record ErrorMessage(String title, String detail) {

    /** Both parts are required. */
    public ErrorMessage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
    }
}
