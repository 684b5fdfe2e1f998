package org.vipcare.report;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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

/**
 * The manager performance report against a hand-computed book in April 2014 (30 days: Shanghai [03-31T16:00Z,
 * 04-30T16:00Z)), laid out in SQL as the calls, visits, cases and complaints would have left it. The clock is pinned
 * at 18:00 UTC, where the Shanghai day is already the next one.
 * <pre>
 * Alpha's customers now: a1 DIAMOND class A; a2 GOLD WATCH class B; a3 SILVER class C; a4 ORDINARY class D,
 *   enterprise class A; a5 erased (class A; nothing of it counts). Beta's: b1 GOLD class A; b2 ORDINARY class D.
 * Planned (120 h a month, vipcare.tiers.monthly-call-hours default) x 30 / 30: A 48.0 h (2880 min), B 36.0 (2160),
 *   C 24.0 (1440), D 12.0 (720), total 120.0 (7200).
 * Alpha's calls: a1 04-10T02:00Z 30 min REACHED 5; a2 03-31T16:30Z (Shanghai 04-01 00:30) 45 min NO_ANSWER;
 *   a3 04-15T03:00Z 15 min REACHED 3; a1 04-30T16:30Z (Shanghai 05-01) 60 min REACHED 1: May, not April.
 *   Alpha's visits: a1 DONE 04-20 90 min; a1 PLANNED 04-21 100 min (not done); a1 DONE 05-02 (May).
 *   Beta calls Alpha's a3 04-16 20 min REACHED 4 (Beta's time, class C), and b1 04-12 REACHED 2 without a duration.
 * Consumption: a1 VISIT 04-02, SPEND 300.00 04-03; a2 BOTH 200.00 04-04; a3 SPEND 100.00 04-30T16:30Z (May) and
 *   VISIT 03-31T15:59Z (March); a5 (erased) BOTH 1000.00 04-05; b1 SPEND 99.99 04-06.
 * Welcome calls of Alpha: w1 due 04-05 reached an hour early; w2 due 04-06 reached a day late; w3 due 04-30T17:00Z
 *   (May); w4 due 04-08 cancelled; w5 due 04-09 never reached (past due: late).
 * Retention cases of Alpha closed: RETAINED 04-10, LOST 04-11, PARTIAL 04-12, RETAINED 04-30T16:30Z (May); one open.
 * Complaints: Alpha owns k1 (both clocks met), k2 (contact met, feedback breached), k3 (clocks running), k4 (May);
 *   Beta owns k5 (contacted late, breached).
 * </pre>
 */
@QuarkusTest
class ManagerReportTest {

    static final String PATH = "/api/v1/reports/managers";
    static final Instant NOW = Instant.parse("2014-05-10T18:00:00Z");

    static Book book;

