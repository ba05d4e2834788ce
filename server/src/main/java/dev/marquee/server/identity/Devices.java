package dev.marquee.server.identity;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.checkin.DeviceToken;
import dev.marquee.model.checkin.DeviceView;
import dev.marquee.model.checkin.PairingCodeRequest;
import dev.marquee.model.checkin.PairingCodeView;
import dev.marquee.server.catalog.OrganizerManagement;
import dev.marquee.server.platform.NotFoundException;
import dev.marquee.server.platform.StaffPrincipal;
import dev.marquee.server.platform.Timestamps;
import dev.marquee.server.platform.TooManyRequestsException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kiosk devices: an organizer makes a one-time code, the kiosk trades it for a device token scoped to that
 * organizer, and revoking the device ends the token at once. Every step is audited.
 */
@Service
@Transactional
public class Devices {

    private static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
    private static final Duration CODE_TTL = Duration.ofMinutes(15);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuthTokens tokens;
    private final AuditLog audit;
    private final LoginThrottle throttle;
    private final OrganizerManagement organizers;
    private final Clock clock;

    Devices(JdbcClient jdbc, AuthTokens tokens, AuditLog audit, LoginThrottle throttle, OrganizerManagement organizers, Clock clock) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.audit = audit;
        this.throttle = throttle;
        this.organizers = organizers;
        this.clock = clock;
    }

    PairingCodeView createPairingCode(PairingCodeRequest request, StaffPrincipal staff) {
        organizers.get(request.organizerId(), staff);
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        Instant expiresAt = clock.instant().plus(CODE_TTL);
        jdbc.sql("""
                insert into pairing_code (code, organizer_id, device_name, created_by, expires_at)
                values (:code, :organizer, :name, :by, :expiresAt)
                """)
                .param("code", code.toString()).param("organizer", request.organizerId().value()).param("name", request.deviceName().trim())
                .param("by", staff.username()).param("expiresAt", Timestamps.utc(expiresAt))
                .update();
        audit.record("PAIRING_CODE_CREATED", staff.username(), "device " + request.deviceName().trim(), null, null);
        return new PairingCodeView(code.toString(), request.deviceName().trim(), expiresAt);
    }

    /**
     * Trades a pairing code for a device token; the code works once, within its time. Wrong codes are throttled
     * per address, and audited in a transaction of their own, since the refusal rolls this one back.
     */
    DeviceToken pair(String code, String address) {
        try {
            throttle.checkPairing(address);
        } catch (TooManyRequestsException throttled) {
            audit.recordDurably("PAIRING_THROTTLED", null, "code", address, null);
            throw throttled;
        }
        String normalised = code.trim().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
        Instant now = clock.instant();
        int claimed = jdbc.sql("update pairing_code set used_at = :now where code = :code and used_at is null and expires_at > :now")
                .param("now", Timestamps.utc(now)).param("code", normalised).update();
        if (claimed == 0) {
            audit.recordDurably(LoginThrottle.PAIRING_FAILED, null, "code", address, null);
            throw new NotFoundException("That pairing code (it may have been used already or expired; make a new one in the organizer "
                    + "console)");
        }
        var pending = jdbc.sql("select organizer_id, device_name from pairing_code where code = :code").param("code", normalised)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)}).single();
        OrganizerId organizer = new OrganizerId((UUID) pending[0]);
        String name = (String) pending[1];
        UUID deviceId = UUID.randomUUID();
        UUID tokenId = UUID.randomUUID();
        jdbc.sql("insert into device (id, organizer_id, name, jti, paired_at) values (:id, :organizer, :name, :jti, :now)")
                .param("id", deviceId).param("organizer", organizer.value()).param("name", name).param("jti", tokenId).param("now", Timestamps.utc(now))
                .update();
        audit.record("DEVICE_PAIRED", "device:" + name, "device " + deviceId, address, "organizer " + organizer);
        return new DeviceToken(tokens.issueDevice(deviceId, tokenId, organizer, name), deviceId, organizer, name);
    }

    @Transactional(readOnly = true)
    List<DeviceView> list(OrganizerId organizer, StaffPrincipal staff) {
        staff.requireAccess(organizer, "Organizer " + organizer);
        return jdbc.sql("select * from device where organizer_id = :organizer order by paired_at desc")
                .param("organizer", organizer.value()).query(Devices::row).list();
    }

    DeviceView revoke(UUID id, StaffPrincipal staff) {
        DeviceView device = jdbc.sql("select * from device where id = :id").param("id", id).query(Devices::row).optional()
                .orElseThrow(() -> new NotFoundException("Device " + id));
        staff.requireAccess(device.organizerId(), "Device " + id);
        jdbc.sql("update device set revoked_at = :now where id = :id and revoked_at is null").param("now", Timestamps.utc(clock.instant()))
                .param("id", id).update();
        audit.record("DEVICE_REVOKED", staff.username(), "device " + id, null, device.name());
        return jdbc.sql("select * from device where id = :id").param("id", id).query(Devices::row).single();
    }

    private static DeviceView row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime seen = rs.getObject("last_seen_at", OffsetDateTime.class);
        OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
        return new DeviceView(rs.getObject("id", UUID.class), new OrganizerId(rs.getObject("organizer_id", UUID.class)), rs.getString("name"),
                rs.getObject("paired_at", OffsetDateTime.class).toInstant(), seen == null ? null : seen.toInstant(),
                revoked == null ? null : revoked.toInstant());
    }

}
