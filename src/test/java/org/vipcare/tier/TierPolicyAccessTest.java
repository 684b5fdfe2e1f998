package org.vipcare.tier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/** Agents read the tier policy on purpose (it explains a customer's tier), and the document says so. */
@QuarkusTest
class TierPolicyAccessTest {

    @Test
    void agentsReadThePolicyButDoNotChangeIt() {
        Caller agent = TestData.newUser(Role.AGENT);
        agent.request().get("/api/v1/tiers/policy").then().statusCode(200).header("ETag", notNullValue());
        agent.request().header("If-Match", "\"1\"").body(Map.of("windowDays", 365, "watchDropRatio", 0.5,
                "watchSlaMultiplier", 0.75)).put("/api/v1/tiers/policy").then().statusCode(403);
        TestData.newUser(Role.INTEGRATION).request().get("/api/v1/tiers/policy").then().statusCode(403);
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/tiers/policy'.get.description", containsString("Agents read it too"));
    }
}