    record Book(Caller alpha, Caller beta, UUID a1, UUID a3) {
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
        // tokens are signed at the service's time: sign in before the clock goes back to 2014
        clock.reset();
        supervisor = TestData.as(Role.SUPERVISOR);
        if (book == null) {
            book = makeBook();
        }
        clock.pin(NOW);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    Book makeBook() {
        Caller alpha = TestData.newUser(Role.AGENT);
        Caller beta = TestData.newUser(Role.AGENT);
        rename(alpha, "Perf Alpha " + alpha.username());
        rename(beta, "Perf Beta " + beta.username());
        UUID a1 = customer(alpha, "DIAMOND", false, "A");
        UUID a2 = customer(alpha, "GOLD", true, "B");
        UUID a3 = customer(alpha, "SILVER", false, "C");
        UUID a4 = customer(alpha, "ORDINARY", false, "D");
        sql("update customer set type = 'ENTERPRISE', enterprise_class = 'A' where id = ?1", a4);
        UUID a5 = customer(alpha, "GOLD", false, "A");
        sql("update customer set erased_at = ?1 where id = ?2", ts("2014-04-20T00:00:00Z"), a5);
        UUID b1 = customer(beta, "GOLD", false, "A");
        customer(beta, "ORDINARY", false, "D");

        call(alpha, a1, "2014-04-10T02:00:00Z", "REACHED", 5, 30);
        call(alpha, a2, "2014-03-31T16:30:00Z", "NO_ANSWER", null, 45);
        call(alpha, a3, "2014-04-15T03:00:00Z", "REACHED", 3, 15);
        call(alpha, a1, "2014-04-30T16:30:00Z", "REACHED", 1, 60);
        call(beta, a3, "2014-04-16T03:00:00Z", "REACHED", 4, 20);
        call(beta, b1, "2014-04-12T03:00:00Z", "REACHED", 2, null);
        visit(alpha, a1, "DONE", "2014-04-20T06:00:00Z", 90);
        visit(alpha, a1, "PLANNED", "2014-04-21T06:00:00Z", 100);
        visit(alpha, a1, "DONE", "2014-05-02T06:00:00Z", 50);

        consumption(a1, "VISIT", "0", "2014-04-02T03:00:00Z");
        consumption(a1, "SPEND", "300.00", "2014-04-03T03:00:00Z");
        consumption(a2, "BOTH", "200.00", "2014-04-04T03:00:00Z");
        consumption(a3, "SPEND", "100.00", "2014-04-30T16:30:00Z");
        consumption(a3, "VISIT", "0", "2014-03-31T15:59:00Z");
        consumption(a5, "BOTH", "1000.00", "2014-04-05T03:00:00Z");
        consumption(b1, "SPEND", "99.99", "2014-04-06T03:00:00Z");

        welcome(alpha, a1, "2014-04-05T02:00:00Z", "2014-04-05T01:00:00Z", "DONE");
        welcome(alpha, a2, "2014-04-06T02:00:00Z", "2014-04-07T02:00:00Z", "DONE");
        welcome(alpha, a3, "2014-04-30T17:00:00Z", null, "OPEN");
        welcome(alpha, a4, "2014-04-08T02:00:00Z", null, "CANCELLED");
        welcome(alpha, a1, "2014-04-09T02:00:00Z", null, "OPEN");

        retention(alpha, a1, "RETAINED", "2014-04-10T05:00:00Z");
        retention(alpha, a2, "LOST", "2014-04-11T05:00:00Z");
        retention(alpha, a3, "PARTIAL", "2014-04-12T05:00:00Z");
        retention(alpha, a4, "RETAINED", "2014-04-30T16:30:00Z");
        retention(alpha, a1, null, null);

        complaint(alpha, a1, "2014-04-03T02:00:00Z", true, false, true, false);
        complaint(alpha, a2, "2014-04-04T02:00:00Z", true, false, null, true);
        complaint(alpha, a3, "2014-04-05T02:00:00Z", null, false, null, false);
        complaint(alpha, a3, "2014-04-30T16:30:00Z", true, false, true, false);
        complaint(beta, b1, "2014-04-06T02:00:00Z", false, true, null, false);
        return new Book(alpha, beta, a1, a3);
    }

