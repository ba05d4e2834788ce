package dev.marquee.server.catalog;

import dev.marquee.model.EventId;
import dev.marquee.model.Page;
import dev.marquee.model.catalog.PublicEventView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/public/events")
@Tag(name = "Public events", description = "No login: published events only")
class PublicEventController {

    private final EventManagement events;

    PublicEventController(EventManagement events) {
        this.events = events;
    }

    @GetMapping
    @Operation(summary = "Published events that have not ended (or overlap from/to), soonest first")
    Page<PublicEventView> list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) @Size(max = 200) String cursor,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        return events.publicSearch(from == null ? null : from.toInstant(), to == null ? null : to.toInstant(), q, cursor, limit);
    }

    @GetMapping("/{id}")
    PublicEventView get(@PathVariable EventId id) {
        return events.publicEvent(id);
    }
}
