package dev.marquee.server.checkin;

import dev.marquee.model.CheckInListId;
import dev.marquee.model.EventId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.checkin.Attendance;
import dev.marquee.model.checkin.ChangeFeed;
import dev.marquee.model.checkin.CheckInListRequest;
import dev.marquee.model.checkin.CheckInListView;
import dev.marquee.model.checkin.GateRequest;
import dev.marquee.model.checkin.GateView;
import dev.marquee.model.checkin.RedeemRequest;
import dev.marquee.model.checkin.RedeemResult;
import dev.marquee.model.checkin.ScanBatch;
import dev.marquee.model.checkin.ScanBatchResult;
import dev.marquee.server.platform.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Check-in")
class CheckInController {

    private final CheckInLists lists;
    private final CheckInDesk desk;

    CheckInController(CheckInLists lists, CheckInDesk desk) {
        this.lists = lists;
        this.desk = desk;
    }

    @PostMapping("/api/v1/events/{eventId}/checkin-lists")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    ResponseEntity<CheckInListView> createList(@PathVariable EventId eventId, @Valid @RequestBody CheckInListRequest request,
            @AuthenticationPrincipal StaffPrincipal staff) {
        return ResponseEntity.status(201).body(lists.create(eventId, request, staff));
    }

    @GetMapping("/api/v1/events/{eventId}/checkin-lists")
    @PreAuthorize("hasAnyRole('GATE', 'ORGANIZER', 'ADMIN')")
    List<CheckInListView> lists(@PathVariable EventId eventId, @AuthenticationPrincipal StaffPrincipal staff) {
        return lists.ofEvent(eventId, staff);
    }

    @PostMapping("/api/v1/gates")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    ResponseEntity<GateView> createGate(@Valid @RequestBody GateRequest request, @AuthenticationPrincipal StaffPrincipal staff) {
        return ResponseEntity.status(201).body(lists.createGate(request, staff));
    }

    @GetMapping("/api/v1/gates")
    @PreAuthorize("hasAnyRole('GATE', 'ORGANIZER', 'ADMIN')")
    List<GateView> gates(@RequestParam OrganizerId organizerId, @AuthenticationPrincipal StaffPrincipal staff) {
        return lists.gates(organizerId, staff);
    }

    @PostMapping("/api/v1/checkin/redeem")
    @PreAuthorize("hasAnyRole('GATE', 'ORGANIZER', 'ADMIN')")
    @Operation(summary = "Decide a scan online: ADMITTED, or REJECTED with a reason; repeating a scanId repeats the answer")
    RedeemResult redeem(@Valid @RequestBody RedeemRequest request, @AuthenticationPrincipal StaffPrincipal gate) {
        return desk.redeem(request, gate);
    }

    @GetMapping("/api/v1/checkin/lists/{id}/changes")
    @PreAuthorize("hasAnyRole('GATE', 'ORGANIZER', 'ADMIN')")
    @Operation(summary = "Tickets and check-ins of the list changed after a sequence number, with the event's public keys; start at 0")
    ChangeFeed changes(@PathVariable CheckInListId id, @RequestParam(defaultValue = "0") @Min(0) long after,
            @RequestParam(defaultValue = "1000") @Min(1) @Max(10_000) int limit, @AuthenticationPrincipal StaffPrincipal gate) {
        return desk.changes(id, after, limit, gate);
    }

    @PostMapping("/api/v1/checkin/lists/{id}/scans")
    @PreAuthorize("hasAnyRole('GATE', 'ORGANIZER', 'ADMIN')")
    @Operation(summary = "Upload scans made offline; every scan is kept, the first admission wins, later ones are duplicates")
    ScanBatchResult upload(@PathVariable CheckInListId id, @Valid @RequestBody ScanBatch batch, @AuthenticationPrincipal StaffPrincipal gate) {
        return desk.upload(id, batch, gate);
    }

    @GetMapping("/api/v1/checkin/lists/{id}/attendance")
    @PreAuthorize("hasAnyRole('GATE', 'ORGANIZER', 'ADMIN')")
    Attendance attendance(@PathVariable CheckInListId id, @AuthenticationPrincipal StaffPrincipal staff) {
        return desk.attendance(id, staff);
    }
}
