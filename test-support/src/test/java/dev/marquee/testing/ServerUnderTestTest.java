package dev.marquee.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The server on embedded PostgreSQL, the way the bench starts it; the client modules' tests cover it on H2. */
class ServerUnderTestTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void keepsItsPortAndDataOnPostgresAcrossARestart() throws Exception {
        try (ServerUnderTest server = ServerUnderTest.builder().onPostgres().start()) {
            try (Connection connection = server.dataSource().getConnection()) {
                assertThat(connection.getMetaData().getURL()).startsWith("jdbc:postgresql:");
            }
            String admin = signIn(server.url(), "admin");
            String name = "Harness " + UUID.randomUUID();
            assertThat(send(server.url(), "POST", "/api/v1/organizers", admin, "{\"name\":\"" + name + "\"}").statusCode()).isEqualTo(201);
            int port = server.port();

            server.stop();
            assertThatThrownBy(() -> signIn(server.url(), "admin")).isInstanceOf(ConnectException.class);
            assertThatThrownBy(server::dataSource).isInstanceOf(IllegalStateException.class).hasMessageContaining("stopped");
            server.restart();

            assertThat(server.port()).isEqualTo(port);
            HttpResponse<String> organizers = send(server.url(), "GET", "/api/v1/organizers", signIn(server.url(), "admin"), null);
            assertThat(json.readTree(organizers.body()).findValuesAsString("name")).contains(name);
        }
    }

    private String signIn(URI server, String username) throws IOException, InterruptedException {
        HttpResponse<String> login = send(server, "POST", "/api/v1/auth/login", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + ServerUnderTest.DEMO_PASSWORD + "\"}");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        JsonNode body = json.readTree(login.body());
        return body.path("token").asString();
    }

    private HttpResponse<String> send(URI server, String method, String path, @Nullable String token, @Nullable String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
