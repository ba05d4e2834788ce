package dev.marquee.model.checkin;

import com.fasterxml.jackson.annotation.JsonRootName;
import dev.marquee.model.CheckInListId;
import java.time.Instant;
import java.util.List;

/**
 * Who came in, for dashboards.
 *
 * @param listId     the list
 * @param expected   valid tickets on the list
 * @param admitted   tickets admitted at least once
 * @param inside     tickets inside now
 * @param duplicates duplicate entries detected
 * @param byType     admitted per ticket type
 * @param byGate     admitted per gate
 * @param perMinute  first admissions per minute, oldest first
 */
public record Attendance(CheckInListId listId, int expected, int admitted, int inside, int duplicates, List<Count> byType, List<Count> byGate,
        List<Bucket> perMinute) {

    /** @param key a ticket type name or gate; @param count how many */
    public record Count(String key, int count) {
    }

    /** @param minute the minute; @param count admissions in it */
    // The name it has in the API description, apart from SalesSummary.Bucket (no effect on the JSON itself).
    @JsonRootName("AttendanceBucket")
    public record Bucket(Instant minute, int count) {
    }
}
