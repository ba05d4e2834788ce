package dev.marquee.server.identity;

import dev.marquee.model.auth.LoginRequest;
import dev.marquee.model.auth.LoginResponse;
import dev.marquee.server.platform.ClientAddresses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class AuthController {

    private final SignIn signIn;
    private final ClientAddresses addresses;

    AuthController(SignIn signIn, ClientAddresses addresses) {
        this.signIn = signIn;
        this.addresses = addresses;
    }

    @PostMapping("/login")
    @Operation(summary = "Log in with username and password and receive a bearer token")
    LoginResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return signIn.login(request, addresses.of(http));
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke the bearer token of this request; a kiosk's device token too (the kiosk must pair again)")
    ResponseEntity<Void> logout(Authentication authentication, HttpServletRequest http) {
        signIn.logout((StaffAuthentication) authentication, addresses.of(http));
        return ResponseEntity.noContent().build();
    }
}
