package dev.marquee.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.model.ProblemTypes;
import dev.marquee.server.support.Api;
import dev.marquee.server.support.H2DataSourceInitializer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * With every database connection taken, a request is answered 503 server-busy with Retry-After, whether the pool
 * runs dry in a controller's transaction or in a filter that reads the database (a signed-in staff member's token).
 * The pool here has two connections and waits a quarter of a second for one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.hikari.maximum-pool-size=2", "spring.datasource.hikari.connection-timeout=250"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = H2DataSourceInitializer.class)
class ServerBusyTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private final List<Connection> taken = new ArrayList<>();

    @AfterEach
    void giveConnectionsBack() throws SQLException {
        for (Connection connection : taken) {
            connection.close();
        }
        taken.clear();
    }

    @Test
    void answersBusyWhenNoConnectionComesFreeInAController() throws SQLException {
        Api api = new Api(port);
        assertThat(api.get("/api/v1/public/events", null).status()).isEqualTo(200);
        takeEveryConnection();

        assertBusy(api.get("/api/v1/public/events", null));
    }

    @Test
    void answersBusyWhenNoConnectionComesFreeForASignedInRequest() throws SQLException {
        Api api = new Api(port);
        String token = api.login("admin", "test-admin-password");
        takeEveryConnection();

        assertBusy(api.get("/api/v1/events", token));
    }

    @Test
    void servesAgainOnceConnectionsAreBack() throws SQLException {
        Api api = new Api(port);
        takeEveryConnection();
        assertThat(api.get("/api/v1/public/events", null).status()).isEqualTo(503);

        giveConnectionsBack();

        assertThat(api.get("/api/v1/public/events", null).status()).isEqualTo(200);
    }

    private static void assertBusy(Api.Response answer) {
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.problemType()).isEqualTo(ProblemTypes.SERVER_BUSY.toString());
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("2");
    }

    /** Takes both connections; a background job may hold one for a moment, so a wait that runs out is tried again. */
    private void takeEveryConnection() throws SQLException {
        SQLException last = null;
        for (int attempt = 0; attempt < 20 && taken.size() < 2; attempt++) {
            try {
                taken.add(dataSource.getConnection());
            } catch (SQLException busy) {
                last = busy;
            }
        }
        if (taken.size() < 2) {
            throw last;
        }
    }
}
