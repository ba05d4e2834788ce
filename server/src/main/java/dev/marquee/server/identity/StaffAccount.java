package dev.marquee.server.identity;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.UserId;
import dev.marquee.model.auth.Role;
import dev.marquee.model.auth.UserView;
import dev.marquee.server.platform.AggregateRoot;
import dev.marquee.server.platform.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A staff account with its password hash, roles and the organizers it works for. Never leaves this module as is.
 * Every role but ADMIN belongs to at least one organizer.
 */
@Entity
@Table(name = "staff_user")
class StaffAccount extends AggregateRoot<StaffAccount, UserId> {

    @Id
    private UserId id;
    private String username;
    private String displayName;
    private String passwordHash;
    private boolean enabled;
    @ElementCollection
    @CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();
    @ElementCollection
    @CollectionTable(name = "staff_user_organizer", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "organizer_id")
    private Set<OrganizerId> organizerIds = new HashSet<>();
    private Instant createdAt;
    private Instant updatedAt;

    StaffAccount(String username, String displayName, String passwordHash, Set<Role> roles, Set<OrganizerId> organizerIds, Instant now) {
        requireOrganizerFor(roles, organizerIds);
        this.id = UserId.random();
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.roles.addAll(roles);
        this.organizerIds.addAll(organizerIds);
        this.createdAt = now;
        this.updatedAt = now;
    }

    protected StaffAccount() {
    }

    @Override
    public UserId getId() {
        return id;
    }

    /**
     * Changes the account.
     *
     * @param newPasswordHash the new password's hash, or {@code null} to keep the password
     */
    void change(String newDisplayName, String newPasswordHash, boolean nowEnabled, Set<Role> newRoles, Set<OrganizerId> newOrganizers,
            Instant now) {
        requireOrganizerFor(newRoles, newOrganizers);
        displayName = newDisplayName;
        if (newPasswordHash != null) {
            passwordHash = newPasswordHash;
        }
        enabled = nowEnabled;
        roles.retainAll(newRoles);
        roles.addAll(newRoles);
        organizerIds.retainAll(newOrganizers);
        organizerIds.addAll(newOrganizers);
        updatedAt = now;
    }

    /** Every role but ADMIN belongs to an organizer. */
    static void requireOrganizerFor(Set<Role> roles, Set<OrganizerId> organizers) {
        boolean needsOrganizer = roles.stream().anyMatch(role -> role != Role.ADMIN);
        if (needsOrganizer && organizers.isEmpty()) {
            throw new InvalidInputException("organizerIds", "must name at least one organizer for roles other than ADMIN");
        }
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    Set<Role> roles() {
        return Set.copyOf(roles);
    }

    Set<OrganizerId> organizerIds() {
        return Set.copyOf(organizerIds);
    }

    UserView view() {
        return new UserView(id, username, displayName, roles(), organizerIds(), enabled, createdAt);
    }

    @Override
    public String toString() {
        return "StaffAccount[" + username + ", roles=" + roles + "]";
    }
}
