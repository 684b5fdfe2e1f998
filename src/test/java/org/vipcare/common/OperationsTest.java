package org.vipcare.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URL;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    private String managementPort() {
        return management.getProtocol() + "://" + management.getHost() + ":" + management.getPort();
    }

    @Test
    void healthChecksIncludeTheDatabaseOnTheManagementPort() {
        given().get(managementPort() + "/q/health/live").then().statusCode(200)
                .body("status", equalTo("UP"));
        given().get(managementPort() + "/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP")).body("checks.name", hasItem("database"));
    }

    @Test
    void metricsArePrometheusTextOnTheManagementPort() {
        given().get("/api/v1/users/me").then().statusCode(401); // a request on the public port, to be counted
        given().get(managementPort() + "/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds"));
    }

    /** The public port (the one the ingress routes to) answers none of the operations endpoints. */
    @Test
    void thePublicPortServesNoHealthDetailsNorMetrics() {
        for (String path : new String[] { "/q/metrics", "/q/health", "/q/health/ready", "/q/health/live",
                "/q/health/started" }) {
            given().get(path).then().statusCode(404).body(not(containsString("Database connections")))
                    .body(not(containsString("jvm_")));
        }
        assertNotEquals(RestAssured.port, management.getPort());
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
