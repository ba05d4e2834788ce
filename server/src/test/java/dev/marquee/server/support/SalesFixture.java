package dev.marquee.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.model.Money;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.QuotaId;
import dev.marquee.model.auth.CreateUserRequest;
import dev.marquee.model.auth.Role;
import dev.marquee.model.catalog.EventRequest;
import dev.marquee.model.catalog.OrganizerRequest;
import dev.marquee.model.catalog.VenueRequest;
import dev.marquee.model.inventory.QuotaRequest;
import dev.marquee.model.inventory.TicketTypeRequest;
import dev.marquee.model.inventory.Visibility;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Sets up, through the real API, what a sale needs: an organizer with staff, a venue and a published event with
 * ticket types sharing a quota.
 */
public final class SalesFixture {

    public static final String PASSWORD = "correct-horse-battery";

    private final Api api;
    private final String admin;

    public SalesFixture(Api api) {
        this.api = api;
        this.admin = api.login("admin", "test-admin-password");
    }

    /** An organizer's staff and a published event with the given ticket types, all in one shared quota. */
    public record Shop(OrganizerId organizer, String eventId, String quotaId, Map<String, String> ticketTypes, String organizerToken,
            String boxOfficeToken, String boxOfficeUsername) {

        public String type(String name) {
            return ticketTypes.get(name);
        }
    }

    /**
     * Creates the shop.
     *
     * @param quotaCapacity capacity shared by all types
     * @param types         name to capacity and price, such as {@code "Standing" -> new int[] {80, 3900}}
     */
    public Shop shop(int quotaCapacity, Map<String, int[]> types) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Api.Response organizer = api.post("/api/v1/organizers", admin, new OrganizerRequest("Org " + suffix));
        OrganizerId organizerId = OrganizerId.of(organizer.text("id"));
        user("org-" + suffix, Role.ORGANIZER, organizerId);
        user("box-" + suffix, Role.BOX_OFFICE, organizerId);
        String organizerToken = api.login("org-" + suffix, PASSWORD);
        Api.Response venue = api.post("/api/v1/venues", organizerToken,
                new VenueRequest(organizerId, "Hall " + suffix, "1 Quay Street", 5000, "Europe/Berlin"));
        LocalDateTime start = LocalDateTime.now().plusDays(20).withNano(0);
        Api.Response event = api.post("/api/v1/events", organizerToken,
                new EventRequest(dev.marquee.model.VenueId.of(venue.text("id")), "Show " + suffix, "", "Concert", start,
                        start.plusHours(3), null, null));
        String eventId = event.text("id");
        Api.Response quota = api.post("/api/v1/events/" + eventId + "/quotas", organizerToken, new QuotaRequest("House", quotaCapacity));
        assertThat(quota.status()).as(quota.raw()).isEqualTo(201);
        Map<String, String> typeIds = new java.util.LinkedHashMap<>();
        types.forEach((name, spec) -> {
            Api.Response type = api.post("/api/v1/events/" + eventId + "/ticket-types", organizerToken,
                    new TicketTypeRequest(name, Money.ofMinor(spec[1], "EUR"), spec[0], null, null, 10,
                            spec.length > 2 && spec[2] == 1 ? Visibility.BOX_OFFICE : Visibility.PUBLIC, Set.of(QuotaId.of(quota.text("id")))));
            assertThat(type.status()).as(type.raw()).isEqualTo(201);
            typeIds.put(name, type.text("id"));
        });
        assertThat(api.post("/api/v1/events/" + eventId + "/publish", organizerToken, null).status()).isEqualTo(200);
        return new Shop(organizerId, eventId, quota.text("id"), typeIds, organizerToken, api.login("box-" + suffix, PASSWORD),
                "box-" + suffix);
    }

    /** Opens a shift for the shop's box-office seller with the given float in cents. */
    public String openShift(Shop shop, long floatMinor) {
        Api.Response shift = api.post("/api/v1/shifts", shop.boxOfficeToken(),
                Map.of("till", "Counter 1", "openingFloat", Money.ofMinor(floatMinor, "EUR")));
        assertThat(shift.status()).as(shift.raw()).isEqualTo(201);
        return shift.text("id");
    }

    public static String holdBody(String typeId, int quantity) {
        return "{\"items\":[{\"ticketTypeId\":\"" + typeId + "\",\"quantity\":" + quantity + "}]}";
    }

    private void user(String username, Role role, OrganizerId organizer) {
        Api.Response created = api.post("/api/v1/users", admin,
                new CreateUserRequest(username, "User " + username, PASSWORD, Set.of(role), Set.of(organizer)));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
    }
}
