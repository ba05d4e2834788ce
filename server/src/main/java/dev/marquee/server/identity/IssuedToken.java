package dev.marquee.server.identity;

import dev.marquee.model.UserId;
import dev.marquee.server.platform.AggregateRoot;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The record of one staff bearer token, kept so that the token can be ended before it expires. */
@Entity
@Table(name = "auth_token")
class IssuedToken extends AggregateRoot<IssuedToken, UUID> {

    @Id
    private UUID jti;
    private UserId userId;
    private Instant issuedAt;
    private Instant expiresAt;
    private Instant revokedAt;

    IssuedToken(UserId userId, Instant issuedAt, Instant expiresAt) {
        this.jti = UUID.randomUUID();
        this.userId = userId;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    protected IssuedToken() {
    }

    @Override
    public UUID getId() {
        return jti;
    }

    /** Ends the token; a token ended before stays ended at its first time. */
    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }
}
