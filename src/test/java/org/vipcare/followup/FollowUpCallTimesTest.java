package org.vipcare.followup;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.ComplaintData;
import org.vipcare.support.TestClock;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/**
 * Calls respect time (SPEC 8), through the HTTP API with a pinned clock at hours where the UTC and the Shanghai date
 * differ: retries land in the customer's contact window on a working day, a callback the customer asked for is kept
 * exactly and is not a failed try. The days of 2041 used here are declared and removed by the tests themselves.
 */
@QuarkusTest
class FollowUpCallTimesTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Map<String, Object> TEN_TO_EIGHT = Map.of("from", "10:00", "to", "20:00");

    @Inject
    TestClock clock;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    /** A customer with a 10:00-20:00 window and an open call for it; returns the call's path. */
    private static String callFor(Caller agent, Instant due) {
        String customer = TestData.createCustomer(agent, TestData.customerBody(TestData.unique("Window"),
                Map.of("preferredContactWindow", TEN_TO_EIGHT)));
        return agent.request().body(Map.of("customerId", customer, "purpose", "SATISFACTION", "dueAt",
                due.toString())).post("/api/v1/follow-ups").then().statusCode(201).extract().header("Location");
    }

    private static void record(Caller agent, String call, Map<String, Object> attempt, String status, String dueAt) {
        agent.request().body(attempt).post(call + "/attempts").then().statusCode(201)
                .body("followUp.status", equalTo(status), "followUp.dueAt", equalTo(dueAt));
    }

    @Test
    void aMissAtNightIsRetriedAtTheStartOfTheCustomersWindowNotTwoHoursLater() {
        Caller agent = TestData.newUser(Role.AGENT);
        // 18:48 UTC is 02:48 the next day in Shanghai: two hours later would be 04:48 (the reported case)
        clock.pin(shanghai("2041-03-06T02:48"));
        String call = callFor(agent, shanghai("2041-03-06T02:00"));

        record(agent, call, Map.of("outcome", "NO_ANSWER"), "OPEN", shanghai("2041-03-06T10:00").toString());
        // Inside the window the configured two hours hold
        clock.pin(shanghai("2041-03-06T10:05"));
        record(agent, call, Map.of("outcome", "BUSY"), "OPEN", shanghai("2041-03-06T12:05").toString());
        agent.request().get(call).then().statusCode(200).body("attempts", is(2), "failedTries", is(2));
    }

    @Test
    void aRetryOnAHolidayOrAWeekendWaitsForTheNextWorkingDay() {
        Caller agent = TestData.newUser(Role.AGENT);
        Caller supervisor = TestData.as(Role.SUPERVISOR);
        String friday = "/api/v1/calendar/days/2041-03-08";
        String sunday = "/api/v1/calendar/days/2041-03-10";
        try {
            supervisor.request().body(Map.of("kind", "HOLIDAY", "name", "Test holiday")).put(friday).then()
                    .statusCode(201);
            // Thursday 16:30 UTC is Friday 00:30 in Shanghai; Friday is a holiday, then the weekend
            clock.pin(Instant.parse("2041-03-07T16:30:00Z"));
            String call = callFor(agent, Instant.parse("2041-03-07T16:00:00Z"));
            record(agent, call, Map.of("outcome", "NO_ANSWER"), "OPEN", shanghai("2041-03-11T10:00").toString());

            // A make-up working day (调休) on the Sunday is a day to call on
            supervisor.request().body(Map.of("kind", "WORKDAY", "name", "Test make-up day")).put(sunday).then()
                    .statusCode(201);
            record(agent, call, Map.of("outcome", "NO_ANSWER"), "OPEN", shanghai("2041-03-10T10:00").toString());
        } finally {
            supervisor.request().delete(friday);
            supervisor.request().delete(sunday);
        }
    }

    @Test
    void aCallbackTheCustomerAskedForIsKeptExactlyAndIsNotAFailedTry() {
        Caller agent = TestData.newUser(Role.AGENT);
        // 16:00 UTC is midnight in Shanghai
        clock.pin(Instant.parse("2041-03-12T16:00:00Z"));
        String call = callFor(agent, Instant.parse("2041-03-12T16:00:00Z"));

        // The customer asks for 21:30, outside the window they gave: they chose it
        Instant callback = shanghai("2041-03-13T21:30");
        record(agent, call, Map.of("outcome", "NO_TIME", "callbackAt", callback.toString()), "OPEN",
                callback.toString());
        agent.request().get(call).then().body("attempts", is(1), "failedTries", is(0), "maxAttempts", is(3),
                "history[0].callbackAt", equalTo(callback.toString()));

        clock.pin(Instant.parse("2041-03-13T16:10:00Z"));
        String thursdayTen = shanghai("2041-03-14T10:00").toString();
        record(agent, call, Map.of("outcome", "NO_ANSWER"), "OPEN", thursdayTen);
        // The third call is the second failed try: the task stays open
        record(agent, call, Map.of("outcome", "NO_ANSWER"), "OPEN", thursdayTen);
        agent.request().get(call).then().body("attempts", is(3), "failedTries", is(2));

        // The third failed try gives it up, as configured
        agent.request().body(Map.of("outcome", "NO_ANSWER")).post(call + "/attempts").then().statusCode(201)
                .body("followUp.status", equalTo("GAVE_UP"), "followUp.attempts", is(4),
                        "followUp.failedTries", is(3));
        agent.request().body(Map.of("outcome", "NO_ANSWER")).post(call + "/attempts").then().statusCode(409);
    }

    @Test
    void aNoTimeWithoutCallbackCountsAndGoesToTheNextDaysWindow() {
        Caller agent = TestData.newUser(Role.AGENT);
        clock.pin(Instant.parse("2041-03-12T17:00:00Z"));
        String call = callFor(agent, Instant.parse("2041-03-12T17:00:00Z"));
        // 01:00 Wednesday in Shanghai: the next local day is Thursday
        record(agent, call, Map.of("outcome", "NO_TIME"), "OPEN", shanghai("2041-03-14T10:00").toString());
        agent.request().get(call).then().body("failedTries", is(1));
    }

    @Test
    void theVerificationCallOfAComplaintResolvedOnFridayNightIsDueOnMondayInTheWindow() {
        Caller owner = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(owner, TestData.customerBody(TestData.unique("Verified"),
                Map.of("preferredContactWindow", TEN_TO_EIGHT)));
        // Thursday 17:00 UTC is Friday 01:00 in Shanghai; a day later is Saturday 01:00
        clock.pin(Instant.parse("2041-03-14T17:00:00Z"));
        String path = "/api/v1/complaints/" + ComplaintData.createComplaint(owner, customer, Map.of());
        owner.request().body(Map.of()).post(path + "/contact").then().statusCode(200);
        owner.request().body(Map.of("note", "Checked the bill")).post(path + "/progress").then().statusCode(200);
        owner.request().body(Map.of("resolution", "Refunded")).post(path + "/resolve").then().statusCode(200);

        String due = owner.request().queryParam("customerId", customer).queryParam("purpose", "AFTER_COMPLAINT")
                .get("/api/v1/follow-ups").then().statusCode(200).body("total", is(1)).extract()
                .path("items[0].dueAt");
        assertEquals(shanghai("2041-03-18T10:00"), Instant.parse(due));
    }
}
