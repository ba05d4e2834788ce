package dev.marquee.server.identity;

import dev.marquee.model.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The issued staff tokens. */
interface IssuedTokens extends ListCrudRepository<IssuedToken, UUID> {

    boolean existsByJtiAndRevokedAtIsNull(UUID jti);

    List<IssuedToken> findByJtiInAndRevokedAtIsNull(Collection<UUID> jtis);

    /** One statement however many lapsed tokens a user has: done at every sign-in, so it must not load them first. */
    @Modifying
    @Query("delete from IssuedToken t where t.userId = :user and t.expiresAt < :now")
    void deleteExpired(UserId user, Instant now);

    /** One statement for all of a user's open tokens, however many sessions they have. */
    @Modifying
    @Query("update IssuedToken t set t.revokedAt = :now where t.userId = :user and t.revokedAt is null")
    void revokeAll(UserId user, Instant now);
}
