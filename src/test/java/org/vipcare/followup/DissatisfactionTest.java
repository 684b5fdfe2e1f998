package org.vipcare.followup;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.calendar.BusinessCalendars;
import org.vipcare.security.Role;
import org.vipcare.support.ComplaintData;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/**
 * Dissatisfaction (SPEC 8): a reached call with satisfaction 2 or less opens an opinion to answer in 2 working days,
 * even without a word; on a verification call it keeps the complaint from closing and sends it back to IN_PROGRESS.
 * And a call's duration.
 */
@QuarkusTest
class DissatisfactionTest {

    @Inject
    BusinessCalendars calendars;

    @Inject
    EntityManager em;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aDissatisfiedVerificationCallSendsTheComplaintBackToWorkUntilANewCallFindsItHolds() {
        Caller owner = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(owner, TestData.customerBody(TestData.unique("Unhappy")));
        String id = ComplaintData.createComplaint(owner, customer, Map.of());
        String path = "/api/v1/complaints/" + id;
        owner.request().body(Map.of()).post(path + "/contact").then().statusCode(200);
        owner.request().body(Map.of("note", "Refund asked", "feedbackGiven", true)).post(path + "/progress").then()
                .statusCode(200);
        owner.request().body(Map.of("resolution", "Refunded")).post(path + "/resolve").then().statusCode(200);
        String first = verificationCall(owner, id);

        JsonPath recorded = owner.request().body(Map.of("outcome", "REACHED", "satisfaction", 2))
                .post("/api/v1/follow-ups/" + first + "/attempts").then().statusCode(201)
                .body("followUp.status", equalTo("DONE")).extract().jsonPath();
        owner.request().get(path).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"), "allowedMoves", contains("IN_PROGRESS", "RESOLVED"));
        owner.request().get(path + "/events").then().statusCode(200)
                .body("kind[-1]", equalTo("NOT_VERIFIED"), "fromStatus[-1]", equalTo("RESOLVED"),
                        "toStatus[-1]", equalTo("IN_PROGRESS"), "actorId[-1]", equalTo(owner.id().toString()));
        owner.request().post(path + "/close").then().statusCode(409);
        assertEquals(List.of("IN_PROGRESS|false"), sql("select status || '|' || (verified_at is not null)"
                + " from complaint where id = ?1", id));
        // The dissatisfaction is an opinion too, answered in 2 working days
        Instant at = Instant.parse(recorded.getString("attempt.at"));
        Instant due = QuarkusTransaction.requiringNew().call(() -> calendars.current().plusWorkingDays(at, 2));
        assertEquals(due.toString(), recorded.getString("attempt.answerDueAt"));
        owner.request().queryParam("customerId", customer).get("/api/v1/follow-ups/opinions").then().statusCode(200)
                .body("total", is(1), "items[0].followUpId", equalTo(first), "items[0].purpose",
                        equalTo("AFTER_COMPLAINT"), "items[0].answerDueAt", equalTo(due.toString()));
        owner.request().queryParam("size", 50).get("/api/v1/customers/" + customer + "/timeline").then()
                .statusCode(200).body("items.summary", hasItem("NOT_VERIFIED RESOLVED -> IN_PROGRESS"));

        // Resolved again: a new verification call; a satisfied customer lets it close
        owner.request().body(Map.of("resolution", "Refunded again, with an apology")).post(path + "/resolve").then()
                .statusCode(200).body("status", equalTo("RESOLVED"));
        String second = verificationCall(owner, id);
        assertNotEquals(first, second);
        owner.request().post(path + "/close").then().statusCode(409);
        owner.request().body(Map.of("outcome", "REACHED", "satisfaction", 4))
                .post("/api/v1/follow-ups/" + second + "/attempts").then().statusCode(201)
                .body("attempt.answerDueAt", nullValue());
        owner.request().post(path + "/close").then().statusCode(200).body("status", equalTo("CLOSED"));
        assertEquals(2, TestData.count("follow_up", "complaint_id", id));
    }

    @Test
    void aLowScoreWithoutAWordIsAnOpinionAndACallRecordsItsDuration() {
        Caller agent = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(agent, TestData.customerBody(TestData.unique("Terse")));
        String low = task(agent, customer);
        String fine = task(agent, customer);

        agent.request().body(Map.of("outcome", "REACHED", "satisfaction", 3, "durationMinutes", 601))
                .post("/api/v1/follow-ups/" + fine + "/attempts").then().statusCode(400)
                .body("violations.field", contains("durationMinutes"));
        agent.request().body(Map.of("outcome", "REACHED", "durationMinutes", -1))
                .post("/api/v1/follow-ups/" + fine + "/attempts").then().statusCode(400)
                .body("violations.field", contains("durationMinutes"));
        assertEquals(0, TestData.count("follow_up_attempt", "follow_up_id", fine));

        String attempt = agent.request().body(Map.of("outcome", "REACHED", "satisfaction", 2, "durationMinutes", 0))
                .post("/api/v1/follow-ups/" + low + "/attempts").then().statusCode(201)
                .body("attempt.durationMinutes", is(0)).extract().path("attempt.id");
        agent.request().body(Map.of("outcome", "REACHED", "satisfaction", 3, "durationMinutes", 600))
                .post("/api/v1/follow-ups/" + fine + "/attempts").then().statusCode(201)
                .body("attempt.durationMinutes", is(600), "attempt.answerDueAt", nullValue());
        agent.request().get("/api/v1/follow-ups/" + fine).then().statusCode(200)
                .body("history[0].durationMinutes", is(600));
        assertEquals(List.of("600"), sql("select cast(duration_minutes as text) from follow_up_attempt"
                + " where follow_up_id = ?1", fine));

        agent.request().queryParam("customerId", customer).queryParam("answered", "false")
                .get("/api/v1/follow-ups/opinions").then().statusCode(200)
                .body("total", is(1), "items[0].attemptId", equalTo(attempt), "items[0].suggestion", nullValue(),
                        "items[0].problem", nullValue());
        agent.request().body(Map.of("answer", "Called back; the technician comes on Monday"))
                .post("/api/v1/follow-ups/" + low + "/attempts/" + attempt + "/answer").then().statusCode(200);
        agent.request().queryParam("customerId", customer).queryParam("answered", "false")
                .get("/api/v1/follow-ups/opinions").then().body("total", is(0));
    }

    private static String task(Caller agent, String customer) {
        return agent.request().body(Map.of("customerId", customer, "purpose", "AFTER_REPAIR", "dueAt",
                TestData.now().toString())).post("/api/v1/follow-ups").then().statusCode(201).extract().path("id");
    }

    private static String verificationCall(Caller owner, String complaint) {
        return owner.request().queryParam("complaintId", complaint).queryParam("status", "OPEN")
                .get("/api/v1/follow-ups").then().statusCode(200).body("total", is(1),
                        "items[0].purpose", equalTo("AFTER_COMPLAINT")).extract().path("items[0].id");
    }

    @SuppressWarnings("unchecked")
    private List<String> sql(String query, String id) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(query)
                .setParameter(1, UUID.fromString(id)).getResultList());
    }
}
