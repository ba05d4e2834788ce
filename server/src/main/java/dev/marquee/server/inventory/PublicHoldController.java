package dev.marquee.server.inventory;

import dev.marquee.model.EventId;
import dev.marquee.model.inventory.HoldRequest;
import dev.marquee.model.inventory.HoldView;
import dev.marquee.server.platform.ClientAddresses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Holds taken by buyers online, without an account. */
@RestController
@Tag(name = "Public sales")
class PublicHoldController {

    private final Inventory inventory;
    private final ClientAddresses clients;

    PublicHoldController(Inventory inventory, ClientAddresses clients) {
        this.inventory = inventory;
        this.clients = clients;
    }

    @PostMapping("/api/v1/public/events/{eventId}/holds")
    @ApiResponse(responseCode = "409",
            description = "Not enough tickets left, not on sale, or the first request with this Idempotency-Key still running. "
                    + "Problem types: sold-out, not-on-sale, idempotency-in-progress")
    @ApiResponse(responseCode = "422",
            description = "More tickets than one order allows, or an Idempotency-Key reused. Problem types: limit-exceeded, idempotency-key-reused")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Reserve tickets for 10 minutes; sold out answers 409 with type sold-out; more tickets than one client "
            + "address may hold of the event answer 429 with type hold-limit-reached")
    ResponseEntity<HoldView> hold(@PathVariable EventId eventId, @Valid @RequestBody HoldRequest request, HttpServletRequest http) {
        return ResponseEntity.status(HttpStatus.CREATED).body(inventory.holdOnline(eventId, request, clients.of(http)));
    }
}
