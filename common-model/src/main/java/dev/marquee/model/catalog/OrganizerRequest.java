package dev.marquee.model.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body to create or rename an organizer (ADMIN only).
 *
 * @param name the organizer's name
 */
public record OrganizerRequest(@NotBlank @Size(max = 120) String name) {
}
