package dev.marquee.model.checkin;

import dev.marquee.model.OrganizerId;
import java.util.UUID;

/**
 * What a kiosk receives when it pairs: its credentials. Send the token as {@code Authorization: Bearer <token>}.
 *
 * @param token       the signed device token
 * @param deviceId    the kiosk's id
 * @param organizerId the organizer whose events it may scan
 * @param deviceName  its name
 */
public record DeviceToken(String token, UUID deviceId, OrganizerId organizerId, String deviceName) {
}
