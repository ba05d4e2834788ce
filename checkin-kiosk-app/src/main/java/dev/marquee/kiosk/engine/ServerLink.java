package dev.marquee.kiosk.engine;

import dev.marquee.client.ApiException;
import dev.marquee.client.MarqueeClient;
import dev.marquee.client.NotAuthenticatedException;
import dev.marquee.client.ServerErrorException;
import dev.marquee.client.ServerUnreachableException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's calls to the server, and whether it answers: a call that fails for want of an answer switches the kiosk
 * offline, the next that succeeds back online. The client's failures become the kiosk's three:
 * {@link ServerUnavailableException} (no answer, timeout, 5xx, 408, 429, an unreadable answer: decide offline),
 * {@link DeviceRevokedException} (401 to the device token: pair again) and {@link RequestRefusedException} (any other
 * refusal).
 */
final class ServerLink {

    private static final Logger LOG = LoggerFactory.getLogger(ServerLink.class);

    private final MarqueeClient client;
    private final Runnable revoked;
    private final Runnable backOnline;
    private final Runnable statusChanged;
    private volatile boolean online = true;

    /**
     * @param revoked       wipes the kiosk when the server shuts it out
     * @param backOnline    catches up after an outage
     * @param statusChanged tells the status listeners
     */
    ServerLink(MarqueeClient client, Runnable revoked, Runnable backOnline, Runnable statusChanged) {
        this.client = client;
        this.revoked = revoked;
        this.backOnline = backOnline;
        this.statusChanged = statusChanged;
    }

    MarqueeClient client() {
        return client;
    }

    boolean isOnline() {
        return online;
    }

    /** Makes a call and keeps track of whether the server answers. */
    <T> T call(Supplier<T> request) {
        T result;
        try {
            result = request.get();
        } catch (ApiException e) {
            throw translate(e);
        }
        goOnline();
        return result;
    }

    private RuntimeException translate(ApiException failure) {
        if (failure instanceof NotAuthenticatedException && client.accessToken().isPresent()) {
            revoked.run();
            return new DeviceRevokedException("The server no longer accepts this kiosk; pair it again with a new code");
        }
        int status = failure.status();
        // A 2xx that reaches here is an answer the kiosk could not read: as good as none at the door.
        boolean noUsefulAnswer = failure instanceof ServerUnreachableException || failure instanceof ServerErrorException
                || status == 408 || status == 429 || (status >= 200 && status < 300);
        if (noUsefulAnswer) {
            goOffline();
            return new ServerUnavailableException(failure.getMessage(), failure);
        }
        return new RequestRefusedException(status, failure.getMessage());
    }

    private void goOnline() {
        if (!online) {
            online = true;
            LOG.info("Back online");
            statusChanged.run();
            backOnline.run();
        }
    }

    private void goOffline() {
        if (online) {
            online = false;
            LOG.warn("Offline: deciding scans locally until the server answers again");
            statusChanged.run();
        }
    }
}
