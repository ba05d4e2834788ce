package dev.marquee.server.identity;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.checkin.DeviceToken;
import dev.marquee.model.checkin.DeviceView;
import dev.marquee.model.checkin.PairingCodeRequest;
import dev.marquee.model.checkin.PairingCodeView;
import dev.marquee.server.catalog.OrganizerManagement;
import dev.marquee.server.platform.NotFoundException;
import dev.marquee.server.platform.StaffPrincipal;
import dev.marquee.server.platform.TooManyRequestsException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kiosk devices: an organizer makes a one-time code, the kiosk trades it for a device token scoped to that
 * organizer, and revoking the device ends the token at once. Every step is audited.
 */
@Service
@Transactional
class DevicePairing {

    private final PairingCodes codes;
    private final Devices devices;
    private final AuthTokens tokens;
    private final AuditLog audit;
    private final LoginThrottle throttle;
    private final OrganizerManagement organizers;
    private final Clock clock;

    DevicePairing(PairingCodes codes, Devices devices, AuthTokens tokens, AuditLog audit, LoginThrottle throttle,
            OrganizerManagement organizers, Clock clock) {
        this.codes = codes;
        this.devices = devices;
        this.tokens = tokens;
        this.audit = audit;
        this.throttle = throttle;
        this.organizers = organizers;
        this.clock = clock;
    }

    PairingCodeView createPairingCode(PairingCodeRequest request, StaffPrincipal staff) {
        organizers.get(request.organizerId(), staff);
        PairingCode code = codes.save(PairingCode.issue(request.organizerId(), request.deviceName().trim(), staff.username(), clock.instant()));
        audit.record("PAIRING_CODE_CREATED", staff.username(), "device " + request.deviceName().trim(), null, null);
        return code.view();
    }

    /**
     * Trades a pairing code for a device token; the code works once, within its time. Wrong codes are throttled
     * per address, and audited in a transaction of their own, since the refusal rolls this one back.
     */
    DeviceToken pair(String typed, String address) {
        try {
            throttle.checkPairing(address);
        } catch (TooManyRequestsException throttled) {
            audit.recordDurably("PAIRING_THROTTLED", null, "code", address, null);
            throw throttled;
        }
        Instant now = clock.instant();
        Optional<PairingCode> code = codes.findByCode(PairingCode.normalise(typed)).filter(found -> found.stateAt(now) == PairingCode.State.OPEN);
        if (code.isEmpty()) {
            audit.recordDurably(LoginThrottle.PAIRING_FAILED, null, "code", address, null);
            throw new NotFoundException("That pairing code (it may have been used already or expired; make a new one in the organizer "
                    + "console)");
        }
        Device device = devices.save(code.get().redeem(now));
        audit.record("DEVICE_PAIRED", "device:" + device.name(), "device " + device.getId(), address, "organizer " + device.organizerId());
        return new DeviceToken(tokens.issueDevice(device.getId(), device.jti(), device.organizerId(), device.name()), device.getId(),
                device.organizerId(), device.name());
    }

    @Transactional(readOnly = true)
    List<DeviceView> list(OrganizerId organizer, StaffPrincipal staff) {
        staff.requireAccess(organizer, "Organizer " + organizer);
        return devices.findByOrganizerIdOrderByPairedAtDesc(organizer).stream().map(Device::view).toList();
    }

    DeviceView revoke(UUID id, StaffPrincipal staff) {
        Device device = devices.findById(id).orElseThrow(() -> new NotFoundException("Device " + id));
        staff.requireAccess(device.organizerId(), "Device " + id);
        device.revoke(clock.instant());
        audit.record("DEVICE_REVOKED", staff.username(), "device " + id, null, device.name());
        return device.view();
    }
}
