package dev.marquee.server.identity;

import dev.marquee.model.Page;
import dev.marquee.model.auth.AuditEntryView;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
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

    private final AuditEntries entries;
    private final Clock clock;

    AuditLog(AuditEntries entries, Clock clock) {
        this.entries = entries;
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
        entries.save(new AuditEntry(clock.instant(), action, actor, subject, address, detail));
    }

    /**
     * Entries newest first.
     *
     * @param before only entries with a sequence below this, or {@code null} for the newest
     * @param action only this action, or {@code null} for all
     * @param limit  at most this many
     */
    @Transactional(readOnly = true)
    public Page<AuditEntryView> newestFirst(@Nullable Long before, @Nullable String action, int limit) {
        List<AuditEntryView> found = entries.newestFirst(before, action, PageRequest.ofSize(limit + 1)).stream().map(AuditEntry::view).toList();
        if (found.size() > limit) {
            List<AuditEntryView> page = found.subList(0, limit);
            return new Page<>(page, Long.toString(page.getLast().sequence()));
        }
        return new Page<>(found, null);
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
        String cutSubject = AuditEntry.truncate(subject, 200);
        String cutAddress = AuditEntry.truncate(address, 64);
        List<AuditEntry> found;
        if (subject != null && address != null) {
            found = entries.findByActionAndSubjectAndAddressAndAtAfterOrderByAtDesc(action, cutSubject, cutAddress, since, Limit.of(limit));
        } else if (subject != null) {
            found = entries.findByActionAndSubjectAndAtAfterOrderByAtDesc(action, cutSubject, since, Limit.of(limit));
        } else if (address != null) {
            found = entries.findByActionAndAddressAndAtAfterOrderByAtDesc(action, cutAddress, since, Limit.of(limit));
        } else {
            throw new IllegalArgumentException("name a subject, an address or both");
        }
        return found.stream().map(AuditEntry::at).toList();
    }
}
