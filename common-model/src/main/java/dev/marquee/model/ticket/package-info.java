/**
 * Signed ticket QR tokens: what a ticket's code asserts, how the server writes it, and how a kiosk checks it offline
 * with nothing but the event's public keys.
 */
package dev.marquee.model.ticket;
