package dev.marquee.server.ticketing;

import dev.marquee.server.catalog.EventPublished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Gives every event its signing key when it is published, before its first sale. */
@Component
class SigningKeyProvisioning {

    private final SigningKeyring keys;

    SigningKeyProvisioning(SigningKeyring keys) {
        this.keys = keys;
    }

    @ApplicationModuleListener
    void on(EventPublished published) {
        keys.ensureKey(published.eventId());
    }
}