    @Test
    void everyFigureOfBothManagersInTheShanghaiMonth() {
        JsonPath r = report(supervisor, "2014-04-01", "2014-04-30");
        assertEquals("2014-04-01", r.getString("from"));
        assertEquals("2014-04-30", r.getString("to"));
        assertEquals(30, r.getInt("days"));
        assertEquals(120, r.getInt("monthlyServiceHours"));
        assertEquals("Asia/Shanghai", r.getString("zone"));

        String a = row(r, book.alpha());
        // the book now: a1..a4 (a5 is erased)
        assertEquals(4, r.getInt(a + "book.customers"));
        assertEquals(Map.of("DIAMOND", 1, "GOLD", 1, "SILVER", 1, "ORDINARY", 1), r.getMap(a + "book.byTier"));
        assertEquals(1, r.getInt(a + "book.watch"));
        assertEquals(Map.of("A", 1, "B", 1, "C", 1, "D", 1), r.getMap(a + "book.byValueClass"));
        assertEquals(Map.of("A", 1, "B", 0, "C", 0), r.getMap(a + "book.byEnterpriseClass"));
        // service time: A 30 + 90 (visit) = 120 min = 2.0 h of 2880 min: 0.0417; B 45 min = 0.8 h (0.75 up), 45 / 2160
        // = 0.0208; C 15 min = 0.3 h, 15 / 1440 = 0.0104; D nothing; total 180 min = 3.0 h, 180 / 7200 = 0.0250
        assertEquals(classTime("A", 40, 48.0f, 2.0f, 0.0417f), r.getMap(a + "serviceTime.byValueClass[0]"));
        assertEquals(classTime("B", 30, 36.0f, 0.8f, 0.0208f), r.getMap(a + "serviceTime.byValueClass[1]"));
        assertEquals(classTime("C", 20, 24.0f, 0.3f, 0.0104f), r.getMap(a + "serviceTime.byValueClass[2]"));
        assertEquals(classTime("D", 10, 12.0f, 0.0f, 0.0f), r.getMap(a + "serviceTime.byValueClass[3]"));
        assertEquals(120.0f, r.getFloat(a + "serviceTime.plannedHours"));
        assertEquals(3.0f, r.getFloat(a + "serviceTime.actualHours"));
        assertEquals(0.025f, r.getFloat(a + "serviceTime.ratio"));
        // calls 30 + 45 + 15 = 90 min, the visit 90 min
        assertEquals(1.5f, r.getFloat(a + "serviceTime.callHours"));
        assertEquals(1.5f, r.getFloat(a + "serviceTime.visitHours"));
        // a1 and a2 came back of 4: 0.5; spend 300 + 200 over 2 tickets: 250.00 (a3's May and March records left out)
        assertEquals(Map.of("baseCustomers", 4, "returningCustomers", 2, "returnRate", 0.5f, "spend", 500.0f,
                "tickets", 2, "averageTicket", 250.0f), r.getMap(a + "returns"));
        // w1 on time; w2 reached late, w5 never reached and past due: 1 / 3
        assertEquals(Map.of("due", 3, "onTime", 1, "late", 2, "onTimeRate", 0.3333f), r.getMap(a + "welcome"));
        // (1 retained + 1 partial) / 3 closed
        assertEquals(Map.of("closed", 3, "retained", 1, "partial", 1, "lost", 1, "retentionRate", 0.6667f),
                r.getMap(a + "retention"));
        // contact met on k1, k2 (k3 running): 2 / 2; feedback met on k1, breached on k2: 1 / 2; one breach
        assertEquals(Map.of("received", 3, "contactOnTime", 2, "contactOutcomes", 2, "contactOnTimeRate", 1.0f,
                "feedbackOnTime", 1, "feedbackOutcomes", 2, "feedbackOnTimeRate", 0.5f, "breaches", 1),
                r.getMap(a + "complaints"));
        // (5 + 3) / 2; the 1 of May 1st in Shanghai is May's
        assertEquals(Map.of("average", 4.0f, "answers", 2), r.getMap(a + "satisfaction"));

        String b = row(r, book.beta());
        assertEquals(2, r.getInt(b + "book.customers"));
        assertEquals(Map.of("DIAMOND", 0, "GOLD", 1, "SILVER", 0, "ORDINARY", 1), r.getMap(b + "book.byTier"));
        assertEquals(Map.of("A", 1, "B", 0, "C", 0, "D", 1), r.getMap(b + "book.byValueClass"));
        // Beta's 20 min on Alpha's class-C customer: 0.3 h, 20 / 1440 = 0.0139; 20 / 7200 = 0.0028
        assertEquals(classTime("C", 20, 24.0f, 0.3f, 0.0139f), r.getMap(b + "serviceTime.byValueClass[2]"));
        assertEquals(0.0028f, r.getFloat(b + "serviceTime.ratio"));
        assertEquals(0.0f, r.getFloat(b + "serviceTime.visitHours"));
        // nobody came back of 2; one ticket of 99.99
        assertEquals(Map.of("baseCustomers", 2, "returningCustomers", 0, "returnRate", 0.0f, "spend", 99.99f,
                "tickets", 1, "averageTicket", 99.99f), r.getMap(b + "returns"));
        // nothing to divide by: null, not 0
        assertNull(r.get(b + "welcome.onTimeRate"));
        assertEquals(0, r.getInt(b + "welcome.due"));
        assertNull(r.get(b + "retention.retentionRate"));
        // k5 contacted late: 0 / 1, its feedback clock has no outcome yet
        assertEquals(0.0f, r.getFloat(b + "complaints.contactOnTimeRate"));
        assertNull(r.get(b + "complaints.feedbackOnTimeRate"));
        assertEquals(1, r.getInt(b + "complaints.breaches"));
        // (4 + 2) / 2
        assertEquals(Map.of("average", 3.0f, "answers", 2), r.getMap(b + "satisfaction"));

        // rows by display name; the team row sums them all
        List<String> names = r.getList("managers.displayName");
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.naturalOrder());
        assertEquals(sorted, names);
        assertTrue(names.indexOf("Perf Alpha " + book.alpha().username())
                < names.indexOf("Perf Beta " + book.beta().username()));
        List<Integer> customers = r.getList("managers.book.customers");
        assertEquals(customers.stream().mapToInt(Integer::intValue).sum(), r.getInt("team.book.customers"));
        assertEquals(120.0f * names.size(), r.getFloat("team.serviceTime.plannedHours"), 0.01f);
        assertNull(r.get("team.userId"));
    }

