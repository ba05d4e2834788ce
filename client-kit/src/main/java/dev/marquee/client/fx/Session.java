package dev.marquee.client.fx;

import java.util.Objects;
import java.util.Set;

/**
 * A signed-in person, as the apps keep it after login.
 *
 * @param serverUrl the server's base address, such as {@code https://tickets.example.org}
 * @param username  who signed in
 * @param token     the bearer token for later requests; never shown or logged
 * @param roles     the person's roles as the server names them, such as {@code BOX_OFFICE}
 */
public record Session(String serverUrl, String username, String token, Set<String> roles) {

    /** Roles are copied; {@code null} reads as none. */
    public Session {
        Objects.requireNonNull(serverUrl, "serverUrl");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(token, "token");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /**
     * @param role a role name such as {@code GATE}
     * @return whether the person has it
     */
    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Leaves the token out, so a logged session leaks nothing. */
    @Override
    public String toString() {
        return "Session[serverUrl=" + serverUrl + ", username=" + username + ", roles=" + roles + "]";
    }
}
