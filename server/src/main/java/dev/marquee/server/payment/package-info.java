/**
 * Payment: takes payment by cash, card terminal, complimentary or the online gateway, keeps the append-only
 * ledger of charges and refunds, and runs box-office shifts with their cash drawers and Z reports.
 */
@ApplicationModule(displayName = "Payment")
@NullMarked
package dev.marquee.server.payment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
