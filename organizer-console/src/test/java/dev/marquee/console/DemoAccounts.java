package dev.marquee.console;

import dev.marquee.client.MarqueeClient;
import dev.marquee.testing.ServerUnderTest;

/** The demo accounts of the one server that all tests of this module share. */
final class DemoAccounts {

    private DemoAccounts() {
    }

    /** A client of the shared server, signed in as the demo account. */
    static MarqueeClient signIn(String username) {
        MarqueeClient client = MarqueeClient.create(ServerUnderTest.shared().url());
        client.login(username, ServerUnderTest.DEMO_PASSWORD);
        return client;
    }
}
