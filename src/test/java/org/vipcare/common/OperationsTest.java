package org.vipcare.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void healthChecksIncludeTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void metricsArePrometheusText() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds"));
    }

    @Test
    void openApiDescribesTheContract() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/customers"))
                .body("paths", hasKey("/api/v1/customers/{id}/timeline"))
                .body("paths", hasKey("/api/v1/customers/import"))
                .body("paths", hasKey("/api/v1/consumption-records"))
                .body("paths", hasKey("/api/v1/auth/token"))
                .body("paths", hasKey("/api/v1/audit"))
                .body("paths.'/api/v1/customers'.post.responses", hasKey("400"))
                .body("paths.'/api/v1/customers/{id}'.put.responses", hasKey("412"))
                .body("components.schemas", hasKey("Problem"));
    }
}
