package org.vipcare.followup;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.TestClock;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;
import org.vipcare.tier.Tier;

/**
 * Call reports against hand-computed data in a March of its own (checked empty first). Calls are recorded through
 * the API with the clock pinned between 16:00 and 24:00 UTC, where the Shanghai day is already the next one; the due
 * times are then set in the database, as a retry moves them.
 * <pre>
 * Wednesday D = 2002-03-13 in Shanghai = [03-12T16:00Z, 03-13T16:00Z)
 * t1 A AFTER_REPAIR    due D 08:30      NO_ANSWER 00:40Z, REACHED 01:00Z (late) satisfaction 5, a lead
 * t2 A AFTER_REPAIR    due D 00:00:00   REACHED 03-12T15:00Z satisfaction 2, suggestion; answered on time
 * t3 A WELCOME         due D 23:59:59   REACHED 02:00Z satisfaction 4; upgraded SILVER->GOLD 03-11T02:00Z (48 h)
 * t5 B AFTER_PURCHASE  due D 10:00      BUSY 02:05Z
 * t6 B AFTER_PURCHASE  due D 11:00      REACHED 02:30Z satisfaction 1, problem; answered late
 * t7 B AFTER_PURCHASE  due D 12:00      cancelled: never counted
 * week only:  t4 A SATISFACTION due D+1 00:00:00, t8 A SATISFACTION due Monday 03-11 00:00:00 (the week's first instant)
 * month only: t9 A SATISFACTION due next Monday 03-18 00:00:00 (the next week's first instant)
 * </pre>
 */
