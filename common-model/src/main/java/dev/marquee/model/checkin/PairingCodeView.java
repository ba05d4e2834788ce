package dev.marquee.model.checkin;

import java.time.Instant;

/**
 * A one-time pairing code to type into a kiosk.
 *
 * @param code       the code
 * @param deviceName the kiosk it is for
 * @param expiresAt  when it stops working if unused
 */
public record PairingCodeView(String code, String deviceName, Instant expiresAt) {
}
