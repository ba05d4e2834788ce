package dev.marquee.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

/** The server refuses a container that would rewrite client addresses behind Marquee's back. */
class ClientAddressConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NetworkProperties.class)
    static class Network {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Network.class, WebFilters.class)
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(JdbcClient.class, () -> JdbcClient.create(new DriverManagerDataSource("jdbc:h2:mem:unused")))
            .withBean(ProblemResponses.class, () -> new ProblemResponses(JsonMapper.builder().build()));

    @Test
    void believesTheConfiguredProxies() {
        context.withPropertyValues("marquee.network.trusted-proxies=10.0.0.0/8,2001:db8::/32").run(started -> {
            MockHttpServletRequest request = new MockHttpServletRequest();
            request.setRemoteAddr("10.0.0.5");
            request.addHeader("X-Forwarded-For", "198.51.100.4");
            assertThat(started.getBean(ClientAddresses.class).of(request)).isEqualTo("198.51.100.4");
        });
    }

    @Test
    void refusesToStartWhenTheContainerWouldReadForwardedHeaders() {
        context.withPropertyValues("server.forward-headers-strategy=native").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause().hasMessageContaining("marquee.network.trusted-proxies");
        });
    }

    @Test
    void refusesAHostNameAsTrustedProxy() {
        context.withPropertyValues("marquee.network.trusted-proxies=proxy.example.org").run(started -> assertThat(started).hasFailed());
    }
}
