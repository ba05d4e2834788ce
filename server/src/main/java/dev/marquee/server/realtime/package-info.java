/**
 * Realtime: the WebSocket hub at {@code /ws}. Turns domain events into numbered live messages per topic after
 * their transaction commits, pushes them to subscribed clients within their organizer scope, lets reconnecting
 * clients catch up, and relays messages between server instances through PostgreSQL {@code LISTEN/NOTIFY}.
 */
@ApplicationModule(displayName = "Realtime")
@NullMarked
package dev.marquee.server.realtime;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
