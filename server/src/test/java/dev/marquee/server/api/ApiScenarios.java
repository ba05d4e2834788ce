package dev.marquee.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marquee.model.OrganizerId;
import dev.marquee.model.ProblemTypes;
import dev.marquee.model.VenueId;
import dev.marquee.model.auth.CreateUserRequest;
import dev.marquee.model.auth.Role;
import dev.marquee.model.auth.UpdateUserRequest;
import dev.marquee.model.catalog.EventRequest;
import dev.marquee.model.catalog.OrganizerRequest;
import dev.marquee.model.catalog.VenueRequest;
import dev.marquee.server.support.Api;
import dev.marquee.server.support.OpenApiContract;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The API scenarios of identity and catalog, driven over HTTP against a real server. Subclasses run them on H2
 * and on PostgreSQL; every scenario makes its own organizers and accounts, so they share a database safely.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OpenApiContract.class)
abstract class ApiScenarios {

    static final String PASSWORD = "correct-horse-battery";

    @LocalServerPort
    int port;

    Api api;
    String admin;

    @BeforeEach
    void connect() {
        api = new Api(port);
        admin = api.login("admin", "test-admin-password");
    }

    /** An organizer with a venue and one account per role. */
    record Tenant(OrganizerId organizer, VenueId venue, String organizerToken, String boxOfficeToken, String gateToken,
            String organizerUsername) {
    }

