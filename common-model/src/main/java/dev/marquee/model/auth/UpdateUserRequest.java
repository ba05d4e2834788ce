package dev.marquee.model.auth;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.constraints.MaxBytes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PUT /api/v1/users/{id}}: the account's new state. Changing roles, organizers, the enabled flag
 * or the password ends the account's open sessions.
 *
 * @param displayName  the name shown to people
 * @param roles        one or more roles
 * @param organizerIds the organizers the account belongs to
 * @param enabled      whether the account may log in
 * @param newPassword  a new password of at least 12 characters and at most 72 bytes in UTF-8, or {@code null} to keep the current one
 */
public record UpdateUserRequest(
        @NotBlank @Size(max = 120) String displayName,
        @NotEmpty Set<@NotNull Role> roles,
        @NotNull Set<@NotNull OrganizerId> organizerIds,
        boolean enabled,
        @Size(min = 12) @MaxBytes(72) @Nullable String newPassword) {

    @Override
    public String toString() {
        return "UpdateUserRequest[displayName=" + displayName + ", roles=" + roles + ", enabled=" + enabled + "]";
    }
}
