package dev.marquee.server.catalog;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.catalog.OrganizerRequest;
import dev.marquee.model.catalog.OrganizerView;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organizers")
@Tag(name = "Organizers")
class OrganizerController {

    private final OrganizerManagement organizers;

    OrganizerController(OrganizerManagement organizers) {
        this.organizers = organizers;
    }

    @GetMapping
    @Operation(summary = "The organizers the caller belongs to (all of them for ADMIN)")
    List<OrganizerView> list(@AuthenticationPrincipal StaffPrincipal staff) {
        return organizers.visibleTo(staff);
    }

    @GetMapping("/{id}")
    OrganizerView get(@PathVariable OrganizerId id, @AuthenticationPrincipal StaffPrincipal staff) {
        return organizers.get(id, staff);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Create an organizer (ADMIN)")
    ResponseEntity<OrganizerView> create(@Valid @RequestBody OrganizerRequest request) {
        OrganizerView created = organizers.create(request);
        return ResponseEntity.created(URI.create("/api/v1/organizers/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Rename an organizer (ADMIN)")
    OrganizerView rename(@PathVariable OrganizerId id, @Valid @RequestBody OrganizerRequest request,
            @AuthenticationPrincipal StaffPrincipal staff) {
        return organizers.rename(id, request, staff);
    }
}
