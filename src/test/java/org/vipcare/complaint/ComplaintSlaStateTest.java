package org.vipcare.complaint;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.ComplaintData;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/** The amber warning at 75 % of a running clock, the per-clock SLA states and the slaState filter. */
@QuarkusTest
class ComplaintSlaStateTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aClockTurnsAmberAtThreeQuartersThenBreachedAndTheListFiltersOnIt() {
        Caller agent = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(agent, TestData.customerBody("Amber"));
        Instant now = TestData.now();
        // ORDINARY, wall-clock time: contact due 2 h after receipt, amber after 90 minutes.
        String fresh = ComplaintData.createComplaint(agent, customer,
                Map.of("receivedAt", now.minus(Duration.ofMinutes(10)).toString()));
        JsonPath amber = agent.request().body(ComplaintData.complaintBody(customer,
                Map.of("receivedAt", now.minus(Duration.ofMinutes(100)).toString()))).post("/api/v1/complaints")
                .then().statusCode(201)
                .body("contactSla", equalTo("WARNING"), "feedbackSla", equalTo("ON_TRACK"),
                        "slaState", equalTo("WARNING"))
                .extract().jsonPath();
        String warned = amber.getString("id");
        assertEquals(now.minus(Duration.ofMinutes(100)).plus(Duration.ofMinutes(90)),
                Instant.parse(amber.getString("contactWarnAt")));
        assertEquals(now.minus(Duration.ofMinutes(100)).plus(Duration.ofHours(54)),
                Instant.parse(amber.getString("feedbackWarnAt")));
        String late = ComplaintData.createComplaint(agent, customer,
                Map.of("receivedAt", now.minus(Duration.ofHours(3)).toString()));
        String met = ComplaintData.createComplaint(agent, customer,
                Map.of("receivedAt", now.minus(Duration.ofMinutes(30)).toString()));
        agent.request().body(Map.of()).post("/api/v1/complaints/" + met + "/contact").then().statusCode(200)
                .body("contactSla", equalTo("MET"), "feedbackSla", equalTo("ON_TRACK"), "slaState",
                        equalTo("ON_TRACK"));

        agent.request().get("/api/v1/complaints/" + fresh).then()
                .body("contactSla", equalTo("ON_TRACK"), "slaState", equalTo("ON_TRACK"));
        // Past due and not yet marked by the breach detector: already BREACHED, not escalated yet.
        agent.request().get("/api/v1/complaints/" + late).then()
                .body("contactSla", equalTo("BREACHED"), "slaState", equalTo("BREACHED"), "escalated",
                        equalTo(false));

        agent.request().queryParam("customerId", customer).queryParam("slaState", "WARNING")
                .get("/api/v1/complaints").then().statusCode(200).body("items.id", contains(warned));
        agent.request().queryParam("customerId", customer).queryParam("slaState", "BREACHED")
                .get("/api/v1/complaints").then().body("items.id", contains(late));
        agent.request().queryParam("customerId", customer).queryParam("slaState", "ON_TRACK")
                .get("/api/v1/complaints").then().body("items.id", containsInAnyOrder(fresh, met));
        agent.request().queryParam("customerId", customer).queryParam("slaState", "MET")
                .get("/api/v1/complaints").then().body("items", empty());
        agent.request().queryParam("slaState", "RED").get("/api/v1/complaints").then().statusCode(400)
                .body("violations.field", contains("slaState"));

        // A late contact stays BREACHED; feedback given in time is MET; the complaint stays BREACHED (sticky).
        agent.request().body(Map.of()).post("/api/v1/complaints/" + late + "/contact").then().statusCode(200)
                .body("contactSla", equalTo("BREACHED"), "contactOnTime", equalTo(false));
        agent.request().body(Map.of("note", "Refund on its way", "feedbackGiven", true))
                .post("/api/v1/complaints/" + late + "/progress").then().statusCode(200)
                .body("feedbackSla", equalTo("MET"), "slaState", equalTo("BREACHED"));
        agent.request().queryParam("customerId", customer).queryParam("slaState", "BREACHED")
                .get("/api/v1/complaints").then().body("items.id", contains(late));
    }
}
