package dev.marquee.server.identity;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.checkin.DeviceToken;
import dev.marquee.model.checkin.DeviceView;
import dev.marquee.model.checkin.PairRequest;
import dev.marquee.model.checkin.PairingCodeRequest;
import dev.marquee.model.checkin.PairingCodeView;
import dev.marquee.server.platform.ClientAddresses;
import dev.marquee.server.platform.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/devices")
@Tag(name = "Kiosk devices")
class DeviceController {

    private final DevicePairing devices;
    private final ClientAddresses addresses;

    DeviceController(DevicePairing devices, ClientAddresses addresses) {
        this.devices = devices;
        this.addresses = addresses;
    }

    @PostMapping("/pairing-codes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    @Operation(summary = "Make a one-time code (valid 15 minutes) that a kiosk trades for its device token")
    ResponseEntity<PairingCodeView> createPairingCode(@Valid @RequestBody PairingCodeRequest request,
            @AuthenticationPrincipal StaffPrincipal staff) {
        return ResponseEntity.status(201).body(devices.createPairingCode(request, staff));
    }

    @PostMapping("/pair")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Called by a kiosk, without login: trade a pairing code for a device token; 429 after 10 wrong codes from one "
            + "address within 10 minutes")
    ResponseEntity<DeviceToken> pair(@Valid @RequestBody PairRequest request, HttpServletRequest http) {
        return ResponseEntity.status(201).body(devices.pair(request.code(), addresses.of(http)));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    @Operation(summary = "The organizer's paired kiosks, with when each was last seen")
    List<DeviceView> list(@RequestParam OrganizerId organizerId, @AuthenticationPrincipal StaffPrincipal staff) {
        return devices.list(organizerId, staff);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    @Operation(summary = "Revoke a kiosk: its token stops working at once")
    DeviceView revoke(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal staff) {
        return devices.revoke(id, staff);
    }
}
