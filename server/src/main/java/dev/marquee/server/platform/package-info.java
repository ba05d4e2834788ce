/**
 * Shared kernel of the server: the signed-in staff member and their organizer scope, the problem-detail
 * exceptions every module throws, and the clock. Every module may use it; it uses none.
 */
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN)
@NullMarked
package dev.marquee.server.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
