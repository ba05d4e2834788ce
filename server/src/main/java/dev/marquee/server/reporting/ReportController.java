package dev.marquee.server.reporting;

import dev.marquee.model.EventId;
import dev.marquee.model.reporting.SalesSummary;
import dev.marquee.server.platform.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/events/{eventId}")
@PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
@Tag(name = "Reports")
class ReportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final SalesReports reports;

    ReportController(SalesReports reports) {
        this.reports = reports;
    }

    @GetMapping("/sales-summary")
    @Operation(summary = "Tickets sold per type, revenue, and sales per minute, for the dashboard")
    SalesSummary summary(@PathVariable EventId eventId, @AuthenticationPrincipal StaffPrincipal staff) {
        return reports.summary(eventId, staff);
    }

    @GetMapping(path = "/orders.csv", produces = "text/csv")
    @Operation(summary = "Every order of the event as CSV")
    ResponseEntity<String> orders(@PathVariable EventId eventId, @AuthenticationPrincipal StaffPrincipal staff) {
        return csv(reports.ordersCsv(eventId, staff), "orders-" + eventId + ".csv");
    }

    @GetMapping(path = "/attendees.csv", produces = "text/csv")
    @Operation(summary = "Every ticket of the event with holder, order and check-in, as CSV")
    ResponseEntity<String> attendees(@PathVariable EventId eventId, @AuthenticationPrincipal StaffPrincipal staff) {
        return csv(reports.attendeesCsv(eventId, staff), "attendees-" + eventId + ".csv");
    }

    private static ResponseEntity<String> csv(String body, String filename) {
        return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(body);
    }
}