    @Test
    void anAgentSeesItsOwnRowOnlyAndNoTeam() {
        JsonPath own = report(book.alpha(), "2014-04-01", "2014-04-30");
        assertEquals(List.of(book.alpha().id().toString()), own.getList("managers.userId"));
        assertNull(own.get("team"));
        assertEquals(3.0f, own.getFloat("managers[0].serviceTime.actualHours"));
        assertEquals(0.5f, own.getFloat("managers[0].returns.returnRate"));

        // an agent without customers still gets its row, with nothing to divide by
        Caller nobody = signedIn(Role.AGENT, false);
        JsonPath empty = report(nobody, "2014-04-01", "2014-04-30");
        assertEquals(List.of(nobody.id().toString()), empty.getList("managers.userId"));
        assertEquals(0, empty.getInt("managers[0].book.customers"));
        assertNull(empty.get("managers[0].returns.returnRate"));
        assertNull(empty.get("managers[0].returns.averageTicket"));
        assertNull(empty.get("managers[0].satisfaction.average"));
        // planned time is there, none of it spent
        assertEquals(0.0f, empty.getFloat("managers[0].serviceTime.ratio"));
    }

    @Test
    void theDefaultIsTheShanghaiMonthOfToday() {
        // 17:00 UTC on April 30th is 01:00 on May 1st in Shanghai
        clock.pin(Instant.parse("2014-04-30T17:00:00Z"));
        JsonPath may = book.alpha().request().get(PATH).then().statusCode(200).extract().jsonPath();
        assertEquals("2014-05-01", may.getString("from"));
        assertEquals("2014-05-31", may.getString("to"));
        // 120 x 31 / 30 x 40 % = 49.6 h = 2976 min; the call at 00:30 on May 1st (60 min) and the visit of May 2nd
        // (50 min): 110 min = 1.8 h, 110 / 2976 = 0.0370
        assertEquals(classTime("A", 40, 49.6f, 1.8f, 0.037f), may.getMap("managers[0].serviceTime.byValueClass[0]"));
        assertEquals(0.8f, may.getFloat("managers[0].serviceTime.visitHours"));
        assertEquals(1.0f, may.getFloat("managers[0].satisfaction.average"));
        // one bound takes the other's month
        JsonPath half = report(book.alpha(), "2014-04-15", null);
        assertEquals("2014-04-30", half.getString("to"));
        assertEquals(16, half.getInt("days"));
    }

    @Test
    void badPeriodsAreProblems() {
        refused("2014-04-30", "2014-04-01", "to", "managerreport.period.reversed");
        // 2014-01-01 .. 2015-01-02 is 367 days; a leap year's 366 are fine
        refused("2014-01-01", "2015-01-02", "to", "managerreport.period.too-long");
        report(supervisor, "2004-01-01", "2004-12-31");
        refused("2014-04-31", null, "from", "common.not-a-date");
        refused("0000-06-01", null, "from", "common.year-out-of-range");
        supervisor.request().queryParam("format", "xml").get(PATH).then().statusCode(400)
                .body("violations.field", contains("format"));
        signedIn(Role.INTEGRATION, true).request().get(PATH).then().statusCode(403);
        RestAssured.given().get(PATH).then().statusCode(401);
    }

