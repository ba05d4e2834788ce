package dev.marquee.server.identity;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.UserId;
import dev.marquee.model.auth.CreateUserRequest;
import dev.marquee.model.auth.Role;
import dev.marquee.model.auth.UpdateUserRequest;
import dev.marquee.model.auth.UserView;
import dev.marquee.model.ProblemTypes;
import dev.marquee.server.catalog.OrganizerManagement;
import dev.marquee.server.platform.ApiProblem;
import dev.marquee.server.platform.ConflictException;
import dev.marquee.server.platform.InvalidInputException;
import dev.marquee.server.platform.NotFoundException;
import dev.marquee.server.platform.StaffPrincipal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and removes staff accounts, keeping the rules: every role but ADMIN belongs to an organizer,
 * usernames are unique, at least one enabled ADMIN always remains, and every change is audited. A change to an
 * account's access ends its open sessions.
 */
@Service
@Transactional
public class UserManagement {

    private final StaffAccounts accounts;
    private final PasswordEncoder passwords;
    private final AuthTokens tokens;
    private final AuditLog audit;
    private final OrganizerManagement organizers;
    private final Clock clock;

    UserManagement(StaffAccounts accounts, PasswordEncoder passwords, AuthTokens tokens, AuditLog audit, OrganizerManagement organizers,
            Clock clock) {
        this.accounts = accounts;
        this.organizers = organizers;
        this.passwords = passwords;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates an account.
     *
     * @param actor the username of whoever creates it, for the audit log; {@code null} for the system itself
     */
    public UserView create(CreateUserRequest request, String actor) {
        StaffAccount account = new StaffAccount(normalise(request.username()), request.displayName().trim(),
                passwords.encode(request.password()), request.roles(), request.organizerIds(), clock.instant());
        if (accounts.existsByUsername(account.username())) {
            throw new ConflictException("The username '" + account.username() + "' is taken. Choose another.");
        }
        requireOrganizersExist(account.organizerIds());
        try {
            accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException raced) {
            throw new ConflictException("The username '" + account.username() + "' is taken. Choose another.");
        }
        audit.record("USER_CREATED", actor, account.username(), null,
                "roles " + sorted(account.roles()) + ", organizers " + account.organizerIds().size());
        return account.view();
    }

    /** The accounts the caller may manage: all for ADMIN; for an organizer, the non-admin staff of their organizers. */
    @Transactional(readOnly = true)
    List<UserView> manageableBy(StaffPrincipal staff) {
        return accounts.findAllByOrderByUsernameAsc().stream().filter(account -> manages(staff, account)).map(StaffAccount::view).toList();
    }

    @Transactional(readOnly = true)
    UserView get(UserId id, StaffPrincipal staff) {
        return manageable(id, staff).view();
    }

    /** Creates an account on behalf of a signed-in ADMIN or ORGANIZER, within what they may grant. */
    UserView createOnBehalfOf(CreateUserRequest request, StaffPrincipal staff) {
        requireGrantable(staff, request.roles(), request.organizerIds());
        return create(request, staff.username());
    }

    /** Whether no account exists yet, as on a new installation. */
    @Transactional(readOnly = true)
    public boolean noAccounts() {
        return accounts.count() == 0;
    }

    UserView update(UserId id, UpdateUserRequest request, StaffPrincipal staff) {
        String actor = staff.username();
        StaffAccount.requireOrganizerFor(request.roles(), request.organizerIds());
        StaffAccount account = manageable(id, staff);
        requireGrantable(staff, request.roles(), request.organizerIds());
        Set<Role> rolesBefore = account.roles();
        Set<OrganizerId> organizersBefore = account.organizerIds();
        boolean enabledBefore = account.enabled();
        account.change(request.displayName().trim(), request.newPassword() == null ? null : passwords.encode(request.newPassword()),
                request.enabled(), request.roles(), request.organizerIds(), clock.instant());
        requireOrganizersExist(account.organizerIds());
        accounts.saveAndFlush(account);
        requireAnAdminRemains();
        boolean accessChanged = !rolesBefore.equals(account.roles()) || !organizersBefore.equals(account.organizerIds())
                || enabledBefore != account.enabled() || request.newPassword() != null;
        if (accessChanged) {
            tokens.revokeAll(id);
        }
        if (!rolesBefore.equals(account.roles()) || !organizersBefore.equals(account.organizerIds())) {
            audit.record("ROLES_CHANGED", actor, account.username(), null, "roles " + sorted(rolesBefore) + " -> "
                    + sorted(account.roles()) + ", organizers " + organizersBefore.size() + " -> " + account.organizerIds().size());
        }
        audit.record("USER_UPDATED", actor, account.username(), null,
                "enabled " + account.enabled() + (request.newPassword() != null ? ", password changed" : ""));
        return account.view();
    }

    void delete(UserId id, StaffPrincipal staff) {
        String actor = staff.username();
        if (id.equals(staff.userId())) {
            throw new ConflictException("You cannot delete your own account. Ask another administrator.");
        }
        StaffAccount account = manageable(id, staff);
        accounts.delete(account);
        requireAnAdminRemains();
        audit.record("USER_DELETED", actor, account.username(), null, "roles " + sorted(account.roles()));
    }

    private StaffAccount manageable(UserId id, StaffPrincipal staff) {
        StaffAccount account = find(id);
        if (!manages(staff, account)) {
            throw new NotFoundException("User " + id);
        }
        return account;
    }

    private void requireOrganizersExist(Set<OrganizerId> ids) {
        if (!organizers.allExist(ids)) {
            throw new InvalidInputException("organizerIds", "names an organizer that does not exist");
        }
    }

    /** Organizers manage the non-admin accounts that belong only to organizers they belong to themselves. */
    private static boolean manages(StaffPrincipal staff, StaffAccount account) {
        if (staff.isAdmin()) {
            return true;
        }
        return staff.has(Role.ORGANIZER) && !account.roles().contains(Role.ADMIN) && !account.organizerIds().isEmpty()
                && staff.organizerIds().containsAll(account.organizerIds());
    }

    private static void requireGrantable(StaffPrincipal staff, Set<Role> roles, Set<OrganizerId> organizers) {
        if (staff.isAdmin()) {
            return;
        }
        if (roles.contains(Role.ADMIN)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden", "Only an administrator can grant the ADMIN role.");
        }
        if (!staff.organizerIds().containsAll(organizers)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
                    "You can only give access to organizers you belong to yourself.");
        }
    }

    private StaffAccount find(UserId id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("User " + id));
    }

    private void requireAnAdminRemains() {
        if (accounts.countByEnabledTrueAndRolesContaining(Role.ADMIN) == 0) {
            throw new ConflictException("At least one enabled administrator must remain. Make another account ADMIN first.");
        }
    }

    private static String normalise(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    private static List<String> sorted(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }
}