    Tenant tenant() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Api.Response organizer = api.post("/api/v1/organizers", admin, new OrganizerRequest("Org " + suffix));
        assertThat(organizer.status()).isEqualTo(201);
        OrganizerId organizerId = OrganizerId.of(organizer.text("id"));
        String organizerName = "org-" + suffix;
        createUser(organizerName, Role.ORGANIZER, organizerId);
        createUser("box-" + suffix, Role.BOX_OFFICE, organizerId);
        createUser("gate-" + suffix, Role.GATE, organizerId);
        String organizerToken = api.login(organizerName, PASSWORD);
        Api.Response venue = api.post("/api/v1/venues", organizerToken,
                new VenueRequest(organizerId, "Hall " + suffix, "1 Quay Street", 800, "Europe/Berlin"));
        assertThat(venue.status()).as(venue.raw()).isEqualTo(201);
        return new Tenant(organizerId, VenueId.of(venue.text("id")), organizerToken, api.login("box-" + suffix, PASSWORD),
                api.login("gate-" + suffix, PASSWORD), organizerName);
    }

    JsonNode createUser(String username, Role role, OrganizerId organizer) {
        Api.Response created = api.post("/api/v1/users", admin,
                new CreateUserRequest(username, "User " + username, PASSWORD, Set.of(role), Set.of(organizer)));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body();
    }

    String createEvent(Tenant tenant, String title, LocalDateTime startsAt) {
        Api.Response created = api.post("/api/v1/events", tenant.organizerToken(), eventRequest(tenant, title, startsAt));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.text("id");
    }

    static EventRequest eventRequest(Tenant tenant, String title, LocalDateTime startsAt) {
        return new EventRequest(tenant.venue(), title, "A night out", "Concert", startsAt, startsAt.plusHours(3), null, 16);
    }

    static LocalDateTime inDays(int days) {
        return LocalDateTime.now().plusDays(days).withHour(20).withMinute(0).withSecond(0).withNano(0);
    }

    @Test
    void organizerCreatesAndPublishesAnEventThatThePublicThenSees() {
        Tenant tenant = tenant();
        String title = "Premiere " + UUID.randomUUID();
        String id = createEvent(tenant, title, inDays(10));

        Api.Response draft = api.get("/api/v1/events/" + id, tenant.organizerToken());
        assertThat(draft.text("status")).isEqualTo("DRAFT");
        assertThat(draft.text("timeZone")).isEqualTo("Europe/Berlin");
        assertThat(draft.text("startsAt")).contains("T20:00:00");
        assertThat(api.get("/api/v1/public/events/" + id, null).status()).isEqualTo(404);

        Api.Response published = api.post("/api/v1/events/" + id + "/publish", tenant.organizerToken(), null);
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.text("status")).isEqualTo("PUBLISHED");

        Api.Response publicView = api.get("/api/v1/public/events/" + id, null);
        assertThat(publicView.status()).isEqualTo(200);
        assertThat(publicView.text("title")).isEqualTo(title);
        assertThat(publicView.body().has("organizerId")).isFalse();
        assertThat(titles(api.get("/api/v1/public/events?q=" + title.substring(10), null))).containsExactly(title);
    }

    @Test
    void publishingIsRecordedThroughTheEventPublicationRegistry() {
        Tenant tenant = tenant();
        String id = createEvent(tenant, "Registry check", inDays(5));

        api.post("/api/v1/events/" + id + "/publish", tenant.organizerToken(), null);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Api.Response audit = api.get("/api/v1/audit?action=EVENT_PUBLISHED&limit=500", admin);
            assertThat(audit.body().path("items").valueStream().map(entry -> entry.path("subject").asString()))
                    .contains("event " + id);
        });
    }

    @Test
    void eventStatusMovesOnlyAlongTheLifecycle() {
        Tenant tenant = tenant();
        String id = createEvent(tenant, "Lifecycle", inDays(3));
        String token = tenant.organizerToken();

        Api.Response cancelDraft = api.post("/api/v1/events/" + id + "/cancel", token, null);
        assertThat(cancelDraft.status()).isEqualTo(409);
        assertThat(cancelDraft.problemType()).isEqualTo(ProblemTypes.ILLEGAL_TRANSITION.toString());
        assertThat(cancelDraft.text("currentStatus")).isEqualTo("DRAFT");

        assertThat(api.post("/api/v1/events/" + id + "/publish", token, null).status()).isEqualTo(200);
        Api.Response publishTwice = api.post("/api/v1/events/" + id + "/publish", token, null);
        assertThat(publishTwice.status()).isEqualTo(409);
        assertThat(publishTwice.problemType()).isEqualTo(ProblemTypes.ILLEGAL_TRANSITION.toString());

        Api.Response completeEarly = api.post("/api/v1/events/" + id + "/complete", token, null);
        assertThat(completeEarly.status()).isEqualTo(409);
        assertThat(completeEarly.text("detail")).contains("not started");

        Api.Response cancelled = api.post("/api/v1/events/" + id + "/cancel", token, Map.of("reason", "Storm warning"));
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
        assertThat(api.post("/api/v1/events/" + id + "/publish", token, null).status()).isEqualTo(409);
        assertThat(api.put("/api/v1/events/" + id, token, eventRequest(tenant, "Renamed", inDays(3))).status()).isEqualTo(409);
        assertThat(api.delete("/api/v1/events/" + id, token).status()).isEqualTo(409);
        assertThat(api.get("/api/v1/public/events/" + id, null).status()).isEqualTo(404);
    }

    @Test
    void anEventThatHasStartedCanBeCompleted() {
        Tenant tenant = tenant();
        String id = createEvent(tenant, "Matinee", LocalDateTime.now().minusHours(1).withNano(0));
        api.post("/api/v1/events/" + id + "/publish", tenant.organizerToken(), null);

        Api.Response completed = api.post("/api/v1/events/" + id + "/complete", tenant.organizerToken(), null);

        assertThat(completed.status()).as(completed.raw()).isEqualTo(200);
        assertThat(completed.text("status")).isEqualTo("COMPLETED");
    }

    @Test
    void draftsCanBeEditedAndDeleted() {
        Tenant tenant = tenant();
        String id = createEvent(tenant, "First title", inDays(8));

        Api.Response revised = api.put("/api/v1/events/" + id, tenant.organizerToken(), eventRequest(tenant, "Second title", inDays(9)));
        assertThat(revised.status()).as(revised.raw()).isEqualTo(200);
        assertThat(revised.text("title")).isEqualTo("Second title");

        assertThat(api.delete("/api/v1/events/" + id, tenant.organizerToken()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/events/" + id, tenant.organizerToken()).status()).isEqualTo(404);
    }

    @Test
    void listsPageByCursorWithoutGapsOrRepeats() {
        Tenant tenant = tenant();
        List<String> created = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            created.add(createEvent(tenant, "Night " + day, inDays(day)));
        }
        // Two events at the same moment must still page in a stable order.
        created.add(createEvent(tenant, "Night 5b", inDays(5)));

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Response page = api.get("/api/v1/events?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), tenant.organizerToken());
            assertThat(page.status()).as(page.raw()).isEqualTo(200);
            page.body().path("items").forEach(item -> seen.add(item.path("id").asString()));
            cursor = page.body().path("nextCursor").isNull() ? null : page.text("nextCursor");
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(6).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
        assertThat(seen.subList(0, 4)).containsExactlyElementsOf(created.subList(0, 4));
    }

    @Test
    void filtersByStatusDateRangeAndText() {
        Tenant tenant = tenant();
        String early = createEvent(tenant, "Early jazz brunch", inDays(2));
        String late = createEvent(tenant, "Late rock night", inDays(20));
        api.post("/api/v1/events/" + late + "/publish", tenant.organizerToken(), null);
        String token = tenant.organizerToken();

        assertThat(ids(api.get("/api/v1/events?status=PUBLISHED", token))).containsExactly(late);
        assertThat(ids(api.get("/api/v1/events?status=DRAFT", token))).containsExactly(early);
        String from = Instant.now().plus(Duration.ofDays(10)).toString();
        assertThat(ids(api.get("/api/v1/events?from=" + from, token))).containsExactly(late);
        String to = Instant.now().plus(Duration.ofDays(10)).toString();
        assertThat(ids(api.get("/api/v1/events?to=" + to, token))).containsExactly(early);
        assertThat(ids(api.get("/api/v1/events?q=JAZZ", token))).containsExactly(early);
        assertThat(ids(api.get("/api/v1/events?q=100%25", token))).isEmpty();

        Api.Response badStatus = api.get("/api/v1/events?status=SOLD", token);
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.problemType()).isEqualTo(ProblemTypes.MALFORMED_REQUEST.toString());
        Api.Response badCursor = api.get("/api/v1/events?cursor=garbage", token);
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.problemType()).isEqualTo(ProblemTypes.VALIDATION_FAILED.toString());
    }

    @Test
    void oneOrganizersStaffNeverSeeAnothersData() {
        Tenant mine = tenant();
        Tenant theirs = tenant();
        String theirEvent = createEvent(theirs, "Their secret show", inDays(4));
        createEvent(mine, "My show", inDays(4));

        assertThat(titles(api.get("/api/v1/events", mine.organizerToken()))).containsExactly("My show");
        assertThat(api.get("/api/v1/events/" + theirEvent, mine.organizerToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/events/" + theirEvent, mine.boxOfficeToken()).status()).isEqualTo(404);
        assertThat(api.put("/api/v1/events/" + theirEvent, mine.organizerToken(), eventRequest(mine, "Hijack", inDays(4))).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/events/" + theirEvent + "/publish", mine.organizerToken(), null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/venues/" + theirs.venue(), mine.organizerToken()).status()).isEqualTo(404);
        // An event placed in their venue is refused as if the venue did not exist.
        assertThat(api.post("/api/v1/events", mine.organizerToken(), eventRequest(theirs, "Squatter", inDays(4))).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/organizers", mine.organizerToken()).body().size()).isEqualTo(1);
        assertThat(api.get("/api/v1/events/" + theirEvent, admin).status()).isEqualTo(200);
    }

    @Test
    void rolesLimitWhatStaffMayDo() {
        Tenant tenant = tenant();
        Api.Response boxOfficeCreates = api.post("/api/v1/events", tenant.boxOfficeToken(), eventRequest(tenant, "Nope", inDays(2)));
        assertThat(boxOfficeCreates.status()).isEqualTo(403);
        assertThat(boxOfficeCreates.problemType()).isEqualTo(ProblemTypes.FORBIDDEN.toString());
        assertThat(api.get("/api/v1/events", tenant.gateToken()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/audit", tenant.gateToken()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/users", tenant.boxOfficeToken()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/audit", tenant.organizerToken()).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/organizers", tenant.organizerToken(), new OrganizerRequest("Mine now")).status()).isEqualTo(403);
    }

    @Test
    void requestsWithoutAValidTokenAreUnauthenticated() {
        Api.Response none = api.get("/api/v1/events", null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.problemType()).isEqualTo(ProblemTypes.UNAUTHENTICATED.toString());
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");

        String token = api.login("admin", "test-admin-password");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThat(api.get("/api/v1/events", tampered).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/events", "not.a.jwt").status()).isEqualTo(401);
        assertThat(api.get("/api/v1/events", TestTokens.expiredAdminToken()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/events", TestTokens.signedWithAnotherKey()).status()).isEqualTo(401);
    }

    @Test
    void logoutRevokesTheToken() {
        String token = api.login("admin", "test-admin-password");
        assertThat(api.get("/api/v1/events", token).status()).isEqualTo(200);

        assertThat(api.post("/api/v1/auth/logout", token, null).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/events", token).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/events", admin).status()).isEqualTo(200);
    }

    @Test
    void repeatedBadPasswordsAreThrottled() {
        Tenant tenant = tenant();
        for (int attempt = 1; attempt <= 5; attempt++) {
            Api.Response failed = api.post("/api/v1/auth/login", null,
                    Map.of("username", tenant.organizerUsername(), "password", "wrong-" + attempt));
            assertThat(failed.status()).isEqualTo(401);
            assertThat(failed.problemType()).isEqualTo(ProblemTypes.BAD_CREDENTIALS.toString());
        }

        Api.Response throttled = api.post("/api/v1/auth/login", null,
                Map.of("username", tenant.organizerUsername(), "password", PASSWORD));

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.problemType()).isEqualTo(ProblemTypes.TOO_MANY_REQUESTS.toString());
        long retryAfter = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 15 * 60L);
        Api.Response failures = api.get("/api/v1/audit?action=LOGIN_FAILED&limit=500", admin);
        assertThat(failures.body().path("items").valueStream().filter(e -> e.path("subject").asString()
                .equals(tenant.organizerUsername()))).hasSize(5);
    }

    @Test
    void unknownUsersAndWrongPasswordsReadTheSame() {
        Api.Response unknown = api.post("/api/v1/auth/login", null, Map.of("username", "nobody-" + UUID.randomUUID(), "password", "x"));
        Api.Response wrong = api.post("/api/v1/auth/login", null, Map.of("username", "admin", "password", "not-the-password"));

        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.text("detail")).isEqualTo(wrong.text("detail"));
    }

    @Test
    void adminManagesUsersAndTheAuditLogRecordsIt() {
        Tenant tenant = tenant();
        String username = "temp-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode created = createUser(username, Role.GATE, tenant.organizer());
        String id = created.path("id").asString();
        assertThat(created.has("passwordHash")).isFalse();
        String userToken = api.login(username, PASSWORD);

        Api.Response taken = api.post("/api/v1/users", admin,
                new CreateUserRequest(username.toUpperCase(), "Twin", PASSWORD, Set.of(Role.GATE), Set.of(tenant.organizer())));
        assertThat(taken.status()).isEqualTo(409);

        Api.Response promoted = api.put("/api/v1/users/" + id, admin,
                new UpdateUserRequest("Promoted", Set.of(Role.BOX_OFFICE, Role.GATE), Set.of(tenant.organizer()), true, null));
        assertThat(promoted.status()).as(promoted.raw()).isEqualTo(200);
        assertThat(api.get("/api/v1/events", userToken).status()).as("a role change ends open sessions").isEqualTo(401);
        assertThat(api.get("/api/v1/users/" + id, admin).body().path("roles").size()).isEqualTo(2);

        assertThat(api.delete("/api/v1/users/" + id, admin).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/users/" + id, admin).status()).isEqualTo(404);

        List<String> actions = api.get("/api/v1/audit?limit=500", admin).body().path("items").valueStream()
                .filter(entry -> username.equals(entry.path("subject").asString()))
                .map(entry -> entry.path("action").asString()).toList();
        assertThat(actions).contains("USER_CREATED", "LOGIN", "ROLES_CHANGED", "USER_UPDATED", "USER_DELETED");
    }

    @Test
    void refusesUsersWithoutOrganizerOrWithUnknownOne() {
        Api.Response noOrganizer = api.post("/api/v1/users", admin,
                new CreateUserRequest("lonely-" + UUID.randomUUID().toString().substring(0, 6), "Lonely", PASSWORD,
                        Set.of(Role.BOX_OFFICE), Set.of()));
        assertThat(noOrganizer.status()).isEqualTo(400);
        assertThat(noOrganizer.body().path("errors").get(0).path("field").asString()).isEqualTo("organizerIds");

        Api.Response unknownOrganizer = api.post("/api/v1/users", admin,
                new CreateUserRequest("ghost-" + UUID.randomUUID().toString().substring(0, 6), "Ghost", PASSWORD,
                        Set.of(Role.GATE), Set.of(OrganizerId.random())));
        assertThat(unknownOrganizer.status()).isEqualTo(400);
        assertThat(unknownOrganizer.problemType()).isEqualTo(ProblemTypes.VALIDATION_FAILED.toString());
    }

    @Test
    void organizersManageOnlyTheirOwnStaffAndNeverGrantAdmin() {
        Tenant mine = tenant();
        Tenant theirs = tenant();

        List<String> visible = api.get("/api/v1/users", mine.organizerToken()).body().valueStream()
                .map(user -> user.path("username").asString()).toList();
        assertThat(visible).contains(mine.organizerUsername()).doesNotContain(theirs.organizerUsername(), "admin");

        Api.Response hired = api.post("/api/v1/users", mine.organizerToken(), new CreateUserRequest("seller-" + UUID.randomUUID()
                .toString().substring(0, 6), "New seller", PASSWORD, Set.of(Role.BOX_OFFICE), Set.of(mine.organizer())));
        assertThat(hired.status()).as(hired.raw()).isEqualTo(201);
        Api.Response grantAdmin = api.post("/api/v1/users", mine.organizerToken(), new CreateUserRequest("boss-" + UUID.randomUUID()
                .toString().substring(0, 6), "Boss", PASSWORD, Set.of(Role.ADMIN), Set.of(mine.organizer())));
        assertThat(grantAdmin.status()).isEqualTo(403);
        Api.Response elsewhere = api.post("/api/v1/users", mine.organizerToken(), new CreateUserRequest("spy-" + UUID.randomUUID()
                .toString().substring(0, 6), "Spy", PASSWORD, Set.of(Role.GATE), Set.of(theirs.organizer())));
        assertThat(elsewhere.status()).isEqualTo(403);
        String theirOrganizer = api.get("/api/v1/users", admin).body().valueStream()
                .filter(user -> user.path("username").asString().equals(theirs.organizerUsername())).findFirst().orElseThrow()
                .path("id").asString();
        assertThat(api.delete("/api/v1/users/" + theirOrganizer, mine.organizerToken()).status()).isEqualTo(404);
    }

    @Test
    void theLastAdministratorCannotBeRemoved() {
        JsonNode self = api.get("/api/v1/users", admin).body().valueStream()
                .filter(user -> user.path("username").asString().equals("admin")).findFirst().orElseThrow();
        String id = self.path("id").asString();

        assertThat(api.delete("/api/v1/users/" + id, admin).status()).isEqualTo(409);
    }

    @Test
    void invalidInputIsRefusedFieldByField() {
        Tenant tenant = tenant();
        Api.Response empty = api.post("/api/v1/events", tenant.organizerToken(), Map.of());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.problemType()).isEqualTo(ProblemTypes.VALIDATION_FAILED.toString());
        assertThat(empty.body().path("errors").valueStream().map(e -> e.path("field").asString()))
                .contains("venueId", "title", "startsAt", "endsAt");

        LocalDateTime start = inDays(5);
        Api.Response backwards = api.post("/api/v1/events", tenant.organizerToken(),
                new EventRequest(tenant.venue(), "Backwards", null, null, start, start.minusHours(1), null, null));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.text("detail")).contains("endsAt");

        Api.Response badZone = api.post("/api/v1/events", tenant.organizerToken(),
                new EventRequest(tenant.venue(), "Lost", null, null, start, start.plusHours(1), "Mars/Olympus", null));
        assertThat(badZone.status()).isEqualTo(400);
        assertThat(badZone.text("detail")).contains("timeZone");

        // 02:30 on the last Sunday of March does not exist in Berlin.
        LocalDateTime gap = LocalDateTime.of(2027, 3, 28, 2, 30);
        Api.Response skipped = api.post("/api/v1/events", tenant.organizerToken(),
                new EventRequest(tenant.venue(), "Ghost hour", null, null, gap, gap.plusHours(2), "Europe/Berlin", null));
        assertThat(skipped.status()).isEqualTo(400);
        assertThat(skipped.text("detail")).contains("does not exist");

        Api.Response wrongMethod = api.raw("PATCH", "/api/v1/events", tenant.organizerToken(), "application/json", "{}");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.problemType()).isEqualTo(ProblemTypes.METHOD_NOT_ALLOWED.toString());

        Api.Response malformed = api.raw("POST", "/api/v1/events", tenant.organizerToken(), "application/json", "{\"title\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.problemType()).isEqualTo(ProblemTypes.MALFORMED_REQUEST.toString());
        assertThat(malformed.raw()).doesNotContain("Exception").doesNotContain("at dev.marquee");
    }

    private static List<String> titles(Api.Response page) {
        assertThat(page.status()).as(page.raw()).isEqualTo(200);
        return page.body().path("items").valueStream().map(item -> item.path("title").asString()).toList();
    }

    private static List<String> ids(Api.Response page) {
        assertThat(page.status()).as(page.raw()).isEqualTo(200);
        return page.body().path("items").valueStream().map(item -> item.path("id").asString()).toList();
    }
}
