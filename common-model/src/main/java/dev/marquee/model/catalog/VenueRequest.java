package dev.marquee.model.catalog;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.constraints.MultiLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body to create or change a venue. The organizer cannot change after creation.
 *
 * @param organizerId the organizer that owns the venue
 * @param name        its name
 * @param address     its postal address
 * @param capacity    how many people it holds, at least 1
 * @param timeZone    its IANA time zone, such as {@code Europe/Berlin}
 */
public record VenueRequest(
        @NotNull OrganizerId organizerId,
        @NotBlank @Size(max = 160) String name,
        @NotBlank @Size(max = 500) @MultiLine String address,
        @Min(1) @Max(10_000_000) int capacity,
        @NotBlank @Size(max = 64) String timeZone) {
}
