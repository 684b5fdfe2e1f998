package org.vipcare.followup;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.calendar.BusinessCalendars;
import org.vipcare.security.Role;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/** Opinions raised in follow-up calls: answer-due in 2 working days, listed oldest due first until answered. */
@QuarkusTest
class FollowUpOpinionTest {

    @Inject
    BusinessCalendars calendars;

    @Inject
    EntityManager em;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aSuggestionIsDueAnAnswerInTwoWorkingDaysAndLeavesTheQueueWhenAnswered() {
        Caller agent = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(agent, TestData.customerBody("Has ideas"));
        String task = task(agent, customer);
        JsonPath raised = attempt(agent, task, Map.of("outcome", "REACHED", "satisfaction", 4,
                "suggestion", "Text me when the car is ready")).extract().jsonPath();
        Instant at = Instant.parse(raised.getString("attempt.at"));
        String attempt = raised.getString("attempt.id");
        Instant expected = QuarkusTransaction.requiringNew().call(() -> calendars.current().plusWorkingDays(at, 2));
        assertEquals(expected, Instant.parse(raised.getString("attempt.answerDueAt")));

        agent.request().queryParam("customerId", customer).queryParam("answered", "false")
                .get("/api/v1/follow-ups/opinions").then().statusCode(200)
                .body("total", is(1), "items[0].attemptId", equalTo(attempt), "items[0].followUpId", equalTo(task),
                        "items[0].suggestion", equalTo("Text me when the car is ready"), "items[0].overdue", is(false),
                        "items[0].assigneeId", equalTo(agent.id().toString()), "items[0].answer", nullValue());
        TestData.newUser(Role.AGENT).request().queryParam("customerId", customer).get("/api/v1/follow-ups/opinions")
                .then().statusCode(200).body("total", is(0));

        String answer = "/api/v1/follow-ups/" + task + "/attempts/" + attempt + "/answer";
        TestData.newUser(Role.AGENT).request().body(Map.of("answer", "No")).post(answer).then().statusCode(403);
        agent.request().body(Map.of("answer", " ")).post(answer).then().statusCode(400)
                .body("violations.field", contains("answer"));
        agent.request().body(Map.of("answer", "Yes")).post("/api/v1/follow-ups/" + task + "/attempts/"
                + UUID.randomUUID() + "/answer").then().statusCode(404);
        agent.request().body(Map.of("answer", " From December we text you. ")).post(answer).then().statusCode(200)
                .body("id", equalTo(attempt), "answer", equalTo("From December we text you."),
                        "answeredById", equalTo(agent.id().toString()), "answeredAt", notNullValue());
        agent.request().body(Map.of("answer", "Again")).post(answer).then().statusCode(409);

        agent.request().queryParam("customerId", customer).queryParam("answered", "false")
                .get("/api/v1/follow-ups/opinions").then().body("items", empty());
        agent.request().queryParam("customerId", customer).queryParam("answered", "true")
                .get("/api/v1/follow-ups/opinions").then()
                .body("items.attemptId", contains(attempt), "items[0].answer", equalTo("From December we text you."));
        agent.request().get("/api/v1/follow-ups/" + task).then()
                .body("history[0].answer", equalTo("From December we text you."));
    }

    @Test
    void onlyOpinionsThatOpenedNoComplaintWaitForAnAnswerOldestDueFirst() {
        Caller agent = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(agent, TestData.customerBody("Many opinions"));
        String quiet = task(agent, customer);
        String unreached = attempt(agent, quiet, Map.of("outcome", "NO_ANSWER")).extract().path("attempt.id");
        agent.request().body(Map.of("answer", "?")).post("/api/v1/follow-ups/" + quiet + "/attempts/" + unreached
                + "/answer").then().statusCode(409);
        attempt(agent, quiet, Map.of("outcome", "REACHED", "satisfaction", 5)).body("attempt.answerDueAt", nullValue());

        attempt(agent, task(agent, customer), Map.of("outcome", "REACHED", "problem", "Charged twice",
                "openComplaint", true, "complaint", Map.of("category", "BILLING")))
                .body("attempt.complaintId", notNullValue(), "attempt.answerDueAt", nullValue());

        String later = attempt(agent, task(agent, customer), Map.of("outcome", "REACHED",
                "problem", "The lounge was closed")).body("attempt.answerDueAt", notNullValue())
                .extract().path("attempt.id");
        String overdue = attempt(agent, task(agent, customer), Map.of("outcome", "BUSY",
                "suggestion", "Call after six")).extract().path("attempt.id");
        // Its answer was due 20 hours ago.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update follow_up_attempt set answer_due_at = ?1 where id = ?2")
                .setParameter(1, TestData.now().minus(Duration.ofHours(20)))
                .setParameter(2, UUID.fromString(overdue)).executeUpdate());

        agent.request().queryParam("customerId", customer).queryParam("answered", "false")
                .get("/api/v1/follow-ups/opinions").then().statusCode(200)
                .body("items.attemptId", contains(overdue, later), "items.overdue", contains(true, false));
        TestData.as(Role.SUPERVISOR).request().queryParam("assigneeId", agent.id().toString())
                .get("/api/v1/follow-ups/opinions").then().body("items.attemptId", contains(overdue, later));
        agent.request().queryParam("answered", "perhaps").get("/api/v1/follow-ups/opinions").then().statusCode(400);
        agent.request().queryParam("sort", "answerDueAt,desc").get("/api/v1/follow-ups/opinions").then()
                .statusCode(400);
        TestData.as(Role.INTEGRATION).request().get("/api/v1/follow-ups/opinions").then().statusCode(403);
    }

    private static String task(Caller agent, String customer) {
        return agent.request().body(Map.of("customerId", customer, "purpose", "SATISFACTION",
                "dueAt", Instant.now().toString())).post("/api/v1/follow-ups").then().statusCode(201)
                .extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse attempt(Caller caller, String task,
            Map<String, Object> body) {
        return caller.request().body(body).post("/api/v1/follow-ups/" + task + "/attempts").then().statusCode(201);
    }
}
