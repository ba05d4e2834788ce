package dev.marquee.server.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.marquee.model.ProblemTypes;
import dev.marquee.server.support.H2DataSourceInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/** The HTTP contract every client relies on: problem details, public and protected paths, docs and operations. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ContextConfiguration(initializers = H2DataSourceInitializer.class)
class HttpContractWebTest {

    @Autowired
    MockMvc mvc;

    @Test
    void answersMalformedJsonWithAProblemAndNoInternals() throws Exception {
        mvc.perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON).content("{\"username\": [1,"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(ProblemTypes.MALFORMED_REQUEST.toString()))
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(content().string(not(containsString("tools.jackson"))));
    }

    @Test
    void answersAWrongMediaTypeWithAProblem() throws Exception {
        mvc.perform(post("/api/v1/auth/login").contentType(MediaType.TEXT_PLAIN).content("admin"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.type").value(ProblemTypes.MALFORMED_REQUEST.toString()));
    }

    @Test
    void answersAnUnknownPublicEventWithNotFound() throws Exception {
        mvc.perform(get("/api/v1/public/events/6b0e3f5c-1d1e-4c8e-9f57-0d1f0c9e5a11"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(ProblemTypes.NOT_FOUND.toString()))
                .andExpect(jsonPath("$.detail").value(containsString("does not exist")));
    }

    @Test
    void validatesQueryParameters() throws Exception {
        mvc.perform(get("/api/v1/public/events").param("limit", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(ProblemTypes.VALIDATION_FAILED.toString()))
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
        mvc.perform(get("/api/v1/public/events").param("from", "next tuesday"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(ProblemTypes.MALFORMED_REQUEST.toString()));
    }

    @Test
    void protectsStaffPathsAndSaysHowToLogIn() throws Exception {
        mvc.perform(get("/api/v1/users"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.type").value(ProblemTypes.UNAUTHENTICATED.toString()))
                .andExpect(jsonPath("$.detail").value(containsString("/api/v1/auth/login")));
    }

    @Test
    void publishesTheApiDescriptionAndSwaggerUi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/auth/login']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/events']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/public/events/{id}']").exists());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void describesValueTypesNullsAndErrorsAsTheyTravel() throws Exception {
        String problem = "$.paths['/api/v1/events/{id}'].get.responses['404'].content['application/problem+json'].schema.$ref";
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.openapi").value(containsString("3.1")))
                .andExpect(jsonPath("$.components.schemas.Money.properties.currency.type").value("string"))
                .andExpect(jsonPath("$.components.schemas.Money.properties.currency.pattern").value("^[A-Z]{3}$"))
                .andExpect(jsonPath("$.components.schemas.OrderView.properties.paidAt.type").value(hasItem("null")))
                .andExpect(jsonPath("$.components.schemas.OrderView.required").value(hasItem("total")))
                .andExpect(jsonPath("$.components.schemas.OrderView.required").value(not(hasItem("paidAt"))))
                .andExpect(jsonPath("$.components.schemas.Problem.required").value(hasItem("type")))
                .andExpect(jsonPath(problem).value("#/components/schemas/Problem"))
                .andExpect(jsonPath("$.paths['/api/v1/events'].post.responses['201']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/events'].post.responses['200']").doesNotExist())
                .andExpect(jsonPath("$.paths['/api/v1/events/{id}'].delete.responses['204']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/public/holds/{holdId}/checkout'].post.responses['409'].description")
                        .value(containsString("hold-expired")))
                .andExpect(jsonPath("$.paths['/api/v1/auth/login'].post.responses['429']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/events'].post.responses['422'].description")
                        .value(containsString("idempotency-key-reused")));
    }

    @Test
    void exposesHealthAndPrometheusMetrics() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
        mvc.perform(get("/actuator/env")).andExpect(status().isUnauthorized());
    }
}
