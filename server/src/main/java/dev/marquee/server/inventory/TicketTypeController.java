package dev.marquee.server.inventory;

import dev.marquee.model.EventId;
import dev.marquee.model.QuotaId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.inventory.QuotaRequest;
import dev.marquee.model.inventory.QuotaView;
import dev.marquee.model.inventory.TicketTypeRequest;
import dev.marquee.model.inventory.TicketTypeView;
import dev.marquee.server.platform.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/events/{eventId}")
@Tag(name = "Ticket types and quotas")
class TicketTypeController {

    private final TicketTypeManagement management;

    TicketTypeController(TicketTypeManagement management) {
        this.management = management;
    }

    @GetMapping("/ticket-types")
    @Operation(summary = "The event's ticket types with sold, held and available counts")
    List<TicketTypeView> ticketTypes(@PathVariable EventId eventId, @AuthenticationPrincipal StaffPrincipal staff) {
        return management.list(eventId, staff);
    }

    @PostMapping("/ticket-types")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    ResponseEntity<TicketTypeView> create(@PathVariable EventId eventId, @Valid @RequestBody TicketTypeRequest request,
            @AuthenticationPrincipal StaffPrincipal staff) {
        TicketTypeView created = management.create(eventId, request, staff);
        return ResponseEntity.created(URI.create("/api/v1/events/" + eventId + "/ticket-types/" + created.id())).body(created);
    }

    @PutMapping("/ticket-types/{id}")
    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    TicketTypeView update(@PathVariable EventId eventId, @PathVariable TicketTypeId id, @Valid @RequestBody TicketTypeRequest request,
            @AuthenticationPrincipal StaffPrincipal staff) {
        return management.update(eventId, id, request, staff);
    }

    @DeleteMapping("/ticket-types/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    ResponseEntity<Void> delete(@PathVariable EventId eventId, @PathVariable TicketTypeId id, @AuthenticationPrincipal StaffPrincipal staff) {
        management.delete(eventId, id, staff);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/quotas")
    List<QuotaView> quotas(@PathVariable EventId eventId, @AuthenticationPrincipal StaffPrincipal staff) {
        return management.quotas(eventId, staff);
    }

    @PostMapping("/quotas")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    ResponseEntity<QuotaView> createQuota(@PathVariable EventId eventId, @Valid @RequestBody QuotaRequest request,
            @AuthenticationPrincipal StaffPrincipal staff) {
        QuotaView created = management.createQuota(eventId, request, staff);
        return ResponseEntity.created(URI.create("/api/v1/events/" + eventId + "/quotas/" + created.id())).body(created);
    }

    @PutMapping("/quotas/{id}")
    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    QuotaView updateQuota(@PathVariable EventId eventId, @PathVariable QuotaId id, @Valid @RequestBody QuotaRequest request,
            @AuthenticationPrincipal StaffPrincipal staff) {
        return management.updateQuota(eventId, id, request, staff);
    }

    @DeleteMapping("/quotas/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    ResponseEntity<Void> deleteQuota(@PathVariable EventId eventId, @PathVariable QuotaId id, @AuthenticationPrincipal StaffPrincipal staff) {
        management.deleteQuota(eventId, id, staff);
        return ResponseEntity.noContent().build();
    }
}