@QuarkusTest
class FollowUpReportTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String PATH = "/api/v1/follow-ups/reports";
    static final LocalDate D = LocalDate.of(2002, 3, 13);

    static Book book;

    record Book(Caller a, Caller b, String t1, String t2, String t3, String t5, String t6) {
    }

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    Caller supervisor;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void layOutTheBook() {
        supervisor = TestData.as(Role.SUPERVISOR);
        if (book == null) {
            for (String period : List.of("DAY", "WEEK", "MONTH")) {
                assertEquals(0, report(supervisor, period, D).getInt("totals.due"),
                        "another test made calls due in March 2002");
            }
            book = makeBook();
        }
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    Book makeBook() {
        Caller a = TestData.newUser(Role.AGENT);
        Caller b = TestData.newUser(Role.AGENT);
        rename(a, "Call A");
        rename(b, "Call B");
        UUID customerA = TestData.newCustomer("Call report A", a.id(), TestData.mobile());
        UUID customerB = TestData.newCustomer("Call report B", b.id(), TestData.mobile());
        TestData.recordTierChange(customerA, Tier.SILVER, Tier.GOLD, "evaluation", 1,
                Instant.parse("2002-03-11T02:00:00Z"));

        String t1 = task(a, customerA, "AFTER_REPAIR");
        attempt(a, t1, "2002-03-13T00:40:00Z", Map.of("outcome", "NO_ANSWER"));
        attempt(a, t1, "2002-03-13T01:00:00Z", Map.of("outcome", "REACHED", "satisfaction", 5,
                "lead", "Wants winter tyres"));
        due(t1, "2002-03-13T08:30:00+08:00");

        String t2 = task(a, customerA, "AFTER_REPAIR");
        String opinion2 = attempt(a, t2, "2002-03-12T15:00:00Z", Map.of("outcome", "REACHED", "satisfaction", 2,
                "answers", "Waited two hours", "suggestion", "Call before the car is ready"));
        answer(a, t2, opinion2, "2002-03-13T01:00:00Z", "The workshop now calls first");
        due(t2, "2002-03-13T00:00:00+08:00");

        String t3 = task(a, customerA, "WELCOME");
        attempt(a, t3, "2002-03-13T02:00:00Z", Map.of("outcome", "REACHED", "satisfaction", 4));
        due(t3, "2002-03-13T23:59:59+08:00");

        String t5 = task(b, customerB, "AFTER_PURCHASE");
        attempt(b, t5, "2002-03-13T02:05:00Z", Map.of("outcome", "BUSY"));
        due(t5, "2002-03-13T10:00:00+08:00");

        String t6 = task(b, customerB, "AFTER_PURCHASE");
        String opinion6 = attempt(b, t6, "2002-03-13T02:30:00Z", Map.of("outcome", "REACHED", "satisfaction", 1,
                "problem", "The bill was wrong"));
        answer(b, t6, opinion6, "2002-03-20T02:00:00Z", "Refunded the difference");
        due(t6, "2002-03-13T11:00:00+08:00");

        String t7 = task(b, customerB, "AFTER_PURCHASE");
        due(t7, "2002-03-13T12:00:00+08:00");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update follow_up set status = 'CANCELLED' where id = ?1").setParameter(1, UUID.fromString(t7))
                .executeUpdate());

        due(task(a, customerA, "SATISFACTION"), "2002-03-14T00:00:00+08:00");
        due(task(a, customerA, "SATISFACTION"), "2002-03-11T00:00:00+08:00");
        due(task(a, customerA, "SATISFACTION"), "2002-03-18T00:00:00+08:00");
        clock.reset();
        return new Book(a, b, t1, t2, t3, t5, t6);
    }

    @Test
    void theDayIsTheShanghaiDayWithItsEdges() {
        JsonPath r = report(supervisor, "DAY", D);
        assertEquals("DAY", r.getString("period"));
        assertEquals(OffsetDateTime.parse("2002-03-13T00:00:00+08:00"), OffsetDateTime.parse(r.getString("from")));
        assertEquals(OffsetDateTime.parse("2002-03-14T00:00:00+08:00"), OffsetDateTime.parse(r.getString("to")));
        assertEquals(figures(5, 5, 6, 4, 0.8f, 3, 0.6f, 1, 1, 3.0f, 4, 2, 1, 2, 1, 0.5f), r.getMap("totals"));
        // in the order of the purposes (FollowUpPurpose)
        assertEquals(List.of("AFTER_REPAIR", "AFTER_PURCHASE", "WELCOME"), r.getList("byPurpose.purpose"));
        assertEquals(figures(2, 2, 3, 2, 1.0f, 1, 0.5f, 0, 0, 3.5f, 2, 1, 1, 1, 1, 1.0f),
                r.getMap("byPurpose[0].figures"));
        assertEquals(figures(2, 2, 2, 1, 0.5f, 1, 0.5f, 0, 0, 1.0f, 1, 1, 0, 1, 0, 0.0f),
                r.getMap("byPurpose[1].figures"));
        assertEquals(figures(1, 1, 1, 1, 1.0f, 1, 1.0f, 1, 1, 4.0f, 1, 0, 0, 0, 0, null),
                r.getMap("byPurpose[2].figures"));
        assertEquals(List.of(book.a().id().toString(), book.b().id().toString()), r.getList("byAgent.userId"));
        assertEquals(List.of("Call A", "Call B"), r.getList("byAgent.displayName"));
        assertEquals(figures(3, 3, 4, 3, 1.0f, 2, 0.6667f, 1, 1, 3.67f, 3, 1, 1, 1, 1, 1.0f),
                r.getMap("byAgent[0].figures"));
        assertEquals(figures(2, 2, 2, 1, 0.5f, 1, 0.5f, 0, 0, 1.0f, 1, 1, 0, 1, 0, 0.0f),
                r.getMap("byAgent[1].figures"));

        assertEquals(List.of(book.t2(), book.t6()), r.getList("dissatisfied.followUpId"));
        Map<String, Object> t2 = r.getMap("dissatisfied[0]");
        assertEquals(2, t2.get("satisfaction"));
        assertEquals("Waited two hours", t2.get("answers"));
        assertEquals("Call before the car is ready", t2.get("suggestion"));
        assertEquals("The workshop now calls first", t2.get("answer"));
        assertEquals("Call A", t2.get("assigneeName"));
        assertEquals("AFTER_REPAIR", t2.get("purpose"));
        assertEquals("The bill was wrong", r.getString("dissatisfied[1].problem"));
        assertEquals("Refunded the difference", r.getString("dissatisfied[1].answer"));
    }

    @Test
    void theWeekRunsFromMondayToSundayInShanghaiAndTheMonthHoldsBoth() {
        JsonPath week = report(supervisor, "WEEK", D.plusDays(4));
        assertEquals(OffsetDateTime.parse("2002-03-11T00:00:00+08:00"), OffsetDateTime.parse(week.getString("from")));
        // t4 and t8 (the week's first instant) join the day's five; t9 (the next week's first instant) does not
        assertEquals(figures(7, 5, 6, 4, 0.8f, 3, 0.4286f, 1, 1, 3.0f, 4, 2, 1, 2, 1, 0.5f), week.getMap("totals"));
        assertEquals(List.of("AFTER_REPAIR", "AFTER_PURCHASE", "SATISFACTION", "WELCOME"),
                week.getList("byPurpose.purpose"));
        JsonPath month = report(supervisor, "MONTH", D);
        assertEquals(OffsetDateTime.parse("2002-04-01T00:00:00+08:00"), OffsetDateTime.parse(month.getString("to")));
        assertEquals(8, month.getInt("totals.due"));
        // Tuesday holds nothing (its UTC day would hold t2), Monday t8 (its UTC day begins 8 hours later)
        assertEquals(0, report(supervisor, "DAY", D.minusDays(1)).getInt("totals.due"));
        assertEquals(1, report(supervisor, "DAY", D.minusDays(2)).getInt("totals.due"));
    }

    @Test
    void anAgentSeesItsOwnFiguresOnly() {
        JsonPath own = book.b().request().queryParam("period", "DAY").queryParam("date", D.toString())
                .queryParam("assigneeId", book.a().id().toString()).get(PATH).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(book.b().id().toString(), own.getString("assigneeId"));
        assertEquals(2, own.getInt("totals.due"));
        assertEquals(List.of(book.b().id().toString()), own.getList("byAgent.userId"));
        assertEquals(List.of(book.t6()), own.getList("dissatisfied.followUpId"));
        assertEquals(List.of("AFTER_PURCHASE"), own.getList("byPurpose.purpose"));
        // a supervisor narrows the report to one agent
        JsonPath a = supervisor.request().queryParam("period", "DAY").queryParam("date", D.toString())
                .queryParam("assigneeId", book.a().id().toString()).get(PATH).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(3, a.getInt("totals.due"));
        assertEquals(List.of(book.t2()), a.getList("dissatisfied.followUpId"));
    }

    @Test
    void aBadPeriodOrDateIsAProblem() {
        supervisor.request().queryParam("period", "YEAR").get(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("period"));
        supervisor.request().get(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("period"));
        supervisor.request().queryParam("period", "DAY").queryParam("date", "2002-13-01").get(PATH).then()
                .statusCode(400).contentType("application/problem+json").body("violations.field", contains("date"));
        supervisor.request().queryParam("period", "DAY").queryParam("assigneeId", "nobody").get(PATH).then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("assigneeId"));
        TestData.as(Role.INTEGRATION).request().queryParam("period", "DAY").get(PATH).then().statusCode(403);
    }

    /** The literal path wins over /follow-ups/{id}, and today is the default day. */
    @Test
    void reportsIsNotAnId() {
        supervisor.request().queryParam("period", "DAY").get(PATH).then().statusCode(200)
                .body("period", equalTo("DAY"), "zone", equalTo("Asia/Shanghai"));
    }

    @Test
    void csvWithAcceptTextCsvIsAuditedAndHoldsTheSameFigures() {
        long audits = audits(supervisor.username());
        String csv = supervisor.request().accept("text/csv").queryParam("period", "DAY")
                .queryParam("date", D.toString()).get(PATH).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("calls-day-2002-03-13.csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals(String.join(",", FollowUpReportCsv.HEADER), lines.get(0));
        assertEquals("period,DAY,2002-03-13", lines.get(1));
        assertTrue(lines.contains("total,,,5,5,6,4,0.8000,3,0.6000,1,1,3.00,4,2,1,2,1,0.5000"), csv);
        assertTrue(lines.contains("purpose,WELCOME,,1,1,1,1,1.0000,1,1.0000,1,1,4.00,1,0,0,0,0,"), csv);
        assertTrue(lines.contains("agent," + book.b().id() + ",Call B,2,2,2,1,0.5000,1,0.5000,0,0,1.00,1,1,0,1,0,"
                + "0.0000"), csv);
        assertTrue(lines.contains(String.join(",", FollowUpReportCsv.DISSATISFIED_HEADER)), csv);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("dissatisfied," + book.t6() + ",")
                && l.contains("The bill was wrong") && l.contains("Refunded the difference")), csv);
        assertEquals(audits + 1, audits(supervisor.username()));
        // JSON stays the default
        supervisor.request().queryParam("period", "DAY").queryParam("date", D.toString()).get(PATH).then()
                .statusCode(200).contentType(startsWith("application/json")).body("totals.due", is(5),
                        "assigneeId", nullValue(), "byAgent.displayName", hasItem("Call A"));
    }

    // ------------------------------------------------------------------ helpers

    JsonPath report(Caller caller, String period, LocalDate date) {
        return caller.request().queryParam("period", period).queryParam("date", date.toString()).get(PATH).then()
                .statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> figures(long due, long done, long calls, long reached, Float reachRate, long onTime,
            Float onTimeRate, long welcome, long welcomeInTime, Float average, long answers, long dissatisfied,
            long leads, long opinions, long opinionsOnTime, Float opinionsRate) {
        Map<String, Object> f = new HashMap<>();
        f.put("due", (int) due);
        f.put("done", (int) done);
        f.put("calls", (int) calls);
        f.put("reached", (int) reached);
        f.put("reachRate", reachRate);
        f.put("onTime", (int) onTime);
        f.put("onTimeRate", onTimeRate);
        f.put("welcome", (int) welcome);
        f.put("welcomeInTime", (int) welcomeInTime);
        f.put("averageSatisfaction", average);
        f.put("satisfactionAnswers", (int) answers);
        f.put("dissatisfied", (int) dissatisfied);
        f.put("leads", (int) leads);
        f.put("opinions", (int) opinions);
        f.put("opinionsOnTime", (int) opinionsOnTime);
        f.put("opinionsOnTimeRate", opinionsRate);
        return f;
    }

    String task(Caller agent, UUID customer, String purpose) {
        clock.reset();
        return agent.request().body(Map.of("customerId", customer.toString(), "purpose", purpose,
                "dueAt", "2002-03-13T04:00:00Z")).post("/api/v1/follow-ups").then().statusCode(201)
                .extract().path("id");
    }

    /** Records a call at {@code at}; the attempt's id. */
    String attempt(Caller agent, String task, String at, Map<String, Object> body) {
        clock.pin(Instant.parse(at));
        return agent.request().body(body).post("/api/v1/follow-ups/" + task + "/attempts").then().statusCode(201)
                .extract().path("attempt.id");
    }

    void answer(Caller agent, String task, String attempt, String at, String answer) {
        clock.pin(Instant.parse(at));
        agent.request().body(Map.of("answer", answer))
                .post("/api/v1/follow-ups/" + task + "/attempts/" + attempt + "/answer").then().statusCode(200);
    }

    void due(String task, String at) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update follow_up set due_at = ?1 where id = ?2")
                .setParameter(1, OffsetDateTime.parse(at).toInstant()).setParameter(2, UUID.fromString(task))
                .executeUpdate());
    }

    void rename(Caller user, String displayName) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update app_user set display_name = ?1 where id = ?2").setParameter(1, displayName)
                .setParameter(2, user.id()).executeUpdate());
    }

    long audits(String actor) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_entry where actor = ?1 and action = 'EXPORT'").setParameter(1, actor)
                .getSingleResult()).longValue());
    }
}
