package dev.marquee.server.platform;

import dev.marquee.model.CheckInListId;
import dev.marquee.model.EventId;
import dev.marquee.model.HoldId;
import dev.marquee.model.OrderId;
import dev.marquee.model.OrganizerId;
import dev.marquee.model.QuotaId;
import dev.marquee.model.ShiftId;
import dev.marquee.model.TicketId;
import dev.marquee.model.TicketTypeId;
import dev.marquee.model.UserId;
import dev.marquee.model.VenueId;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.service.ServiceRegistry;

/**
 * Teaches Hibernate the typed ids of {@code common-model}, so that an entity's {@code EventId} field, id or
 * reference, maps to a UUID column with no annotation. Found by Hibernate through {@code META-INF/services}.
 */
public final class TypedIds implements TypeContributor {

    @Override
    public void contribute(TypeContributions contributions, ServiceRegistry services) {
        register(contributions, CheckInListId.class, CheckInListId::new, CheckInListId::value);
        register(contributions, EventId.class, EventId::new, EventId::value);
        register(contributions, HoldId.class, HoldId::new, HoldId::value);
        register(contributions, OrderId.class, OrderId::new, OrderId::value);
        register(contributions, OrganizerId.class, OrganizerId::new, OrganizerId::value);
        register(contributions, QuotaId.class, QuotaId::new, QuotaId::value);
        register(contributions, ShiftId.class, ShiftId::new, ShiftId::value);
        register(contributions, TicketId.class, TicketId::new, TicketId::value);
        register(contributions, TicketTypeId.class, TicketTypeId::new, TicketTypeId::value);
        register(contributions, UserId.class, UserId::new, UserId::value);
        register(contributions, VenueId.class, VenueId::new, VenueId::value);
    }

    private static <T> void register(TypeContributions contributions, Class<T> type, Function<UUID, T> wrap, Function<T, UUID> unwrap) {
        contributions.contributeJavaType(new TypedIdJavaType<>(type, wrap, unwrap));
    }
}
