package dev.marquee.server.identity;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.UserId;
import dev.marquee.model.auth.Role;
import dev.marquee.server.platform.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The staff accounts, with their roles and organizer memberships. */
@Repository
class StaffAccounts {

    private static final String COLUMNS = "id, username, display_name, password_hash, enabled, created_at, updated_at";

    private final JdbcClient jdbc;

    StaffAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StaffAccount> byUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from staff_user where username = :username")
                .param("username", username)
                .query((rs, n) -> row(rs))
                .optional()
                .map(this::complete);
    }

    Optional<StaffAccount> byId(UserId id) {
        return jdbc.sql("select " + COLUMNS + " from staff_user where id = :id")
                .param("id", id.value())
                .query((rs, n) -> row(rs))
                .optional()
                .map(this::complete);
    }

    List<StaffAccount> all() {
        List<Row> rows = jdbc.sql("select " + COLUMNS + " from staff_user order by username").query((rs, n) -> row(rs)).list();
        Map<UUID, Set<Role>> roles = new HashMap<>();
        jdbc.sql("select user_id, role from staff_user_role").query(rs -> {
            roles.computeIfAbsent(rs.getObject("user_id", UUID.class), k -> new HashSet<>()).add(Role.valueOf(rs.getString("role")));
        });
        Map<UUID, Set<OrganizerId>> organizers = new HashMap<>();
        jdbc.sql("select user_id, organizer_id from staff_user_organizer").query(rs -> {
            organizers.computeIfAbsent(rs.getObject("user_id", UUID.class), k -> new HashSet<>())
                    .add(new OrganizerId(rs.getObject("organizer_id", UUID.class)));
        });
        return rows.stream()
                .map(r -> r.account(roles.getOrDefault(r.id, Set.of()), organizers.getOrDefault(r.id, Set.of())))
                .toList();
    }

    long count() {
        return jdbc.sql("select count(*) from staff_user").query(Long.class).single();
    }

    long countEnabledAdmins() {
        return jdbc.sql("""
                select count(*) from staff_user u join staff_user_role r on r.user_id = u.id
                where u.enabled = true and r.role = 'ADMIN'
                """).query(Long.class).single();
    }

    void insert(StaffAccount account) {
        jdbc.sql("""
                insert into staff_user (id, username, display_name, password_hash, enabled, created_at, updated_at)
                values (:id, :username, :displayName, :hash, :enabled, :createdAt, :updatedAt)
                """)
                .param("id", account.id().value())
                .param("username", account.username())
                .param("displayName", account.displayName())
                .param("hash", account.passwordHash())
                .param("enabled", account.enabled())
                .param("createdAt", Timestamps.utc(account.createdAt()))
                .param("updatedAt", Timestamps.utc(account.updatedAt()))
                .update();
        writeMemberships(account);
    }

    void update(StaffAccount account) {
        jdbc.sql("""
                update staff_user set display_name = :displayName, password_hash = :hash, enabled = :enabled,
                    updated_at = :updatedAt
                where id = :id
                """)
                .param("id", account.id().value())
                .param("displayName", account.displayName())
                .param("hash", account.passwordHash())
                .param("enabled", account.enabled())
                .param("updatedAt", Timestamps.utc(account.updatedAt()))
                .update();
        jdbc.sql("delete from staff_user_role where user_id = :id").param("id", account.id().value()).update();
        jdbc.sql("delete from staff_user_organizer where user_id = :id").param("id", account.id().value()).update();
        writeMemberships(account);
    }

    void delete(UserId id) {
        jdbc.sql("delete from staff_user where id = :id").param("id", id.value()).update();
    }

    private void writeMemberships(StaffAccount account) {
        for (Role role : account.roles()) {
            jdbc.sql("insert into staff_user_role (user_id, role) values (:id, :role)")
                    .param("id", account.id().value()).param("role", role.name()).update();
        }
        for (OrganizerId organizer : account.organizerIds()) {
            jdbc.sql("insert into staff_user_organizer (user_id, organizer_id) values (:id, :organizer)")
                    .param("id", account.id().value()).param("organizer", organizer.value()).update();
        }
    }

    private StaffAccount complete(Row row) {
        Set<Role> roles = Set.copyOf(jdbc.sql("select role from staff_user_role where user_id = :id")
                .param("id", row.id).query((rs, n) -> Role.valueOf(rs.getString(1))).list());
        Set<OrganizerId> organizers = Set.copyOf(jdbc.sql("select organizer_id from staff_user_organizer where user_id = :id")
                .param("id", row.id).query((rs, n) -> new OrganizerId(rs.getObject(1, UUID.class))).list());
        return row.account(roles, organizers);
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }


    private record Row(UUID id, String username, String displayName, String hash, boolean enabled, OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {

        StaffAccount account(Set<Role> roles, Set<OrganizerId> organizers) {
            return new StaffAccount(new UserId(id), username, displayName, hash, enabled, roles, organizers,
                    createdAt.toInstant(), updatedAt.toInstant());
        }
    }
}
