package dev.marquee.client;

import dev.marquee.model.Page;
import dev.marquee.model.UserId;
import dev.marquee.model.auth.AuditEntryView;
import dev.marquee.model.auth.CreateUserRequest;
import dev.marquee.model.auth.UpdateUserRequest;
import dev.marquee.model.auth.UserView;
import java.util.List;
import okhttp3.HttpUrl;
import tools.jackson.core.type.TypeReference;

/**
 * Staff accounts (ADMIN; ORGANIZER for the non-admin staff of their own organizers) and the audit log (ADMIN). Reach
 * it through {@link MarqueeClient#staff()}.
 */
public final class StaffApi {

    private static final TypeReference<List<UserView>> USERS = new TypeReference<>() {
    };
    private static final TypeReference<Page<AuditEntryView>> AUDIT_PAGE = new TypeReference<>() {
    };

    private final Transport transport;

    StaffApi(Transport transport) {
        this.transport = transport;
    }

    /** The staff accounts the caller may manage: all for ADMIN, the non-admin staff of their organizers for ORGANIZER. */
    public List<UserView> users() {
        return transport.get(transport.url("api/v1/users"), USERS);
    }

    /** One staff account the caller may manage. */
    public UserView user(UserId id) {
        return transport.get(transport.url("api/v1/users/" + id), UserView.class);
    }

    /** Creates a staff account with a fresh idempotency key; an ORGANIZER cannot grant ADMIN or other organizers. */
    public UserView createUser(CreateUserRequest request) {
        return createUser(request, IdempotencyKey.next());
    }

    /** Creates a staff account; an ORGANIZER cannot grant ADMIN or other organizers. */
    public UserView createUser(CreateUserRequest request, IdempotencyKey key) {
        return transport.post(transport.url("api/v1/users"), request, key, UserView.class);
    }

    /** Changes a staff account the caller may manage; changing its access ends its sessions. Sent once. */
    public UserView updateUser(UserId id, UpdateUserRequest request) {
        return transport.put(transport.url("api/v1/users/" + id), request, UserView.class);
    }

    /** Deletes a staff account the caller may manage. Sent once. */
    public void deleteUser(UserId id) {
        transport.delete(transport.url("api/v1/users/" + id));
    }

    /**
     * One page of the audit log, newest first. ADMIN only.
     *
     * @param action only entries with this action, such as {@code LOGIN_FAILED}, or {@code null} for all
     * @param cursor the {@code nextCursor} of the previous page, or {@code null} for the newest entries
     * @param limit  entries per page, 1 to 500
     */
    public Page<AuditEntryView> auditLog(String action, String cursor, int limit) {
        HttpUrl.Builder url = transport.urlBuilder("api/v1/audit").addQueryParameter("limit", Integer.toString(limit));
        Transport.addIfPresent(url, "action", action);
        Transport.addIfPresent(url, "cursor", cursor);
        return transport.get(url.build(), AUDIT_PAGE);
    }
}
