package dev.marquee.model.checkin;

import java.util.UUID;

/**
 * A gate, where kiosks stand.
 *
 * @param id   the gate's id
 * @param name its name, such as {@code North}
 */
public record GateView(UUID id, String name) {
}
