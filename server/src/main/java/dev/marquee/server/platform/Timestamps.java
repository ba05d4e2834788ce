package dev.marquee.server.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * How instants travel to and from {@code timestamp with time zone} columns: as UTC offset date-times, the one
 * type both the H2 and the PostgreSQL drivers bind and read alike.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /** The instant as a UTC date-time for a query parameter; {@code null} stays {@code null}. */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The column as an instant; {@code null} when the column is. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