    @Test
    void csvWithAcceptTextCsvHoldsTheSameFiguresAndIsAudited() {
        long audits = audits(supervisor.username());
        String csv = supervisor.request().accept("text/csv").queryParam("from", "2014-04-01")
                .queryParam("to", "2014-04-30").get(PATH).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("managers-2014-04-01-2014-04-30.csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals(String.join(",", ManagerReportCsv.HEADER), lines.get(0));
        assertEquals("period,2014-04-01,2014-04-30,Asia/Shanghai", lines.get(1));
        String alpha = "manager," + book.alpha().id() + ",Perf Alpha " + book.alpha().username() + ","
                + "4,1,1,1,1,1,1,1,1,1,1,0,0,"                          // book
                + "120.0,3.0,0.0250,1.5,1.5,"                            // service time
                + "48.0,2.0,0.0417,36.0,0.8,0.0208,24.0,0.3,0.0104,12.0,0.0,0.0000,"
                + "2,0.5000,500.00,2,250.00,"                            // returns
                + "3,1,2,0.3333,"                                        // welcome
                + "3,1,1,1,0.6667,"                                      // retention
                + "3,2,2,1.0000,1,2,0.5000,1,"                           // complaints
                + "4.00,2";
        assertTrue(lines.contains(alpha), csv);
        assertTrue(lines.get(lines.size() - 1).startsWith("team,,,"), csv);
        assertEquals(audits + 1, audits(supervisor.username()));
        // an agent's file has its row and no team
        String own = book.beta().request().queryParam("format", "csv").queryParam("from", "2014-04-01")
                .queryParam("to", "2014-04-30").get(PATH).then().statusCode(200).extract().asString();
        assertEquals(3, own.lines().count(), own);
        assertTrue(own.lines().toList().get(2).startsWith("manager," + book.beta().id() + ","), own);
    }

    // ------------------------------------------------------------------ helpers

    /** A caller signed in at the real time, the clock pinned again after. */
    Caller signedIn(Role role, boolean shared) {
        clock.reset();
        Caller caller = shared ? TestData.as(role) : TestData.newUser(role);
        clock.pin(NOW);
        return caller;
    }

    JsonPath report(Caller caller, String from, String to) {
        var request = caller.request().queryParam("from", from);
        if (to != null) {
            request = request.queryParam("to", to);
        }
        return request.get(PATH).then().statusCode(200).extract().jsonPath();
    }

    void refused(String from, String to, String field, String code) {
        var request = supervisor.request().queryParam("from", from);
        if (to != null) {
            request = request.queryParam("to", to);
        }
        request.get(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains(field), "violations.code", contains(code));
    }

    /** The JSON path of a manager's row. */
    static String row(JsonPath r, Caller manager) {
        List<String> ids = r.getList("managers.userId");
        int i = ids.indexOf(manager.id().toString());
        assertTrue(i >= 0, "no row for " + manager.username());
        return "managers[" + i + "].";
    }

    static Map<String, Object> classTime(String valueClass, int share, float planned, float actual, Float ratio) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("valueClass", valueClass);
        m.put("sharePercent", share);
        m.put("plannedHours", planned);
        m.put("actualHours", actual);
        m.put("ratio", ratio);
        return m;
    }

    UUID customer(Caller manager, String tier, boolean watch, String valueClass) {
        UUID id = TestData.newCustomer(TestData.unique("Perf customer"), manager.id(), TestData.mobile());
        sql("update customer_standing set tier = ?1, watch = ?2, value_class = ?3 where customer_id = ?4", tier, watch,
                valueClass, id);
        return id;
    }

    /** A call task of the customer's with one call by {@code by} at {@code at}. */
    void call(Caller by, UUID customer, String at, String outcome, Integer satisfaction, Integer minutes) {
        UUID task = task(by, customer, "SATISFACTION", at, outcome.equals("REACHED") ? "DONE" : "OPEN");
        attempt(task, by, at, outcome, satisfaction, minutes);
    }

    UUID task(Caller assignee, UUID customer, String purpose, String dueAt, String status) {
        UUID id = UUID.randomUUID();
        sql("insert into follow_up (id, customer_id, purpose, due_at, assignee_id, status, attempts, max_attempts,"
                + " created_at, updated_at, version) values (?1, ?2, ?3, ?4, ?5, ?6, 0, 3, ?7, ?7, 0)", id, customer,
                purpose, ts(dueAt), assignee.id(), status, ts("2014-03-01T00:00:00Z"));
        return id;
    }

