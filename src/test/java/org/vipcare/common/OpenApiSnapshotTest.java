package org.vipcare.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The published OpenAPI document is a reviewed file, {@code docs/openapi.yaml}: a change to the contract shows in the
 * review as a change to that file. When the service's document differs, the test writes it to
 * {@code target/openapi.yaml} and fails; {@code -Dopenapi.update=true} writes it over the reviewed file instead.
 */
@QuarkusTest
class OpenApiSnapshotTest {

    private static final Path REVIEWED = Path.of("docs", "openapi.yaml");
    private static final Path SERVED = Path.of("target", "openapi.yaml");

    @Test
    void theServedDocumentIsTheReviewedOne() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(REVIEWED, served);
        }
        String reviewed = Files.exists(REVIEWED) ? Files.readString(REVIEWED) : "";
        if (!served.equals(reviewed)) {
            Files.writeString(SERVED, served);
        }
        assertEquals(reviewed, served, "The OpenAPI document changed: review " + SERVED + " and copy it to " + REVIEWED
                + " (or run this test with -Dopenapi.update=true)");
    }
}
