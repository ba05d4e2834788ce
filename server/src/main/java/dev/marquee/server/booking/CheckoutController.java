package dev.marquee.server.booking;

import dev.marquee.model.HoldId;
import dev.marquee.model.booking.BoxOfficeCheckoutRequest;
import dev.marquee.model.booking.PublicCheckoutRequest;
import dev.marquee.model.booking.PublicCheckoutResponse;
import dev.marquee.model.booking.SaleReceipt;
import dev.marquee.server.platform.IdempotentInSteps;
import dev.marquee.server.platform.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Checkout")
class CheckoutController {

    private final Sales sales;

    CheckoutController(Sales sales) {
        this.sales = sales;
    }

    @PostMapping("/api/v1/holds/{holdId}/checkout")
    @ApiResponse(responseCode = "409",
            description = "The hold expired, or no shift is open at this till. Problem types: hold-expired, no-open-shift, conflict")
    @ApiResponse(responseCode = "402",
            description = "The payment was declined; nothing was sold. Problem types: payment-failed")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('BOX_OFFICE', 'ORGANIZER', 'ADMIN')")
    @Operation(summary = "Pay a hold at the counter: CASH (with change), CARD_TERMINAL or COMPLIMENTARY")
    ResponseEntity<SaleReceipt> checkoutAtCounter(@PathVariable HoldId holdId, @Valid @RequestBody BoxOfficeCheckoutRequest request,
            @AuthenticationPrincipal StaffPrincipal staff) {
        SaleReceipt receipt = sales.checkoutAtCounter(holdId, request, staff);
        return ResponseEntity.created(URI.create("/api/v1/orders/" + receipt.order().id())).body(receipt);
    }

    @PostMapping("/api/v1/public/holds/{holdId}/checkout")
    @IdempotentInSteps
    @ApiResponse(responseCode = "409",
            description = "The hold expired or the tickets are no longer on sale. Problem types: hold-expired, not-on-sale, idempotency-in-progress")
    @ApiResponse(responseCode = "402",
            description = "The payment was declined; nothing was sold or charged. Problem types: payment-failed")
    @ApiResponse(responseCode = "502",
            description = "The payment gateway did not answer in time; nothing was sold or charged. Problem types: payment-failed")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Pay a hold online; keep the accessSecret to fetch the tickets")
    ResponseEntity<PublicCheckoutResponse> checkoutOnline(@PathVariable HoldId holdId, @Valid @RequestBody PublicCheckoutRequest request) {
        PublicCheckoutResponse response = sales.checkoutOnline(holdId, request);
        return ResponseEntity.status(201).body(response);
    }

    @GetMapping(path = "/api/v1/public/orders/{code}/tickets.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The tickets of an online order as PDF, with the order's access secret")
    ResponseEntity<byte[]> publicTickets(@PathVariable @Size(max = 20) String code, @RequestParam @Size(max = 100) String secret) {
        return pdf(sales.publicPdf(code, secret), code);
    }

    static ResponseEntity<byte[]> pdf(byte[] bytes, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"tickets-" + name.replaceAll("[^A-Za-z0-9-]", "") + ".pdf\"")
                .body(bytes);
    }
}
