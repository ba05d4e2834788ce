package dev.marquee.server.identity;

import dev.marquee.model.Page;
import dev.marquee.model.auth.AuditEntryView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Audit log", description = "ADMIN only")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Read the audit log, newest first; pass nextCursor as cursor for older entries")
    Page<AuditEntryView> entries(
            @RequestParam(required = false) @Pattern(regexp = "\\d{1,18}", message = "must be a cursor from a previous page")
            String cursor,
            @RequestParam(required = false) @Pattern(regexp = "[A-Z_]{1,40}", message = "must be an action such as LOGIN_FAILED")
            String action,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return audit.newestFirst(cursor == null ? null : Long.valueOf(cursor), action, limit);
    }
}
