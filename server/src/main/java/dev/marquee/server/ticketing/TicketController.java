package dev.marquee.server.ticketing;

import dev.marquee.model.EventId;
import dev.marquee.model.ticket.TicketCheck;
import dev.marquee.model.ticket.TicketCheckRequest;
import dev.marquee.server.catalog.EventManagement;
import dev.marquee.server.platform.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Tickets")
class TicketController {

    private final TicketIssuer issuer;
    private final EventManagement events;

    TicketController(TicketIssuer issuer, EventManagement events) {
        this.issuer = issuer;
        this.events = events;
    }

    @PostMapping("/api/v1/tickets/verify")
    @Operation(summary = "Check a scanned QR code: genuine or forged, and whether the ticket is still valid; admits nobody")
    TicketCheck verify(@Valid @RequestBody TicketCheckRequest request, @AuthenticationPrincipal StaffPrincipal staff) {
        TicketCheck check = issuer.check(request.token());
        if ("GENUINE".equals(check.verdict())) {
            // Only a genuine code names a real event; another organizer's tickets read as not found.
            events.get(check.eventId(), staff);
        }
        return check;
    }

    @GetMapping("/api/v1/events/{eventId}/signing-keys")
    @Operation(summary = "The event's public ticket-signing keys (Base64 X.509), for verifying tickets offline")
    List<String> publicKeys(@PathVariable EventId eventId, @AuthenticationPrincipal StaffPrincipal staff) {
        return issuer.publicKeys(events.get(eventId, staff).id());
    }
}
