package dev.marquee.server.identity;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.checkin.PairingCodeView;
import dev.marquee.server.platform.AggregateRoot;
import dev.marquee.server.platform.IllegalTransitionException;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** A one-time code that a kiosk trades for its device token: it works once, within a quarter of an hour. */
@Entity
class PairingCode extends AggregateRoot<PairingCode, String> {

    static final Duration TTL = Duration.ofMinutes(15);
    /** No letters or digits that read alike (0/O, 1/I, 5/S, 8/B, 2/Z). */
    private static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
    private static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private String code;
    private OrganizerId organizerId;
    private String deviceName;
    private String createdBy;
    private Instant expiresAt;
    private Instant usedAt;

    private PairingCode(String code, OrganizerId organizerId, String deviceName, String createdBy, Instant expiresAt) {
        this.code = code;
        this.organizerId = organizerId;
        this.deviceName = deviceName;
        this.createdBy = createdBy;
        this.expiresAt = expiresAt;
    }

    protected PairingCode() {
    }

    static PairingCode issue(OrganizerId organizer, String deviceName, String createdBy, Instant now) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new PairingCode(code.toString(), organizer, deviceName, createdBy, now.plus(TTL));
    }

    /** A code as typed on a kiosk, in any case, with or without the dashes and spaces that help reading it. */
    static String normalise(String typed) {
        return typed.trim().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
    }

    @Override
    public String getId() {
        return code;
    }

    /** Where a code stands at a given time. */
    enum State { OPEN, USED, EXPIRED }

    State stateAt(Instant now) {
        return usedAt != null ? State.USED : now.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
    }

    /** Uses the code up, pairing a kiosk as the device it names. */
    Device redeem(Instant now) {
        State state = stateAt(now);
        if (state != State.OPEN) {
            throw new IllegalTransitionException("This pairing code " + (state == State.USED ? "has been used already." : "has expired."),
                    state);
        }
        usedAt = now;
        return new Device(organizerId, deviceName, now);
    }

    PairingCodeView view() {
        return new PairingCodeView(code, deviceName, expiresAt);
    }
}
