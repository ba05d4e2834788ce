package dev.marquee.server.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * One real PostgreSQL server per test JVM (zonky embedded binaries, no Docker), with a fresh database for every
 * caller. PostgreSQL refuses to run as root; run the build as an ordinary user, or as root under
 * {@code unshare -U}, which is what {@code .ci/run} does.
 */
public final class EmbeddedPostgresDatabase {

    private static EmbeddedPostgres server;

    private EmbeddedPostgresDatabase() {
    }

    /** Creates an empty database and returns its JDBC URL; user and password are both {@code postgres}. */
    public static synchronized String createDatabase() {
        try {
            if (server == null) {
                if ("root".equals(System.getProperty("user.name"))) {
                    throw new IllegalStateException("PostgreSQL refuses to run as root. Run the tests as an ordinary user, "
                            + "or as root under 'unshare -U' (see README).");
                }
                server = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .start();
            }
            String name = "marquee_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("create database " + name);
            }
            return server.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database", e);
        }
    }
}
