package org.vipcare.followup;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.TestClock;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/**
 * The daily RENEWAL job. The clock is pinned at 2041-06-03 16:30 UTC, already Tuesday 4 June 00:30 in Shanghai: a
 * contract ending by 3 August (60 days on) gets one call, due at the customer's first contact slot, 09:00 that day.
 */
@QuarkusTest
class RenewalCallsTest {

    @Inject
    RenewalCalls renewals;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anActiveContractEndingWithinSixtyDaysGetsOneCallPerEndDate() {
        Caller agent = TestData.newUser(Role.AGENT);
        String due = TestData.createCustomer(agent, TestData.customerBody(TestData.unique("Renew")));
        String contract = product(agent, due, "CONTRACT", "2041-08-03", "ACTIVE");
        String notYet = product(agent, due, "CONTRACT", "2041-08-04", "ACTIVE");
        String ended = product(agent, due, "CONTRACT", "2041-06-20", "ENDED");
        String service = product(agent, due, "SERVICE", "2041-06-20", "ACTIVE");
        String past = product(agent, due, "CONTRACT", "2041-06-03", "ACTIVE");

        clock.pin(Instant.parse("2041-06-03T16:30:00Z"));
        renewals.create();
        renewals.create();

        assertEquals(1, calls(contract));
        assertEquals(0, calls(notYet));
        assertEquals(0, calls(ended));
        assertEquals(0, calls(service));
        assertEquals(0, calls(past));
        agent.request().queryParam("customerId", due).queryParam("purpose", "RENEWAL").get("/api/v1/follow-ups")
                .then().statusCode(200)
                .body("total", is(1), "items[0].dueAt", equalTo("2041-06-04T01:00:00Z"),
                        "items[0].assigneeId", equalTo(agent.id().toString()), "items[0].status", equalTo("OPEN"),
                        "items[0].purpose", equalTo("RENEWAL"), "items[0].brief", equalTo("RENEWAL"),
                        "items[0].note", containsString("ends on 2041-08-03"));

        // The next day the second contract falls within 60 days; a new end date for the first makes a new call
        clock.pin(Instant.parse("2041-06-04T16:30:00Z"));
        agent.request().header("If-Match", "\"0\"").body(Map.of("kind", "CONTRACT", "name", "Renewed",
                "endsAt", "2041-07-31")).put("/api/v1/customers/" + due + "/products/" + contract).then()
                .statusCode(200);
        renewals.create();
        renewals.create();
        assertEquals(List.of("2041-07-31", "2041-08-03"), endDates(contract));
        assertEquals(1, calls(notYet));
    }

    private static String product(Caller agent, String customer, String kind, String endsAt, String status) {
        return agent.request().body(Map.of("kind", kind, "name", kind + " " + endsAt, "endsAt", endsAt,
                "status", status)).post("/api/v1/customers/" + customer + "/products").then().statusCode(201)
                .extract().path("id");
    }

    private long calls(String product) {
        return endDates(product).size();
    }

    @SuppressWarnings("unchecked")
    private List<String> endDates(String product) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object>) em.createNativeQuery(
                "select product_ends_at from follow_up where product_id = ?1 and purpose = 'RENEWAL'"
                        + " order by product_ends_at").setParameter(1, UUID.fromString(product)).getResultList())
                .stream().map(Object::toString).toList());
    }
}
