package dev.marquee.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.server.support.OpenApiContract.Exchange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract check itself: it must let documented answers through and name every kind of drift. */
class OpenApiContractTest {

    private static final String DESCRIPTION = """
            {"openapi": "3.1.0", "paths": {
              "/api/v1/things/{id}": {"get": {"responses": {
                "200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                "404": {"description": "Not found", "content": {"application/problem+json": {"schema": {"type": "object"}}}}}},
                "delete": {"responses": {"204": {"description": "No Content"}}}},
              "/api/v1/things/search": {"get": {"responses": {"200": {"description": "OK",
                "content": {"application/json": {"schema": {"type": "array"}}}}}}}},
             "components": {"schemas": {"Thing": {"type": "object", "required": ["id", "note"], "properties": {
                "id": {"type": "string", "format": "uuid"}, "note": {"type": ["string", "null"]}}}}}}
            """;

    private final OpenApiContract.Checker checker = new OpenApiContract.Checker(DESCRIPTION);

    private static final String THING = "/api/v1/things/6f1c2c1e-7d2a-4c55-9a43-0d6a4c1e2b11";

    @Test
    void passesAnswersAsDocumented() {
        assertThat(checker.check(List.of(
                new Exchange("GET", THING, 200, "application/json", "{\"id\":\"6f1c2c1e-7d2a-4c55-9a43-0d6a4c1e2b11\",\"note\":null}"),
                new Exchange("GET", THING, 404, "application/problem+json", "{}"),
                new Exchange("DELETE", THING, 204, "", ""),
                new Exchange("GET", "/api/v1/things/search", 200, "application/json", "[]"),
                new Exchange("PATCH", THING, 405, "application/problem+json", "{}"),
                new Exchange("GET", "/actuator/health", 200, "application/json", "{}")))).isEmpty();
    }

    @Test
    void namesEveryKindOfDrift() {
        List<String> mismatches = checker.check(List.of(
                new Exchange("GET", THING, 500, "application/problem+json", "{}"),
                new Exchange("GET", THING, 200, "*/*", "{}"),
                new Exchange("GET", THING, 200, "application/json", "{\"id\":\"not-a-uuid\",\"note\":null}"),
                new Exchange("GET", THING, 200, "application/json", "{\"id\":\"6f1c2c1e-7d2a-4c55-9a43-0d6a4c1e2b11\"}"),
                new Exchange("DELETE", THING, 204, "application/json", "{}"),
                new Exchange("POST", "/api/v1/things", 201, "application/json", "{}")));
        assertThat(mismatches).hasSize(6).anySatisfy(m -> assertThat(m).contains("GET /api/v1/things/{id} 500: status not documented"))
                .anySatisfy(m -> assertThat(m).contains("content type */* not documented"))
                .anySatisfy(m -> assertThat(m).contains("/id").contains("uuid"))
                .anySatisfy(m -> assertThat(m).contains("note"))
                .anySatisfy(m -> assertThat(m).contains("DELETE /api/v1/things/{id} 204: documents no body"))
                .anySatisfy(m -> assertThat(m).contains("POST /api/v1/things answered 201 but the operation is not documented"));
    }
}
