package org.vipcare.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vipcare.support.TestData;

/**
 * Every query parameter the document types with the time-or-date pattern takes both of its examples and refuses
 * anything else with a 400 problem naming it, so a client that checks the pattern and the server agree.
 */
@QuarkusTest
class InstantOrDateParametersTest {

    @Test
    void everyTimeOrDateParameterTakesItsExamplesAndRefusesOtherText() throws IOException {
        JsonNode document = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        List<String> checked = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> {
            JsonNode get = path.getValue().path("get");
            get.path("parameters").forEach(parameter -> {
                JsonNode schema = parameter.path("schema");
                if (!QueryParams.INSTANT_OR_DATE_PATTERN.equals(schema.path("pattern").asText())) {
                    return;
                }
                String name = parameter.path("name").asText();
                assertEquals("query", parameter.path("in").asText(), name);
                assertTrue(!path.getKey().contains("{"), () -> path.getKey() + ": give the test an id to call");
                schema.path("examples").forEach(example -> TestData.admin().request()
                        .queryParam(name, example.asText()).get(path.getKey()).then().statusCode(200));
                for (String refused : List.of("yesterday", "2026-11-24 09:30", "2026-11-24T09:30", "1732440600")) {
                    TestData.admin().request().queryParam(name, refused).get(path.getKey()).then().statusCode(400)
                            .contentType(startsWith("application/problem+json"))
                            .body("violations[0].field", equalTo(name));
                }
                checked.add(path.getKey() + " " + name);
            });
        });
        assertEquals(List.of("/api/v1/audit from", "/api/v1/audit to", "/api/v1/complaints from",
                "/api/v1/complaints to", "/api/v1/follow-ups dueBefore", "/api/v1/retention-cases from",
                "/api/v1/retention-cases to", "/api/v1/retention-cases/stats from", "/api/v1/retention-cases/stats to"),
                checked.stream().sorted().toList());
    }
}
