package dev.marquee.server.identity;

import dev.marquee.model.auth.AuditEntryView;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the audit log. Immutable: entries are only ever inserted, never changed or removed. */
@Entity
@Immutable
@Table(name = "audit_log")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long seq;
    private Instant at;
    private String action;
    private String actor;
    private String subject;
    private String address;
    private String detail;

    /** Cuts the texts to what the columns hold: an entry is never refused for being long. */
    AuditEntry(Instant at, String action, String actor, String subject, String address, String detail) {
        this.at = at;
        this.action = action;
        this.actor = truncate(actor, 64);
        this.subject = truncate(subject, 200);
        this.address = truncate(address, 64);
        this.detail = truncate(detail, 1000);
    }

    protected AuditEntry() {
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    Instant at() {
        return at;
    }

    AuditEntryView view() {
        return new AuditEntryView(seq, at, action, actor, subject, address, detail);
    }
}
