package dev.marquee.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressesTest {

    private final ClientAddresses behindProxies = new ClientAddresses(List.of("10.0.0.0/8", "192.0.2.10", "2001:db8::/32"));

    @Test
    void isTheConnectionsAddressWithoutTrustedProxies() {
        ClientAddresses direct = new ClientAddresses(List.of());

        assertThat(direct.of(request("203.0.113.9", "198.51.100.1"))).isEqualTo("203.0.113.9");
    }

    @Test
    void ignoresForwardedForFromAPeerThatIsNoTrustedProxy() {
        assertThat(behindProxies.of(request("203.0.113.9", "198.51.100.1"))).isEqualTo("203.0.113.9");
    }

    @Test
    void takesTheHopBeforeATrustedProxy() {
        assertThat(behindProxies.of(request("10.1.2.3", "198.51.100.1"))).isEqualTo("198.51.100.1");
    }

    @Test
    void takesTheRightmostUntrustedHopSoAForgedPrefixChangesNothing() {
        assertThat(behindProxies.of(request("10.1.2.3", "1.1.1.1, 2.2.2.2, 198.51.100.1, 192.0.2.10"))).isEqualTo("198.51.100.1");
        assertThat(behindProxies.of(request("10.1.2.3", "1.1.1.1, 2.2.2.2", "198.51.100.1", "10.9.9.9"))).isEqualTo("198.51.100.1");
    }

    @Test
    void stopsAtTheLastHopItCanVouchForWhenAHopIsNoAddress() {
        assertThat(behindProxies.of(request("10.1.2.3", "198.51.100.1, unknown, 10.4.4.4"))).isEqualTo("10.4.4.4");
        assertThat(behindProxies.of(request("10.1.2.3", "evil.example.org"))).isEqualTo("10.1.2.3");
        assertThat(behindProxies.of(request("10.1.2.3"))).isEqualTo("10.1.2.3");
    }

    @Test
    void readsPortsAndIpv6AndSpellsEveryAddressOneWay() {
        assertThat(behindProxies.of(request("10.1.2.3", "198.51.100.1:51234"))).isEqualTo("198.51.100.1");
        assertThat(behindProxies.of(request("2001:db8::1", "[2001:0DB9:0:0::7]:443"))).isEqualTo("2001:db9:0:0:0:0:0:7");
        assertThat(new ClientAddresses(List.of()).of(request("0:0:0:0:0:0:0:1"))).isEqualTo(new ClientAddresses(List.of()).of(request("::1")));
    }

    @Test
    void refusesHostNamesAsTrustedProxies() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ClientAddresses(List.of("proxy.example.org")));
    }

    private static MockHttpServletRequest request(String peer, String... forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(peer);
        for (String header : forwardedFor) {
            request.addHeader("X-Forwarded-For", header);
        }
        return request;
    }
}
