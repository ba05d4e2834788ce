package dev.marquee.model.checkin;

import java.util.List;

/**
 * One page of a list's changes since a sequence number: what a kiosk needs to decide offline.
 *
 * @param list       the list
 * @param after      the cursor this page starts after
 * @param next       pass as {@code after} for the next page
 * @param hasMore    whether another page follows right away
 * @param tickets    tickets of the list that changed
 * @param checkIns   presence changes on the list
 * @param publicKeys the event's ticket-signing public keys, Base64, newest first
 */
public record ChangeFeed(CheckInListView list, long after, long next, boolean hasMore, List<FeedTicket> tickets,
        List<FeedCheckIn> checkIns, List<String> publicKeys) {
}
