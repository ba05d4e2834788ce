package dev.marquee.server.identity;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The audit log: only appending and reading are offered, since entries are never changed or removed. */
interface AuditEntries extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    @Query("""
            select e from AuditEntry e
            where (:before is null or e.seq < :before) and (:action is null or e.action = :action)
            order by e.seq desc
            """)
    List<AuditEntry> newestFirst(@Nullable Long before, @Nullable String action, Pageable page);

    // The throttle's three look-ups, each with only the conditions it needs, so each uses its index.
    List<AuditEntry> findByActionAndSubjectAndAddressAndAtAfterOrderByAtDesc(String action, String subject, String address, Instant since,
            Limit limit);

    List<AuditEntry> findByActionAndSubjectAndAtAfterOrderByAtDesc(String action, String subject, Instant since, Limit limit);

    List<AuditEntry> findByActionAndAddressAndAtAfterOrderByAtDesc(String action, String address, Instant since, Limit limit);
}
