package dev.marquee.model.live;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.marquee.model.EventId;
import dev.marquee.model.Money;
import dev.marquee.model.OrderId;
import dev.marquee.model.TicketTypeId;
import java.time.Instant;
import java.util.List;

/**
 * What the server pushes over the live-update WebSocket. The {@code type} member names the kind. Updates carry
 * their topic and a sequence number that rises by one per topic; a gap means messages were missed.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ServerMessage.Subscribed.class, name = "subscribed"),
    @JsonSubTypes.Type(value = ServerMessage.Refetch.class, name = "refetch"),
    @JsonSubTypes.Type(value = ServerMessage.Heartbeat.class, name = "heartbeat"),
    @JsonSubTypes.Type(value = ServerMessage.Error.class, name = "error"),
    @JsonSubTypes.Type(value = ServerMessage.AvailabilityUpdate.class, name = "availability"),
    @JsonSubTypes.Type(value = ServerMessage.SaleTick.class, name = "sale"),
    @JsonSubTypes.Type(value = ServerMessage.StaffAlert.class, name = "alert"),
    @JsonSubTypes.Type(value = ServerMessage.CheckInTick.class, name = "checkin")
})
public sealed interface ServerMessage {

    /** A message that belongs to a topic, numbered within it. */
    sealed interface Update extends ServerMessage {

        Topic topic();

        long seq();
    }

    /**
     * The subscription is active.
     *
     * @param topic the topic
     * @param seq   the topic's latest sequence number now
     */
    record Subscribed(Topic topic, long seq) implements ServerMessage {
    }

    /**
     * Messages the client asked to replay are gone; load the current state through the REST API instead.
     *
     * @param topic the topic
     * @param seq   the topic's latest sequence number; continue from there
     */
    record Refetch(Topic topic, long seq) implements ServerMessage {
    }

    /**
     * Sent regularly, and in answer to a ping, so both sides know the connection lives.
     *
     * @param at the server's time
     */
    record Heartbeat(Instant at) implements ServerMessage {
    }

    /**
     * A client message was not understood or not allowed. The connection stays open.
     *
     * @param code    {@code MALFORMED}, {@code UNKNOWN_TYPE}, {@code FORBIDDEN_TOPIC} or {@code INTERNAL}
     * @param message what went wrong, in words
     */
    record Error(String code, String message) implements ServerMessage {
    }

    /**
     * How many tickets are left of each ticket type of an event.
     *
     * @param topic   {@code availability:<event id>}
     * @param seq     sequence number in the topic
     * @param eventId the event
     * @param types   every ticket type with its counts
     */
    record AvailabilityUpdate(Topic topic, long seq, EventId eventId, List<TypeCount> types) implements Update {
    }

    /**
     * Counts of one ticket type.
     *
     * @param ticketTypeId the type
     * @param name         its name
     * @param capacity     how many exist
     * @param sold         paid for
     * @param held         reserved
     * @param available    can still be held
     */
    record TypeCount(TicketTypeId ticketTypeId, String name, int capacity, int sold, int held, int available) {
    }

    /**
     * An order was paid.
     *
     * @param topic   {@code sales:<organizer id>}
     * @param seq     sequence number in the topic
     * @param orderId the order
     * @param eventId its event
     * @param tickets how many tickets
     * @param total   what they cost
     * @param channel {@code BOX_OFFICE} or {@code ONLINE}
     * @param at      when
     */
    record SaleTick(Topic topic, long seq, OrderId orderId, EventId eventId, int tickets, Money total, String channel, Instant at)
            implements Update {
    }

    /**
     * Someone passed a gate.
     *
     * @param topic     {@code checkins:<event id>}
     * @param seq       sequence number in the topic
     * @param eventId   the event
     * @param listId    the check-in list, as text
     * @param ticketId  the ticket, as text
     * @param gate      the gate
     * @param inside    whether the ticket is now inside
     * @param admitted  tickets of the list admitted so far
     * @param at        when
     */
    record CheckInTick(Topic topic, long seq, EventId eventId, String listId, String ticketId, String gate, boolean inside, int admitted,
            Instant at) implements Update {
    }

    /**
     * Something staff should know now.
     *
     * @param topic   {@code alerts:<organizer id>}
     * @param seq     sequence number in the topic
     * @param level   {@code INFO}, {@code WARNING} or {@code CRITICAL}
     * @param message what happened, in words
     * @param at      when
     */
    record StaffAlert(Topic topic, long seq, String level, String message, Instant at) implements Update {
    }
}
