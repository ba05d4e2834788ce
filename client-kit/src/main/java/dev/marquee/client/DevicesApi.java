package dev.marquee.client;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.checkin.DeviceToken;
import dev.marquee.model.checkin.DeviceView;
import dev.marquee.model.checkin.PairRequest;
import dev.marquee.model.checkin.PairingCodeRequest;
import dev.marquee.model.checkin.PairingCodeView;
import java.util.List;
import java.util.UUID;
import okhttp3.HttpUrl;
import tools.jackson.core.type.TypeReference;

/**
 * Check-in kiosks paired with an organizer: the console makes pairing codes and revokes devices, a kiosk trades a code
 * for its device token. Reach it through {@link MarqueeClient#devices()}.
 */
public final class DevicesApi {

    private static final TypeReference<List<DeviceView>> DEVICES = new TypeReference<>() {
    };

    private final Transport transport;

    DevicesApi(Transport transport) {
        this.transport = transport;
    }

    /** A short-lived pairing code with a fresh idempotency key. ORGANIZER or ADMIN. */
    public PairingCodeView createPairingCode(PairingCodeRequest request) {
        return createPairingCode(request, IdempotencyKey.next());
    }

    /** A short-lived code a kiosk enters to pair itself with the organizer. ORGANIZER or ADMIN. */
    public PairingCodeView createPairingCode(PairingCodeRequest request, IdempotencyKey key) {
        return transport.post(transport.url("api/v1/devices/pairing-codes"), request, key, PairingCodeView.class);
    }

    /** The organizer's paired kiosks, revoked ones included. */
    public List<DeviceView> devices(OrganizerId organizer) {
        HttpUrl url = transport.urlBuilder("api/v1/devices").addQueryParameter("organizerId", organizer.toString()).build();
        return transport.get(url, DEVICES);
    }

    /** Revokes a paired kiosk: its device token stops working at once. Sent once. */
    public void revoke(UUID device) {
        transport.delete(transport.url("api/v1/devices/" + device));
    }

    /**
     * Trades a one-time pairing code for a device token, as a kiosk does, and sends that token with every request
     * from now on (see {@link MarqueeClient#useDeviceToken}). Sent once: a code works only once.
     *
     * @throws NotFoundException or another {@link ApiException} when the code is unknown, used or expired
     */
    public DeviceToken pair(String code) {
        DeviceToken token = transport.read(transport.send("POST", transport.url("api/v1/devices/pair"), new PairRequest(code.strip()), null, false,
                Transport.ACCEPT_JSON), DeviceToken.class);
        transport.useBearer(token.token());
        return token;
    }
}
