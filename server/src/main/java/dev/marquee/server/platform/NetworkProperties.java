package dev.marquee.server.platform;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where client addresses come from, under {@code marquee.network}.
 *
 * @param trustedProxies IP addresses or CIDR ranges of the reverse proxies or load balancers in front of the
 *                       server, whose {@code X-Forwarded-For} is believed; empty (the default) believes nobody's
 */
@ConfigurationProperties("marquee.network")
record NetworkProperties(@DefaultValue List<String> trustedProxies) {
}
