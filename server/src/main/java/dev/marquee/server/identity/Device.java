package dev.marquee.server.identity;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.checkin.DeviceView;
import dev.marquee.server.platform.AggregateRoot;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A paired kiosk: it authenticates with one long-lived device token until it is revoked. */
@Entity
class Device extends AggregateRoot<Device, UUID> {

    /** How stale the last-seen time may get, so that a busy kiosk does not write on every scan. */
    static final Duration SEEN_PRECISION = Duration.ofMinutes(1);

    @Id
    private UUID id;
    private OrganizerId organizerId;
    private String name;
    private UUID jti;
    private Instant pairedAt;
    private Instant lastSeenAt;
    private Instant revokedAt;

    Device(OrganizerId organizerId, String name, Instant pairedAt) {
        this.id = UUID.randomUUID();
        this.organizerId = organizerId;
        this.name = name;
        this.jti = UUID.randomUUID();
        this.pairedAt = pairedAt;
    }

    protected Device() {
    }

    @Override
    public UUID getId() {
        return id;
    }

    /** Notes that the kiosk was active, at most once per {@link #SEEN_PRECISION}. */
    void seen(Instant now) {
        if (lastSeenAt == null || lastSeenAt.isBefore(now.minus(SEEN_PRECISION))) {
            lastSeenAt = now;
        }
    }

    /** Ends the device token at once; revoking again keeps the first time. */
    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    boolean revoked() {
        return revokedAt != null;
    }

    OrganizerId organizerId() {
        return organizerId;
    }

    String name() {
        return name;
    }

    UUID jti() {
        return jti;
    }

    DeviceView view() {
        return new DeviceView(id, organizerId, name, pairedAt, lastSeenAt, revokedAt);
    }
}
