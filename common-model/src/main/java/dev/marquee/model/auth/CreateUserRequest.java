package dev.marquee.model.auth;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.constraints.MaxBytes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * Body of {@code POST /api/v1/users}. Every role but ADMIN needs at least one organizer.
 *
 * @param username     3 to 64 characters: letters, digits, dot, dash, underscore
 * @param displayName  the name shown to people
 * @param password     at least 12 characters and at most 72 bytes in UTF-8 (all that BCrypt reads)
 * @param roles        one or more roles
 * @param organizerIds the organizers the account belongs to
 */
public record CreateUserRequest(
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+",
                message = "may contain only letters, digits, dot, dash and underscore") String username,
        @NotBlank @Size(max = 120) String displayName,
        @NotNull @Size(min = 12) @MaxBytes(72) String password,
        @NotEmpty Set<@NotNull Role> roles,
        @NotNull Set<@NotNull OrganizerId> organizerIds) {

    @Override
    public String toString() {
        return "CreateUserRequest[username=" + username + ", roles=" + roles + ", password=***]";
    }
}
