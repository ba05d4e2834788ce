package dev.marquee.server.identity;

import dev.marquee.model.UserId;
import dev.marquee.model.auth.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The staff accounts; read with their roles and organizers, which every use of an account needs. */
interface StaffAccounts extends ListCrudRepository<StaffAccount, UserId> {

    // JPQL fetch joins rather than entity graphs: Hibernate keeps the plan of a query, where a graph makes it plan
    // the load anew on every call, and these run on every signed-in request.
    @Query("select a from StaffAccount a left join fetch a.roles left join fetch a.organizerIds where a.username = :username")
    Optional<StaffAccount> findByUsername(String username);

    @Override
    @Query("select a from StaffAccount a left join fetch a.roles left join fetch a.organizerIds where a.id = :id")
    Optional<StaffAccount> findById(UserId id);

    @Query("select a from StaffAccount a left join fetch a.roles left join fetch a.organizerIds order by a.username")
    List<StaffAccount> findAllByOrderByUsernameAsc();

    boolean existsByUsername(String username);

    long countByEnabledTrueAndRolesContaining(Role role);

    /** Saves and writes at once, so that a username taken meanwhile or an unknown organizer is refused in words. */
    StaffAccount saveAndFlush(StaffAccount account);
}
