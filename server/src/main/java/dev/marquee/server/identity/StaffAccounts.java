package dev.marquee.server.identity;

import dev.marquee.model.UserId;
import dev.marquee.model.auth.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.ListCrudRepository;

/** The staff accounts; read with their roles and organizers, which every use of an account needs. */
interface StaffAccounts extends ListCrudRepository<StaffAccount, UserId> {

    @EntityGraph(attributePaths = {"roles", "organizerIds"})
    Optional<StaffAccount> findByUsername(String username);

    @Override
    @EntityGraph(attributePaths = {"roles", "organizerIds"})
    Optional<StaffAccount> findById(UserId id);

    @EntityGraph(attributePaths = {"roles", "organizerIds"})
    List<StaffAccount> findAllByOrderByUsernameAsc();

    boolean existsByUsername(String username);

    long countByEnabledTrueAndRolesContaining(Role role);

    /** Saves and writes at once, so that a username taken meanwhile or an unknown organizer is refused in words. */
    StaffAccount saveAndFlush(StaffAccount account);
}