    void attempt(UUID task, Caller by, String at, String outcome, Integer satisfaction, Integer minutes) {
        sql("insert into follow_up_attempt (id, follow_up_id, at, by_user_id, outcome, satisfaction, duration_minutes)"
                + " values (?1, ?2, ?3, ?4, ?5, cast(?6 as smallint), cast(?7 as integer))", UUID.randomUUID(), task,
                ts(at), by.id(), outcome, satisfaction == null ? null : satisfaction.toString(),
                minutes == null ? null : minutes.toString());
        sql("update follow_up set attempts = attempts + 1 where id = ?1", task);
    }

    void welcome(Caller assignee, UUID customer, String dueAt, String reachedAt, String status) {
        UUID task = task(assignee, customer, "WELCOME", dueAt, status);
        if (reachedAt != null) {
            attempt(task, assignee, reachedAt, "REACHED", null, null);
        }
    }

    void visit(Caller manager, UUID customer, String status, String at, int minutes) {
        sql("insert into visit (id, customer_id, manager_id, planned_at, purpose, status, visited_at, duration_minutes,"
                + " created_at, updated_at) values (?1, ?2, ?3, ?4, 'Quarterly review', ?5, ?6, ?7, ?4, ?4)",
                UUID.randomUUID(), customer, manager.id(), ts(at), status, status.equals("DONE") ? ts(at) : null,
                minutes);
    }

    void consumption(UUID customer, String kind, String amount, String at) {
        sql("insert into consumption_record (id, customer_id, occurred_at, amount, kind, created_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?3)", UUID.randomUUID(), customer, ts(at), new BigDecimal(amount),
                kind);
    }

    void retention(Caller manager, UUID customer, String outcome, String closedAt) {
        sql("insert into retention_case (id, customer_id, type, stage, outcome, manager_id, opened_by, source,"
                + " opened_at, closed_at, created_at, updated_at, version)"
                + " values (?1, ?2, 'SERVICE', ?3, ?4, ?5, ?5, 'AGENT', ?6, ?7, ?6, ?6, 0)", UUID.randomUUID(),
                customer,
                outcome == null ? "PROBING" : "CLOSED", outcome, manager.id(), ts("2014-03-20T00:00:00Z"),
                closedAt == null ? null : ts(closedAt));
    }

    /** A complaint owned by {@code owner}; a clock's on-time flag null while it runs. */
    void complaint(Caller owner, UUID customer, String receivedAt, Boolean contactOnTime, boolean contactBreached,
            Boolean feedbackOnTime, boolean feedbackBreached) {
        Timestamp received = ts(receivedAt);
        sql("insert into complaint (id, customer_id, received_at, channel, category, summary, first_receiver_id,"
                + " owner_id, status, sla_multiplier, contact_due_at, contact_warn_at, feedback_due_at,"
                + " feedback_warn_at, contact_on_time, contact_breached, feedback_on_time, feedback_breached,"
                + " created_at, updated_at, version)"
                + " values (?1, ?2, ?3, 'PHONE', 'OTHER', 'Performance report', ?4, ?4, 'IN_PROGRESS', 1, ?3, ?3, ?3,"
                + " ?3, cast(?5 as boolean), ?6, cast(?7 as boolean), ?8, ?3, ?3, 0)", UUID.randomUUID(), customer,
                received, owner.id(), contactOnTime == null ? null : contactOnTime.toString(), contactBreached,
                feedbackOnTime == null ? null : feedbackOnTime.toString(), feedbackBreached);
    }

    void rename(Caller user, String displayName) {
        sql("update app_user set display_name = ?1 where id = ?2", displayName, user.id());
    }

    long audits(String actor) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_entry where actor = ?1 and action = 'EXPORT'").setParameter(1, actor)
                .getSingleResult()).longValue());
    }

    static Timestamp ts(String at) {
        return Timestamp.from(Instant.parse(at));
    }

    void sql(String statement, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            Query query = em.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }
}
