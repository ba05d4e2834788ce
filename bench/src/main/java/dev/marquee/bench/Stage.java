package dev.marquee.bench;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sets up what a scenario needs through the real API, as an administrator. */
final class Stage {

    private final Http http;
    private final String admin;

    Stage(Http http) {
        this.http = http;
        this.admin = http.login("admin", Bench.ADMIN_PASSWORD);
    }

    String admin() {
        return admin;
    }

    /** An organizer, venue and published event with one ticket type. */
    record Event(String organizerId, String eventId, String ticketTypeId) {
    }

    Event event(int capacity, int maxPerOrder) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String organizer = ok(http.post("/api/v1/organizers", admin, Map.of("name", "Bench " + suffix)), 201).text("id");
        String venue = ok(http.post("/api/v1/venues", admin, Map.of("organizerId", organizer, "name", "Arena " + suffix,
                "address", "1 Bench Road", "capacity", Math.max(capacity, 1), "timeZone", "Europe/Berlin")), 201).text("id");
        LocalDateTime start = LocalDateTime.now().plusDays(30).withNano(0);
        String event = ok(http.post("/api/v1/events", admin, Map.of("venueId", venue, "title", "Bench show " + suffix,
                "startsAt", start.toString(), "endsAt", start.plusHours(3).toString())), 201).text("id");
        String type = ok(http.post("/api/v1/events/" + event + "/ticket-types", admin, Map.of("name", "Hot", "price",
                Map.of("amountMinor", 1000, "currency", "EUR"), "capacity", capacity, "maxPerOrder", maxPerOrder, "visibility", "PUBLIC",
                "quotaIds", List.of())), 201).text("id");
        ok(http.post("/api/v1/events/" + event + "/publish", admin, ""), 200);
        return new Event(organizer, event, type);
    }

    static Http.Answer ok(Http.Answer answer, int status) {
        if (answer.status() != status) {
            throw new IllegalStateException("Expected " + status + " but got " + answer.status() + ": " + answer.body());
        }
        return answer;
    }
}
