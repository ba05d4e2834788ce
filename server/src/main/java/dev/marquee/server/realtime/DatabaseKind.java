package dev.marquee.server.realtime;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** Which database the server runs on, read once from the connection. */
@Component
class DatabaseKind {

    private final boolean postgres;

    DatabaseKind(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        }
    }

    boolean isPostgres() {
        return postgres;
    }
}
