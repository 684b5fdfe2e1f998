package org.vipcare.report;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
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
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.ComplaintData;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/**
 * Reports against hand-computed data. Other test classes of the run record complaints too, so the book is laid out
 * in a year of its own (checked empty first), by three owners in two departments of their own; received_at and the
 * SLA outcomes are then set in the database, as the API takes neither.
 */
@QuarkusTest
class ComplaintReportTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String PATH = "/api/v1/complaints/reports";

    /** The book, made once for all tests of the class. */
    static Book book;

    record Book(int year, LocalDate weekStart, Caller a, Caller b, Caller c, String alpha, String bravo) {
        LocalDate weekDay() {
            return weekStart.plusDays(2);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    ComplaintReports reports;

    @Inject
    ComplaintRollup rollup;

    Caller admin;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void layOutTheBook() {
        admin = TestData.admin();
        if (book == null) {
            book = makeBook();
        }
    }

    /**
     * The week of March 11th in an empty year:
     * <pre>
     * c1  A  BILLING           Mon 00:00:00  contact on time, feedback on time        satisfaction 5, 5
     * c2  A  STAFF_ERROR       Wed 10:00     contact on time, feedback late           (a SATISFACTION call: 1)
     *                                        names no staff member
     * c3  A  SERVICE_ATTITUDE  Thu 10:00     received by B, handed to A; contact late, feedback missed; about C
     * c4  B  STAFF_ERROR       Sun 23:59:59  contact missed, feedback running; about B
     * c5  B  BILLING           Fri 10:00     contact on time, feedback running        satisfaction 3, no answer,
     *                                        about C                                  reached without a score
     * c6  C  NETWORK           Tue 10:00     contact on time, feedback on time        satisfaction 5 (API), 5, 4
     * outside the week: c7 A BILLING Sunday before 23:59:59 (satisfaction 1), c8 A BILLING Monday after 00:00,
     * c9 B OTHER January 20th, c10 C PRICING April 1st 00:00.
     * </pre>
     */
    Book makeBook() {
        int year = emptyYear();
        LocalDate weekStart = ReportPeriod.WEEK.start(LocalDate.of(year, 3, 11));
        String alpha = TestData.unique("Alpha");
        String bravo = TestData.unique("Bravo");
        Caller a = agent("Report A", alpha);
        Caller b = agent("Report B", bravo);
        Caller c = agent("Report C", bravo);
        String customer = TestData.createCustomer(admin, TestData.customerBody("Report customer"));

        String c1 = complaint(customer, a, "BILLING");
        place(c1, weekStart.atStartOfDay(), true, false, true, false);
        verificationCall(c1, "AFTER_COMPLAINT", 5, 5);

        String c2 = complaint(customer, a, "STAFF_ERROR", null);
        place(c2, weekStart.plusDays(2).atTime(10, 0), true, false, false, true);
        verificationCall(c2, "SATISFACTION", 1);

        String c3 = complaint(customer, b, "SERVICE_ATTITUDE", c);
        admin.request().body(Map.of("toUserId", a.id().toString(), "note", "A takes it"))
                .post("/api/v1/complaints/" + c3 + "/handover").then().statusCode(200);
        place(c3, weekStart.plusDays(3).atTime(10, 0), false, true, null, true);

        String c4 = complaint(customer, b, "STAFF_ERROR", b);
        place(c4, weekStart.plusDays(6).atTime(23, 59, 59), null, true, null, false);

        String c5 = complaint(customer, b, "BILLING", c);
        place(c5, weekStart.plusDays(4).atTime(10, 0), true, false, null, false);
        verificationCall(c5, "AFTER_COMPLAINT", 3, null);
        noAnswer(c5);

        String c6 = complaint(customer, c, "NETWORK");
        resolveAndVerifyThroughTheApi(c6, c, 5);
        place(c6, weekStart.plusDays(1).atTime(10, 0), true, false, true, false);
        verificationCall(c6, "AFTER_COMPLAINT", 5, 4);

        String c7 = complaint(customer, a, "BILLING");
        place(c7, weekStart.minusDays(1).atTime(23, 59, 59), true, false, true, false);
        verificationCall(c7, "AFTER_COMPLAINT", 1);
        place(complaint(customer, a, "BILLING"), weekStart.plusDays(7).atStartOfDay(), true, false, true, false);
        place(complaint(customer, b, "OTHER"), LocalDate.of(year, 1, 20).atTime(12, 0), true, false, true, false);
        place(complaint(customer, c, "PRICING"), LocalDate.of(year, 4, 1).atStartOfDay(), true, false, true, false);
        return new Book(year, weekStart, a, b, c, alpha, bravo);
    }

    @Test
    void weeklyReportCountsTheWeekFromMondayToSundayInShanghai() {
        JsonPath report = admin.request().queryParam("period", "WEEK").queryParam("date", book.weekDay().toString())
                .get(PATH).then().statusCode(200)
                .body("period", equalTo("WEEK"), "date", equalTo(book.weekDay().toString()),
                        "zone", equalTo("Asia/Shanghai"), "total", is(6), "trend", nullValue())
                .extract().jsonPath();
        assertEquals(book.weekStart().atStartOfDay(ZONE).toOffsetDateTime(),
                OffsetDateTime.parse(report.getString("from")));
        assertEquals(book.weekStart().plusDays(7).atStartOfDay(ZONE).toOffsetDateTime(),
                OffsetDateTime.parse(report.getString("to")));

        assertEquals(List.of("STAFF_ERROR=2", "BILLING=2", "SERVICE_ATTITUDE=1", "NETWORK=1"),
                report.<Map<String, Object>>getList("byCategory").stream()
                        .filter(c -> ((Number) c.get("count")).longValue() > 0)
                        .map(c -> c.get("category") + "=" + c.get("count")).toList());
        assertEquals(List.of(Map.of("department", book.alpha(), "count", 3),
                Map.of("department", book.bravo(), "count", 3)), report.getList("byDepartment"));
        assertEquals(List.of(owner(book.a(), book.alpha(), 3, 3), owner(book.b(), book.bravo(), 2, 1),
                owner(book.c(), book.bravo(), 1, 0)), report.getList("byOwner"));
        // by the staff concerned, whatever the category; not by first receiver (B took c3 and c4), c2 names nobody
        assertEquals(List.of(staff(book.c(), book.bravo(), 2), staff(book.b(), book.bravo(), 1)),
                report.getList("topComplainedStaff"));
        assertEquals(List.of(Map.of("userId", book.c().id().toString(), "displayName", "Report C",
                "department", book.bravo(), "averageSatisfaction", 4.67f, "answers", 3)),
                report.getList("praisedStaff"));
        assertEquals(Map.of("contactOnTimeRate", 0.6667f, "feedbackOnTimeRate", 0.5f, "contactBreaches", 2,
                "feedbackBreaches", 2), report.getMap("slaAttainment"));
        assertEquals(4.5f, report.getFloat("averageSatisfaction"));
        assertEquals(6, report.getInt("satisfactionAnswers"));
    }

    @Test
    void quarterAndYearHaveAMonthlyTrendWithEveryMonth() {
        LocalDate february = LocalDate.of(book.year(), 2, 15);
        String y = String.valueOf(book.year());
        TestData.as(Role.SUPERVISOR).request().queryParam("period", "QUARTER").queryParam("date", february.toString())
                .get(PATH).then().statusCode(200)
                .body("total", is(9), "averageSatisfaction", is(4.0f), "satisfactionAnswers", is(7),
                        "trend.month", contains(y + "-01", y + "-02", y + "-03"),
                        "trend.total", contains(1, 0, 8),
                        "trend[0].byCategory.category", contains("OTHER"),
                        "trend[1].byCategory", is(List.of()),
                        "trend[2].byCategory.category", contains("STAFF_ERROR", "SERVICE_ATTITUDE", "BILLING",
                                "NETWORK"),
                        "trend[2].byCategory.count", contains(2, 1, 4, 1));
        admin.request().queryParam("period", "YEAR").queryParam("date", book.year() + "-07-01").get(PATH)
                .then().statusCode(200)
                .body("total", is(10), "trend.size()", is(12), "trend[3].month", equalTo(y + "-04"),
                        "trend[3].byCategory.category", contains("PRICING"));
        admin.request().queryParam("period", "MONTH").queryParam("date", book.year() + "-03-31").get(PATH)
                .then().statusCode(200).body("total", is(8), "trend", nullValue());
    }

    /**
     * Whole months come from the roll-up that triggers keep; the complaints give the same report, figure for figure,
     * for the hand-made book and for everything the other tests left in the database (handovers, moves, breach marks,
     * verification calls), this month, quarter and year included; before the pending differences are merged into the
     * monthly sums and after.
     */
    @Test
    void theRollupGivesTheReportsTheComplaintsGive() {
        assertEquals(0, rollupDifferences("Asia/Shanghai"), "roll-up rows that a rebuild would not make");
        assertRollupReportsAsTheComplaints();
        assertTrue(rollup.merge() >= 0);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select (select count(*) from complaint_month_delta)"
                        + " + (select count(*) from complaint_staff_month_delta)")
                .getSingleResult()).longValue()), "the merge leaves no difference pending");
        assertEquals(0, rollupDifferences("Asia/Shanghai"), "merged roll-up rows that a rebuild would not make");
        assertRollupReportsAsTheComplaints();
        assertEquals(10, QuarkusTransaction.requiringNew().call(() -> reports.report(ReportPeriod.YEAR,
                book.weekDay(), ComplaintReports.Source.ROLLUP)).total());
    }

    void assertRollupReportsAsTheComplaints() {
        LocalDate today = LocalDate.now(ZONE);
        for (LocalDate day : List.of(book.weekDay(), LocalDate.of(book.year(), 1, 20), LocalDate.of(book.year(), 4, 1),
                today, today.minusMonths(1), today.minusYears(1))) {
            for (ReportPeriod period : List.of(ReportPeriod.MONTH, ReportPeriod.QUARTER, ReportPeriod.YEAR)) {
                ComplaintReport fromRollup = QuarkusTransaction.requiringNew()
                        .call(() -> reports.report(period, day, ComplaintReports.Source.ROLLUP));
                ComplaintReport fromComplaints = QuarkusTransaction.requiringNew()
                        .call(() -> reports.report(period, day, ComplaintReports.Source.COMPLAINTS));
                assertEquals(fromComplaints, fromRollup, period + " of " + day);
            }
        }
    }

    /** Another zone rebuilds the roll-up for its months (the service's zone is the one it is built for). */
    @Test
    void anotherZoneRebuildsTheRollup() {
        try {
            assertEquals(true, rollup.rebuildFor(ZoneId.of("UTC")));
            assertEquals(false, rollup.rebuildFor(ZoneId.of("UTC")));
            assertEquals(true, rollup.isIn(ZoneId.of("UTC")));
            assertEquals(false, rollup.isIn(ZONE));
            assertEquals(0, rollupDifferences("UTC"));
            // While the roll-up is in another zone, reports read the complaints.
            admin.request().queryParam("period", "YEAR").queryParam("date", book.weekDay().toString()).get(PATH)
                    .then().statusCode(200).body("total", is(10));
        } finally {
            rollup.rebuildFor(ZONE);
        }
        assertEquals(true, rollup.isIn(ZONE));
        assertEquals(0, rollupDifferences("Asia/Shanghai"));
    }

    /**
     * Rows in which the kept roll-up (sums and pending differences) and one computed afresh from all complaints differ
     * (months in {@code zone}), and emptied rows that still hold figures.
     */
    long rollupDifferences(String zone) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                with fresh as (
                    select date_trunc('month', c.received_at at time zone ?1)::date as month, c.owner_id, c.category,
                           count(*) as complaints, sum(k.contact_outcomes) as contact_outcomes,
                           sum(k.contact_on_time) as contact_on_time, sum(k.contact_breaches) as contact_breaches,
                           sum(k.feedback_outcomes) as feedback_outcomes, sum(k.feedback_on_time) as feedback_on_time,
                           sum(k.feedback_breaches) as feedback_breaches, sum(c.satisfaction_sum) as satisfaction_sum,
                           sum(c.satisfaction_answers) as satisfaction_answers
                      from complaint c
                     cross join lateral complaint_clock_counts(c.contact_on_time, c.contact_breached,
                                                               c.feedback_on_time, c.feedback_breached) k
                     group by 1, 2, 3),
                kept_all as (
                    select month, owner_id, category, sum(complaints) as complaints,
                           sum(contact_outcomes) as contact_outcomes, sum(contact_on_time) as contact_on_time,
                           sum(contact_breaches) as contact_breaches, sum(feedback_outcomes) as feedback_outcomes,
                           sum(feedback_on_time) as feedback_on_time, sum(feedback_breaches) as feedback_breaches,
                           sum(satisfaction_sum) as satisfaction_sum, sum(satisfaction_answers) as satisfaction_answers
                      from (select * from complaint_month union all select * from complaint_month_delta) m
                     group by 1, 2, 3),
                kept as (
                    select month, owner_id, category, cast(complaints as bigint), cast(contact_outcomes as bigint),
                           cast(contact_on_time as bigint), cast(contact_breaches as bigint),
                           cast(feedback_outcomes as bigint), cast(feedback_on_time as bigint),
                           cast(feedback_breaches as bigint), cast(satisfaction_sum as bigint),
                           cast(satisfaction_answers as bigint)
                      from kept_all where complaints <> 0),
                fresh_staff as (
                    select date_trunc('month', c.received_at at time zone ?1)::date as month,
                           c.staff_concerned_id as staff_id, count(*) as complaints
                      from complaint c where c.staff_concerned_id is not null group by 1, 2),
                kept_staff as (
                    select month, staff_id, cast(sum(complaints) as bigint) as complaints
                      from (select * from complaint_staff_month union all select * from complaint_staff_month_delta) m
                     group by 1, 2
                    having sum(complaints) <> 0)
                select (select count(*) from ((select * from fresh except all select * from kept)
                                              union all (select * from kept except all select * from fresh)) d)
                     + (select count(*) from ((select * from fresh_staff except all select * from kept_staff)
                                              union all
                                              (select * from kept_staff except all select * from fresh_staff)) d)
                     + (select count(*) from kept_all
                         where complaints = 0 and (contact_outcomes, contact_on_time, contact_breaches,
                               feedback_outcomes, feedback_on_time, feedback_breaches, satisfaction_sum,
                               satisfaction_answers) <> (0, 0, 0, 0, 0, 0, 0, 0))
                """).setParameter(1, zone).getSingleResult()).longValue());
    }

    @Test
    void csvCarriesTheSameFigures() {
        String csv = admin.request().queryParam("period", "WEEK").queryParam("date", book.weekDay().toString())
                .queryParam("format", "csv").get(PATH).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("complaints-week-" + book.weekStart()))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("section,key,name,department,count,breaches,value", lines.get(0));
        assertEquals(List.of("total,,,,6,,", "contactOnTimeRate,,,,,2,0.6667", "feedbackOnTimeRate,,,,,2,0.5000",
                "averageSatisfaction,,,,6,,4.50"), lines.subList(4, 8));
        assertEquals(true, lines.contains("owner," + book.a().id() + ",Report A," + book.alpha() + ",3,3,"));
        assertEquals(true, lines.contains("praisedStaff," + book.c().id() + ",Report C," + book.bravo() + ",3,,4.67"));

        admin.request().accept("text/csv").queryParam("period", "WEEK").queryParam("date", book.weekDay().toString())
                .get(PATH).then().statusCode(200).contentType(startsWith("text/csv"));
    }

    /** Names and departments are typed by people: in the CSV a leading =, +, -, @, tab or CR must not make a formula. */
    @Test
    void csvCellsThatLookLikeFormulasAreWrittenAsText() {
        String department = "@SUM(1+1)" + TestData.unique("d");
        Caller evil = agent("=HYPERLINK(\"http://evil.example\")", department);
        Caller tabbed = agent("\t=1+2", "-" + department);
        String customer = TestData.createCustomer(admin, TestData.customerBody("Formula customer"));
        place(complaint(customer, evil, "BILLING", tabbed), LocalDate.of(2203, 5, 10).atTime(12, 0), true, false,
                true, false);
        String csv = admin.request().queryParam("period", "MONTH").queryParam("date", "2203-05-10")
                .queryParam("format", "csv").get(PATH).then().statusCode(200).extract().asString();
        List<String> lines = csv.lines().toList();
        assertTrue(lines.contains("department,'" + department + ",,'" + department + ",1,,"), csv);
        assertTrue(lines.contains("owner," + evil.id() + ",\"'=HYPERLINK(\"\"http://evil.example\"\")\",'"
                + department + ",1,0,"), csv);
        assertTrue(lines.contains("complainedStaff," + tabbed.id() + ",'\t=1+2,'-" + department + ",1,,"), csv);
        assertTrue(lines.stream().skip(1).flatMap(line -> java.util.Arrays.stream(line.split(",", -1)))
                .noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0), csv);
    }

    @Test
    void onlySupervisorsAndAdminsReadReports() {
        TestData.as(Role.AGENT).request().queryParam("period", "WEEK").get(PATH).then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        RestAssured.given().queryParam("period", "WEEK").get(PATH).then().statusCode(401);
        TestData.as(Role.SUPERVISOR).request().queryParam("period", "WEEK").get(PATH).then().statusCode(200);
    }

    @Test
    void badPeriodDateOrFormatIs400() {
        admin.request().queryParam("period", "DAY").get(PATH).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", endsWith("/validation"), "violations[0].field", equalTo("period"));
        admin.request().get(PATH).then().statusCode(400).body("violations[0].field", equalTo("period"));
        admin.request().queryParam("period", "WEEK").queryParam("date", "2037-02-30").get(PATH).then().statusCode(400)
                .body("violations[0].field", equalTo("date"));
        admin.request().queryParam("period", "WEEK").queryParam("format", "xml").get(PATH).then().statusCode(400)
                .body("violations[0].field", equalTo("format"));
    }

    // ------------------------------------------------------------------ the book

    /** The year of this class's book, which no other test writes complaints into. */
    int emptyYear() {
        int year = 2201;
        long total = admin.request().queryParam("period", "YEAR").queryParam("date", year + "-06-01").get(PATH)
                .then().statusCode(200).extract().jsonPath().getLong("total");
        assertEquals(0, total, "another test wrote complaints into " + year);
        return year;
    }

    Caller agent(String displayName, String department) {
        Caller agent = TestData.newUser(Role.AGENT);
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update app_user set display_name = ?1, department = ?2 where id = ?3")
                .setParameter(1, displayName).setParameter(2, department).setParameter(3, agent.id()).executeUpdate());
        return agent;
    }

    String complaint(String customer, Caller firstReceiver, String category) {
        return complaint(customer, firstReceiver, category, null);
    }

    String complaint(String customer, Caller firstReceiver, String category, Caller staffConcerned) {
        Map<String, Object> fields = new java.util.HashMap<>(Map.of("category", category, "firstReceiverId",
                firstReceiver.id().toString()));
        if (staffConcerned != null) {
            fields.put("staffConcernedId", staffConcerned.id().toString());
        }
        return ComplaintData.createComplaint(admin, customer, fields);
    }

    /** Moves the complaint to {@code receivedAt} (Shanghai) with these clock outcomes and due times to match. */
    void place(String id, LocalDateTime receivedAt, Boolean contactOnTime, boolean contactBreached,
            Boolean feedbackOnTime, boolean feedbackBreached) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update complaint
                   set received_at = ?1, contact_due_at = ?2, feedback_due_at = ?3,
                       contact_on_time = ?4, contact_breached = ?5, feedback_on_time = ?6, feedback_breached = ?7,
                       escalated = ?5 or ?7
                 where id = ?8""")
                .setParameter(1, receivedAt.atZone(ZONE).toInstant())
                .setParameter(2, receivedAt.atZone(ZONE).toInstant().plus(Duration.ofHours(2)))
                .setParameter(3, receivedAt.atZone(ZONE).toInstant().plus(Duration.ofDays(3)))
                .setParameter(4, contactOnTime).setParameter(5, contactBreached)
                .setParameter(6, feedbackOnTime).setParameter(7, feedbackBreached)
                .setParameter(8, UUID.fromString(id)).executeUpdate());
    }

    /** A call task about the complaint with one REACHED attempt per score (null: reached, no score given). */
    void verificationCall(String complaintId, String purpose, Integer... scores) {
        QuarkusTransaction.requiringNew().run(() -> {
            UUID task = UUID.randomUUID();
            em.createNativeQuery("""
                    insert into follow_up (id, customer_id, purpose, due_at, assignee_id, status, attempts,
                                           complaint_id, created_at, updated_at)
                    select ?1, c.customer_id, ?2, now(), c.owner_id, 'DONE', ?3, c.id, now(), now()
                      from complaint c where c.id = ?4""")
                    .setParameter(1, task).setParameter(2, purpose).setParameter(3, scores.length)
                    .setParameter(4, UUID.fromString(complaintId)).executeUpdate();
            for (Integer score : scores) {
                attempt(task, "REACHED", score);
            }
        });
    }

    void noAnswer(String complaintId) {
        QuarkusTransaction.requiringNew().run(() -> attempt((UUID) em.createNativeQuery(
                "select id from follow_up where complaint_id = ?1 and purpose = 'AFTER_COMPLAINT'")
                .setParameter(1, UUID.fromString(complaintId)).getSingleResult(), "NO_ANSWER", null));
    }

    private void attempt(UUID task, String outcome, Integer score) {
        em.createNativeQuery("""
                insert into follow_up_attempt (id, follow_up_id, at, outcome, satisfaction)
                values (?1, ?2, now(), ?3, cast(?4 as smallint))""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, task).setParameter(3, outcome)
                .setParameter(4, score).executeUpdate();
    }

    /** The real path: contact, feedback, resolve, and the owner's verification call with its score. */
    void resolveAndVerifyThroughTheApi(String id, Caller owner, int satisfaction) {
        String path = "/api/v1/complaints/" + id;
        owner.request().body(Map.of()).post(path + "/contact").then().statusCode(200);
        owner.request().body(Map.of("note", "Looking into it", "feedbackGiven", true)).post(path + "/progress")
                .then().statusCode(200);
        owner.request().body(Map.of("resolution", "Fixed the cell")).post(path + "/resolve").then().statusCode(200);
        String task = owner.request().queryParam("complaintId", id).get("/api/v1/follow-ups").then().statusCode(200)
                .extract().path("items[0].id");
        owner.request().body(Map.of("outcome", "REACHED", "satisfaction", satisfaction))
                .post("/api/v1/follow-ups/" + task + "/attempts").then().statusCode(201);
    }

    static Map<String, Object> owner(Caller user, String department, int count, int breaches) {
        return Map.of("userId", user.id().toString(), "displayName", displayName(user), "department", department,
                "count", count, "breaches", breaches);
    }

    static Map<String, Object> staff(Caller user, String department, int count) {
        return Map.of("userId", user.id().toString(), "displayName", displayName(user), "department", department,
                "count", count);
    }

    static String displayName(Caller user) {
        return user == book.a() ? "Report A" : user == book.b() ? "Report B" : "Report C";
    }
}
