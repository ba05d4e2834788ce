package dev.marquee.server.booking;

import dev.marquee.model.EventId;
import dev.marquee.model.OrderId;
import dev.marquee.model.TicketId;
import dev.marquee.model.booking.OrderTicketView;
import dev.marquee.model.booking.OrderView;
import dev.marquee.model.booking.RefundRequest;
import dev.marquee.server.platform.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/orders")
@PreAuthorize("hasAnyRole('BOX_OFFICE', 'ORGANIZER', 'ADMIN')")
@Tag(name = "Orders")
class OrderController {

    private final Sales sales;

    OrderController(Sales sales) {
        this.sales = sales;
    }

    @GetMapping
    @Operation(summary = "Find orders by code, buyer email or name (q), newest first")
    List<OrderView> search(@RequestParam(required = false) @Size(max = 200) String q, @RequestParam(required = false) EventId eventId,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit, @AuthenticationPrincipal StaffPrincipal staff) {
        return sales.search(q, eventId, limit, staff);
    }

    @GetMapping("/{id}")
    OrderView get(@PathVariable OrderId id, @AuthenticationPrincipal StaffPrincipal staff) {
        return sales.get(id, staff);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a pending order, or refund a paid one whole and cancel it")
    OrderView cancel(@PathVariable OrderId id, @AuthenticationPrincipal StaffPrincipal staff) {
        return sales.cancel(id, staff);
    }

    @PostMapping("/{id}/refund")
    @ApiResponse(responseCode = "200", description = "The order after the refund")
    @ApiResponse(responseCode = "409",
            description = "More than is left of the payment, no open shift for a cash refund, or not refundable in this status. "
                    + "Problem types: refund-exceeds-payment, no-open-shift, illegal-transition")
    @Operation(summary = "Refund some or all tickets; their QR codes stop working and they go back on sale")
    OrderView refund(@PathVariable OrderId id, @Valid @RequestBody RefundRequest request, @AuthenticationPrincipal StaffPrincipal staff) {
        return sales.refund(id, request, staff);
    }

    @PostMapping("/{id}/tickets/{ticketId}/reissue")
    @Operation(summary = "Give a ticket a new QR code; the old one stops working")
    OrderTicketView reissue(@PathVariable OrderId id, @PathVariable TicketId ticketId, @AuthenticationPrincipal StaffPrincipal staff) {
        return sales.reissue(id, ticketId, staff);
    }

    @GetMapping(path = "/{id}/tickets.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> tickets(@PathVariable OrderId id, @AuthenticationPrincipal StaffPrincipal staff) {
        return CheckoutController.pdf(sales.pdf(id, staff), id.toString());
    }
}
