package dev.marquee.server.platform;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The servlet filters around the API: rate limiting before security, idempotency after it (it needs the caller). */
@Configuration(proxyBeanMethods = false)
class WebFilters {

    @Bean
    FilterRegistrationBean<PublicRateLimitFilter> publicRateLimit(@Value("${marquee.sales.public-requests-per-minute:120}") int perMinute,
            Clock clock, ProblemResponses problems) {
        FilterRegistrationBean<PublicRateLimitFilter> registration =
                new FilterRegistrationBean<>(new PublicRateLimitFilter(perMinute, clock, problems));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    @Bean
    IdempotencyFilter idempotencyFilter(JdbcClient jdbc, ProblemResponses problems, Clock clock) {
        return new IdempotencyFilter(jdbc, problems, clock);
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotency(IdempotencyFilter filter) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }
}
