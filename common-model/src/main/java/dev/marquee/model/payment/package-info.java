/** Records of the payment API: payment methods, the ledger, box-office shifts and their Z reports. */
package dev.marquee.model.payment;
