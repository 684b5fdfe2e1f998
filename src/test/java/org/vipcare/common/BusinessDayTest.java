package org.vipcare.common;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.customer.Customer;
import org.vipcare.security.Role;
import org.vipcare.support.ComplaintData;
import org.vipcare.support.TestClock;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/**
 * Dates through the API are days in the business zone (Asia/Shanghai in tests). At 17:30 UTC it is already 01:30 the
 * next day there, which is when a date judged in UTC goes wrong.
 */
@QuarkusTest
class BusinessDayTest {

    @Inject
    TestClock clock;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void aJoinDateDefaultedToTheBusinessDayIsAcceptedBackWhileUtcIsStillOnTheDayBefore() {
        Caller agent = TestData.newUser(Role.AGENT);
        Caller integration = TestData.as(Role.INTEGRATION);
        String businessDay = pinAtHalfPastFiveUtc().toString();

        String mobile = TestData.mobile();
        Map<String, Object> body = TestData.customerBody("Night Owl", Map.of("phones", Map.of("mobile", mobile)));
        body.remove("joinedAt");
        String id = TestData.createCustomer(agent, body);

        ExtractableResponse<Response> read = agent.request().get("/api/v1/customers/" + id)
                .then().statusCode(200).body("joinedAt", equalTo(businessDay)).extract();
        Map<String, Object> echoed = new HashMap<>(body);
        echoed.put("joinedAt", read.path("joinedAt"));
        echoed.put("name", "Night Owl Renamed");
        agent.request().header("If-Match", read.header("ETag")).body(echoed).put("/api/v1/customers/" + id)
                .then().statusCode(200).body("name", equalTo("Night Owl Renamed"), "joinedAt", equalTo(businessDay));

        String imported = TestData.unique("CSV");
        String csv = "externalRef,name,type,mobile\n"
                + imported + ",Night Import,INDIVIDUAL," + TestData.mobile() + "\n"
                + body.get("externalRef") + ",Night Owl Renamed,INDIVIDUAL," + mobile + "\n";
        integration.request().contentType("text/csv").body(csv).post("/api/v1/customers/import")
                .then().statusCode(200).body("created", is(1), "updated", is(1), "rejected.size()", is(0));
        integration.request().contentType("text/csv").body(csv).post("/api/v1/customers/import")
                .then().statusCode(200).body("created", is(0), "updated", is(2), "rejected.size()", is(0));

        assertEquals(LocalDate.parse(businessDay), QuarkusTransaction.requiringNew()
                .call(() -> Customer.findLiveByExternalRef(imported).orElseThrow().joinedAt));
    }

    @Test
    void aReportWithoutDateCoversTheBusinessDay() {
        Caller supervisor = TestData.as(Role.SUPERVISOR);
        LocalDate businessDay = pinAtHalfPastFiveUtc();
        supervisor.request().queryParam("period", "WEEK").get("/api/v1/complaints/reports")
                .then().statusCode(200).body("date", equalTo(businessDay.toString()));
    }

    @Test
    void aPlainDateFilterStartsAtMidnightInTheBusinessZone() {
        Caller agent = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(agent, TestData.customerBody("Early Caller"));
        // 01:00 on the 24th in Shanghai, still the 23rd in UTC
        String complaint = ComplaintData.createComplaint(agent, customer, Map.of("receivedAt", "2026-11-23T17:00:00Z"));
        agent.request().queryParam("customerId", customer).queryParam("from", "2026-11-24")
                .get("/api/v1/complaints").then().statusCode(200).body("items.id", contains(complaint));
        agent.request().queryParam("customerId", customer).queryParam("to", "2026-11-24")
                .get("/api/v1/complaints").then().statusCode(200).body("items", empty());
    }

    /**
     * Stops the clock at 17:30 UTC today and answers the business day, tomorrow. Today, so that tokens (checked
     * against real time) stay valid and a validator reading the system clock would see the same UTC day.
     */
    private LocalDate pinAtHalfPastFiveUtc() {
        LocalDate utcDay = LocalDate.now(ZoneOffset.UTC);
        clock.pin(utcDay.atTime(LocalTime.of(17, 30)).toInstant(ZoneOffset.UTC));
        return utcDay.plusDays(1);
    }
}
