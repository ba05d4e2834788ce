package dev.marquee.server.platform;

import dev.marquee.model.ProblemTypes;
import java.util.List;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * What the server accepts at the HTTP edge: bodies up to a size, JSON without lenient coercions and text without
 * control characters, and problem details for requests the security firewall refuses.
 */
@Configuration(proxyBeanMethods = false)
class HttpHardening {

    private static final Logger log = LoggerFactory.getLogger(HttpHardening.class);

    /** The methods the security firewall lets through. */
    private static final List<String> API_METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimit(@Value("${marquee.http.max-body-size:1MB}") DataSize maxBodySize,
            ProblemResponses problems) {
        FilterRegistrationBean<BodySizeLimitFilter> registration =
                new FilterRegistrationBean<>(new BodySizeLimitFilter(maxBodySize.toBytes(), problems));
        // Before rate limiting, security and idempotency, so that none of them reads an oversized body.
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20);
        return registration;
    }

    /**
     * Tomcat answers what it refuses itself with a problem detail. Ordered last, so it replaces the error report
     * valve that Spring Boot installs.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            host.getPipeline().addValve(new ProblemErrorReportValve());
        });
    }

    /**
     * A number is a number: {@code 1.5}, {@code "1"} or {@code true} where an integer belongs (or {@code 0} where an
     * enum name belongs) is a client bug to report, not a value to guess. Applies to everything the server reads with Jackson.
     */
    @Bean
    JsonMapperBuilderCustomizer strictCoercion() {
        return builder -> builder
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(LogicalType.Integer, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /**
     * Request bodies are read with the text rules of {@link RequestText}. Only here, not on the shared mapper: the
     * event publication registry reads back what the server itself wrote, multi-line text included. Ordered after
     * Spring Boot's own Jackson customizer, whose JSON converter this one replaces in the same place of the list.
     */
    @Bean
    @Order(1)
    ServerHttpMessageConvertersCustomizer requestTextRules(JsonMapper json) {
        JsonMapper strict = json.rebuild()
                .addModule(new SimpleModule("request-text").addDeserializer(String.class, RequestText.SINGLE_LINE))
                .build();
        return converters -> converters.withJsonConverter(new JacksonJsonHttpMessageConverter(strict));
    }

    /**
     * Paths the firewall refuses ({@code //}, {@code %2e}, {@code ;}, {@code %25} ...) are malformed requests; methods
     * it refuses (WebDAV's, made-up ones) are not allowed.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
        return (request, response, rejected) -> {
            log.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), rejected.getMessage());
            if (!API_METHODS.contains(request.getMethod())) {
                response.setHeader(HttpHeaders.ALLOW, String.join(", ", API_METHODS));
                problems.write(request, response, HttpStatus.METHOD_NOT_ALLOWED, ProblemTypes.METHOD_NOT_ALLOWED, "Method not allowed",
                        "The API does not support the method " + request.getMethod() + "; the Allow header lists those it knows.");
                return;
            }
            problems.write(request, response, HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
                    "The request path or its headers contain characters or sequences that are not allowed, such as '//', "
                            + "encoded dots or slashes, ';' or '%25'. Send the path in its plain, normalised form.");
        };
    }
}
