/**
 * Records of the check-in API: lists and gates, kiosk pairing, online redeem with its verdicts, the change feed
 * that kiosks sync from, offline scan upload, and attendance.
 */
package dev.marquee.model.checkin;
