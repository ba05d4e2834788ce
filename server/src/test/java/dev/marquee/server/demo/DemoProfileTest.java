package dev.marquee.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.server.support.Api;
import dev.marquee.server.support.H2DataSourceInitializer;
import dev.marquee.server.support.OpenApiContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** What a newcomer sees after starting the server with the demo profile, as the README promises. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "marquee.bootstrap.admin-password=")
@ActiveProfiles("demo")
@ContextConfiguration(initializers = H2DataSourceInitializer.class)
@ExtendWith(OpenApiContract.class)
class DemoProfileTest {

    @LocalServerPort
    int port;

    @Test
    void organizerSeesTheThreeDemoEvents() {
        Api api = new Api(port);
        String token = api.login("organizer", DemoData.PASSWORD);

        Api.Response events = api.get("/api/v1/events", token);

        assertThat(events.body().path("items").valueStream().map(e -> e.path("status").asString()))
                .containsExactlyInAnyOrder("PUBLISHED", "PUBLISHED", "DRAFT");
    }

    @Test
    void thePublicSeesTheTwoPublishedEvents() {
        Api.Response events = new Api(port).get("/api/v1/public/events", null);

        assertThat(events.status()).isEqualTo(200);
        assertThat(events.body().path("items").size()).isEqualTo(2);
    }

    @Test
    void publishedEventsHaveTicketTypesAndACheckInList() {
        Api api = new Api(port);
        String token = api.login("organizer", DemoData.PASSWORD);
        Api.Response published = api.get("/api/v1/events?status=PUBLISHED", token);

        assertThat(published.body().path("items").size()).isEqualTo(2);
        published.body().path("items").forEach(event -> {
            String id = event.path("id").asString();
            assertThat(api.get("/api/v1/events/" + id + "/ticket-types", token).body().size()).isGreaterThanOrEqualTo(2);
            assertThat(api.get("/api/v1/events/" + id + "/checkin-lists", token).body().get(0).path("name").asString())
                    .isEqualTo("Main entrance");
        });
    }

    @Test
    void everyRoleHasADemoAccount() {
        Api api = new Api(port);
        for (String username : new String[] {"admin", "organizer", "boxoffice", "gate"}) {
            assertThat(api.login(username, DemoData.PASSWORD)).isNotBlank();
        }
    }
}
