package dev.marquee.server.platform;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/** The servlet filters around the API: rate limiting before security, idempotency after it (it needs the caller). */
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

    @Bean
    IdempotencyRecords idempotencyRecords(JdbcClient jdbc, Clock clock,
            @Value("${marquee.idempotency.lease:10s}") Duration lease) {
        return new IdempotencyRecords(jdbc, clock, lease);
    }

    @Bean
    IdempotentAnswers idempotentAnswers(IdempotencyRecords records, JsonMapper json) {
        return new IdempotentAnswers(records, json);
    }

    @Bean
    IdempotencyFilter idempotencyFilter(IdempotencyRecords records, ProblemResponses problems, PlatformTransactionManager transactions,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlers, ClientAddresses clients) {
        return new IdempotencyFilter(records, problems, transactions, handlers, clients);
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotency(IdempotencyFilter filter) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }
}
