package dev.marquee.server.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.security.util.matcher.InetAddressMatcher;
import org.springframework.security.util.matcher.InetAddressMatchers;

/**
 * Decides which client a request comes from, in one place, for everything that counts per client: the public rate
 * limit, the hold cap, the idempotency scope of anonymous callers and the login throttle.
 *
 * <p>It is the connection's remote address, unless the connection comes from a trusted proxy
 * ({@code marquee.network.trusted-proxies}). Then it is the rightmost {@code X-Forwarded-For} hop that is not
 * itself a trusted proxy: every proxy appends the address it was connected from, so the hops right of the first
 * untrusted one were written by our own proxies and everything left of it may be forged by the client. Anyone
 * else's {@code X-Forwarded-For} is ignored. This relies on the container reporting the real peer as the remote
 * address, which is why {@code server.forward-headers-strategy} must stay {@code none}.
 */
public final class ClientAddresses {

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final InetAddressMatcher trustedProxies;

    /**
     * @param trustedProxies IP addresses or CIDR ranges (IPv4 or IPv6) of the proxies whose {@code X-Forwarded-For}
     *                       is believed; empty to believe none
     * @throws IllegalArgumentException when an entry is not an address or range, such as a host name
     */
    public ClientAddresses(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.isEmpty() ? null : InetAddressMatchers.builder().includeAddresses(trustedProxies).build();
    }

    /** The client's address in canonical text form (so one address is always spelled the same way). */
    public String of(HttpServletRequest request) {
        InetAddress peer = literal(request.getRemoteAddr());
        if (peer == null) {
            return request.getRemoteAddr();
        }
        InetAddress client = peer;
        if (isTrusted(peer)) {
            List<String> hops = forwardedHops(request);
            for (int i = hops.size() - 1; i >= 0; i--) {
                InetAddress hop = literal(hops.get(i));
                if (hop == null) {
                    // No proxy of ours writes this; the last hop it could vouch for is the answer.
                    break;
                }
                client = hop;
                if (!isTrusted(hop)) {
                    break;
                }
            }
        }
        return text(client);
    }

    private boolean isTrusted(InetAddress address) {
        return trustedProxies != null && trustedProxies.matches(address);
    }

    private static List<String> forwardedHops(HttpServletRequest request) {
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders(FORWARDED_FOR))) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        return hops;
    }

    /** An IP literal, also as {@code [v6]:port} or {@code v4:port}; null for anything else, never a DNS lookup. */
    private static InetAddress literal(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        int colon = value.indexOf(':');
        if (value.startsWith("[") && value.indexOf(']') > 0) {
            value = value.substring(1, value.indexOf(']'));
        } else if (colon > 0 && colon == value.lastIndexOf(':')) {
            value = value.substring(0, colon);
        }
        try {
            return InetAddress.ofLiteral(value);
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    private static String text(InetAddress address) {
        String text = address.getHostAddress();
        int zone = text.indexOf('%');
        return zone < 0 ? text : text.substring(0, zone);
    }
}
