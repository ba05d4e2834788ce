package dev.marquee.server.inventory;

import dev.marquee.model.EventId;
import dev.marquee.model.HoldId;
import dev.marquee.model.inventory.HoldRequest;
import dev.marquee.model.inventory.HoldView;
import dev.marquee.server.catalog.EventManagement;
import dev.marquee.server.platform.NotFoundException;
import dev.marquee.server.platform.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Holds taken by staff at the box office. */
@RestController
@PreAuthorize("hasAnyRole('BOX_OFFICE', 'ORGANIZER', 'ADMIN')")
@Tag(name = "Box office holds")
class HoldController {

    private final Inventory inventory;
    private final EventManagement events;

    HoldController(Inventory inventory, EventManagement events) {
        this.inventory = inventory;
        this.events = events;
    }

    @PostMapping("/api/v1/events/{eventId}/holds")
    @ApiResponse(responseCode = "409",
            description = "Not enough tickets left, or not on sale. Problem types: sold-out, not-on-sale")
    @ApiResponse(responseCode = "422",
            description = "More tickets than one order allows, or an Idempotency-Key reused. Problem types: limit-exceeded, idempotency-key-reused")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Reserve tickets for a counter sale (3 minutes by default)")
    ResponseEntity<HoldView> hold(@PathVariable EventId eventId, @Valid @RequestBody HoldRequest request,
            @AuthenticationPrincipal StaffPrincipal staff) {
        return ResponseEntity.status(HttpStatus.CREATED).body(inventory.hold(events.get(eventId, staff), request, SalesChannel.BOX_OFFICE));
    }

    @GetMapping("/api/v1/holds/{id}")
    HoldView get(@PathVariable HoldId id, @AuthenticationPrincipal StaffPrincipal staff) {
        HeldTickets held = inventory.held(id);
        staff.requireAccess(held.organizerId(), "Hold " + id);
        return held.hold();
    }

    @DeleteMapping("/api/v1/holds/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Release a hold: its tickets go back on sale at once")
    ResponseEntity<Void> release(@PathVariable HoldId id, @AuthenticationPrincipal StaffPrincipal staff) {
        HeldTickets held = inventory.held(id);
        if (!staff.canAccess(held.organizerId())) {
            throw new NotFoundException("Hold " + id);
        }
        inventory.release(id, HoldReleased.Reason.CANCELLED);
        return ResponseEntity.noContent().build();
    }
}
