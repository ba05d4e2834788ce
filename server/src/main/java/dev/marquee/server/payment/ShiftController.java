package dev.marquee.server.payment;

import dev.marquee.model.ShiftId;
import dev.marquee.model.payment.CloseShiftRequest;
import dev.marquee.model.payment.OpenShiftRequest;
import dev.marquee.model.payment.ShiftView;
import dev.marquee.model.payment.ZReport;
import dev.marquee.server.platform.NotFoundException;
import dev.marquee.server.platform.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/shifts")
@PreAuthorize("hasAnyRole('BOX_OFFICE', 'ORGANIZER', 'ADMIN')")
@Tag(name = "Box-office shifts")
class ShiftController {

    private final ShiftManagement shifts;

    ShiftController(ShiftManagement shifts) {
        this.shifts = shifts;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a shift at a till with a cash float")
    ResponseEntity<ShiftView> open(@Valid @RequestBody OpenShiftRequest request, @AuthenticationPrincipal StaffPrincipal staff) {
        ShiftView shift = shifts.open(request, staff);
        return ResponseEntity.created(URI.create("/api/v1/shifts/" + shift.id())).body(shift);
    }

    @GetMapping("/current")
    @Operation(summary = "The caller's open shift; 404 when there is none")
    ShiftView current(@AuthenticationPrincipal StaffPrincipal staff) {
        return shifts.openShiftOf(staff).orElseThrow(() -> new NotFoundException("An open shift of yours"));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close the shift with the counted cash and get its Z report")
    ZReport close(@PathVariable ShiftId id, @Valid @RequestBody CloseShiftRequest request, @AuthenticationPrincipal StaffPrincipal staff) {
        return shifts.close(id, request.countedCash(), staff);
    }

    @GetMapping("/{id}/z-report")
    ZReport report(@PathVariable ShiftId id, @AuthenticationPrincipal StaffPrincipal staff) {
        return shifts.report(id, staff);
    }
}
