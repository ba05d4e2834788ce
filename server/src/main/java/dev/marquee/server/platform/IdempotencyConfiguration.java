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

/** Idempotency keys: their records, the answers operations record in steps, and the filter after security (it needs the caller). */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

    @Bean
    IdempotencyRecords idempotencyRecords(JdbcClient jdbc, Clock clock, @Value("${marquee.idempotency.lease:10s}") Duration lease) {
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
