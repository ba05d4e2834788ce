package dev.marquee.model.auth;

import dev.marquee.model.constraints.MaxBytes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/auth/login}.
 *
 * @param username the account name, case-insensitive
 * @param password the password; at most 72 bytes in UTF-8, as no longer one can be set
 */
public record LoginRequest(
        @NotBlank @Size(max = 64) String username,
        @NotBlank @MaxBytes(72) String password) {

    @Override
    public String toString() {
        return "LoginRequest[username=" + username + ", password=***]";
    }
}
