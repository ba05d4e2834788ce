package dev.marquee.server.platform;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The client address and the rate limit before security; idempotency, after security, is {@link IdempotencyConfiguration}. */
@Configuration(proxyBeanMethods = false)
class WebFilters {

    /**
     * The one resolver of client addresses. The container must report the real peer as the remote address, or a
     * forged {@code X-Forwarded-For} could reach the counters through it; so Marquee refuses to start when
     * {@code server.forward-headers-strategy} asks the container or the framework to rewrite it.
     */
    @Bean
    ClientAddresses clientAddresses(NetworkProperties network, @Value("${server.forward-headers-strategy:none}") String forwardHeaders) {
        if (!"none".equalsIgnoreCase(forwardHeaders)) {
            throw new IllegalStateException("server.forward-headers-strategy is '" + forwardHeaders + "'; Marquee reads X-Forwarded-For "
                    + "itself, from the proxies listed in marquee.network.trusted-proxies. Set server.forward-headers-strategy to none "
                    + "and list your proxies there instead.");
        }
        return new ClientAddresses(network.trustedProxies());
    }

    @Bean
    FilterRegistrationBean<PublicRateLimitFilter> publicRateLimit(@Value("${marquee.sales.public-requests-per-minute:120}") int perMinute,
            ClientAddresses clients, Clock clock, ProblemResponses problems) {
        FilterRegistrationBean<PublicRateLimitFilter> registration =
                new FilterRegistrationBean<>(new PublicRateLimitFilter(perMinute, clients, clock, problems));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }
}
