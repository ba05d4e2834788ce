package dev.marquee.server.identity;

import dev.marquee.model.UserId;
import dev.marquee.model.auth.CreateUserRequest;
import dev.marquee.model.auth.UpdateUserRequest;
import dev.marquee.model.auth.UserView;
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
@RequestMapping("/api/v1/users")
@PreAuthorize("hasAnyRole('ADMIN', 'ORGANIZER')")
@Tag(name = "Staff users", description = "ADMIN: everyone; ORGANIZER: the non-admin staff of their own organizers")
class UserController {

    private final UserManagement users;

    UserController(UserManagement users) {
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "List the staff accounts the caller may manage")
    List<UserView> list(@AuthenticationPrincipal StaffPrincipal staff) {
        return users.manageableBy(staff);
    }

    @GetMapping("/{id}")
    UserView get(@PathVariable UserId id, @AuthenticationPrincipal StaffPrincipal staff) {
        return users.get(id, staff);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a staff account")
    ResponseEntity<UserView> create(@Valid @RequestBody CreateUserRequest request, @AuthenticationPrincipal StaffPrincipal staff) {
        UserView created = users.createOnBehalfOf(request, staff);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a staff account; changing its access ends its sessions")
    UserView update(@PathVariable UserId id, @Valid @RequestBody UpdateUserRequest request,
            @AuthenticationPrincipal StaffPrincipal staff) {
        return users.update(id, request, staff);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable UserId id, @AuthenticationPrincipal StaffPrincipal staff) {
        users.delete(id, staff);
        return ResponseEntity.noContent().build();
    }
}
