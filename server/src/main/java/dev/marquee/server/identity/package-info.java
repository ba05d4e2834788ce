/**
 * Identity: staff accounts with their roles and organizer membership, login with signed bearer tokens, login
 * throttling, the first administrator, paired kiosk devices, and the append-only audit log.
 */
@ApplicationModule(displayName = "Identity")
@NullMarked
package dev.marquee.server.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
