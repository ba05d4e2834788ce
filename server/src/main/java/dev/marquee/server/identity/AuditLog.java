package dev.marquee.server.identity;

import dev.marquee.model.Page;
import dev.marquee.model.auth.AuditEntryView;
import dev.marquee.server.platform.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit log: who did what, when and from where. Entries are only ever inserted, within the
 * transaction of the change they describe, so a change and its entry commit or fail together.
 */
@Service
@Transactional
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Appends an entry.
     *
     * @param action  what happened, in upper snake case, such as {@code USER_CREATED}
     * @param actor   the username that did it, or {@code null}
     * @param subject whom or what it concerns
     * @param address the client's address, or {@code null}
     * @param detail  further facts in words, or {@code null}
     */
    public void record(String action, String actor, String subject, String address, String detail) {
        jdbc.sql("""
                insert into audit_log (at, action, actor, subject, address, detail)
                values (:at, :action, :actor, :subject, :address, :detail)
                """)
                .param("at", Timestamps.utc(clock.instant()))
                .param("action", action)
                .param("actor", actor)
                .param("subject", truncate(subject, 200))
                .param("address", truncate(address, 64))
                .param("detail", truncate(detail, 1000))
                .update();
    }

    /**
     * Entries newest first.
     *
     * @param before only entries with a sequence below this, or {@code null} for the newest
     * @param action only this action, or {@code null} for all
     * @param limit  at most this many
     */
    @Transactional(readOnly = true)
    public Page<AuditEntryView> newestFirst(Long before, String action, int limit) {
        List<AuditEntryView> entries = jdbc.sql("""
                select seq, at, action, actor, subject, address, detail from audit_log
                where (cast(:before as bigint) is null or seq < :before)
                  and (cast(:action as varchar(40)) is null or action = :action)
                order by seq desc
                limit :limit
                """)
                .param("before", before)
                .param("action", action)
                .param("limit", limit + 1)
                .query(AuditLog::entry)
                .list();
        if (entries.size() > limit) {
            List<AuditEntryView> page = entries.subList(0, limit);
            return new Page<>(page, Long.toString(page.getLast().sequence()));
        }
        return new Page<>(entries, null);
    }

    /**
     * Appends an entry in a transaction of its own, so it stays even when the caller's transaction rolls back, as
     * a refused attempt's does: the throttles count these entries.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordDurably(String action, String actor, String subject, String address, String detail) {
        record(action, actor, subject, address, detail);
    }

    /**
     * When the most recent entries of {@code action} since {@code since} happened, newest first.
     *
     * @param subject only entries about this subject, or {@code null} for any
     * @param address only entries from this address, or {@code null} for any
     */
    @Transactional(readOnly = true)
    List<Instant> recent(String action, String subject, String address, Instant since, int limit) {
        // Conditions are left out rather than made optional in SQL, so each look-up uses its index.
        String where = (subject == null ? "" : " and subject = :subject") + (address == null ? "" : " and address = :address");
        var query = jdbc.sql("select at from audit_log where action = :action" + where + " and at > :since order by at desc limit :limit")
                .param("action", action).param("since", Timestamps.utc(since)).param("limit", limit);
        if (subject != null) {
            query = query.param("subject", truncate(subject, 200));
        }
        if (address != null) {
            query = query.param("address", truncate(address, 64));
        }
        return query.query((rs, n) -> rs.getObject("at", OffsetDateTime.class).toInstant()).list();
    }

    private static AuditEntryView entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntryView(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("action"),
                rs.getString("actor"), rs.getString("subject"), rs.getString("address"), rs.getString("detail"));
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
