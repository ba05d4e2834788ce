package dev.marquee.server.catalog;

import dev.marquee.model.EventId;
import dev.marquee.model.Page;
import dev.marquee.model.catalog.CancelEventRequest;
import dev.marquee.model.catalog.EventRequest;
import dev.marquee.model.catalog.EventStatus;
import dev.marquee.model.catalog.EventView;
import dev.marquee.server.platform.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Events", description = "Staff view of the events in the caller's organizer scope")
class EventController {

    private final EventManagement events;

    EventController(EventManagement events) {
        this.events = events;
    }

    @GetMapping
    @Operation(summary = "Search events, soonest first; pass nextCursor as cursor for the next page")
    Page<EventView> search(
            @RequestParam(required = false) EventStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) @Size(max = 200) String cursor,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
            @AuthenticationPrincipal StaffPrincipal staff) {
        return events.search(new EventManagement.Query(status, from == null ? null : from.toInstant(),
                to == null ? null : to.toInstant(), q, cursor, limit), staff);
    }

    @GetMapping("/{id}")
    EventView get(@PathVariable EventId id, @AuthenticationPrincipal StaffPrincipal staff) {
        return events.get(id, staff);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    @Operation(summary = "Create an event as a draft")
    ResponseEntity<EventView> create(@Valid @RequestBody EventRequest request, @AuthenticationPrincipal StaffPrincipal staff) {
        EventView created = events.create(request, staff);
        return ResponseEntity.created(URI.create("/api/v1/events/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    @Operation(summary = "Change a draft or published event")
    EventView revise(@PathVariable EventId id, @Valid @RequestBody EventRequest request, @AuthenticationPrincipal StaffPrincipal staff) {
        return events.revise(id, request, staff);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    @Operation(summary = "Delete a draft")
    ResponseEntity<Void> delete(@PathVariable EventId id, @AuthenticationPrincipal StaffPrincipal staff) {
        events.delete(id, staff);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    @Operation(summary = "DRAFT to PUBLISHED")
    EventView publish(@PathVariable EventId id, @AuthenticationPrincipal StaffPrincipal staff) {
        return events.publish(id, staff);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    @Operation(summary = "PUBLISHED to CANCELLED")
    EventView cancel(@PathVariable EventId id, @Valid @RequestBody(required = false) CancelEventRequest request,
            @AuthenticationPrincipal StaffPrincipal staff) {
        return events.cancel(id, request == null ? null : request.reason(), staff);
    }

    @PostMapping("/{id}/complete")
    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    @Operation(summary = "PUBLISHED to COMPLETED, once the event has started")
    EventView complete(@PathVariable EventId id, @AuthenticationPrincipal StaffPrincipal staff) {
        return events.complete(id, staff);
    }
}
