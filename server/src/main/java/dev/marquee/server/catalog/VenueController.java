package dev.marquee.server.catalog;

import dev.marquee.model.VenueId;
import dev.marquee.model.catalog.VenueRequest;
import dev.marquee.model.catalog.VenueView;
import dev.marquee.server.platform.StaffPrincipal;
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
@RequestMapping("/api/v1/venues")
@Tag(name = "Venues")
class VenueController {

    private final VenueManagement venues;

    VenueController(VenueManagement venues) {
        this.venues = venues;
    }

    @GetMapping
    List<VenueView> list(@AuthenticationPrincipal StaffPrincipal staff) {
        return venues.visibleTo(staff);
    }

    @GetMapping("/{id}")
    VenueView get(@PathVariable VenueId id, @AuthenticationPrincipal StaffPrincipal staff) {
        return venues.get(id, staff);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    ResponseEntity<VenueView> create(@Valid @RequestBody VenueRequest request, @AuthenticationPrincipal StaffPrincipal staff) {
        VenueView created = venues.create(request, staff);
        return ResponseEntity.created(URI.create("/api/v1/venues/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    VenueView update(@PathVariable VenueId id, @Valid @RequestBody VenueRequest request, @AuthenticationPrincipal StaffPrincipal staff) {
        return venues.update(id, request, staff);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
    ResponseEntity<Void> delete(@PathVariable VenueId id, @AuthenticationPrincipal StaffPrincipal staff) {
        venues.delete(id, staff);
        return ResponseEntity.noContent().build();
    }
}
