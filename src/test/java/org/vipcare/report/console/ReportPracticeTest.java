package org.vipcare.report.console;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.ComplaintData;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.TestClock;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;
import org.vipcare.support.TestData.TestUser;

/**
 * The reports as the practice asks for them (抱怨分析及报告), on hand-made data in 2003, a year no other test writes
 * complaints into: the weekly report lists its complaints (business-zone weeks: a Shanghai day starts at 16:00 UTC),
 * the quarter's satisfaction by category and by owner (figures worked out by hand below), the action plan kept per
 * quarter with the stale-edit check, and the spreadsheet download in the reader's language with a BOM.
 */
@QuarkusTest
class ReportPracticeTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int YEAR = 2003;
    /** A Monday: the week 2003-02-10 .. 2003-02-16 in Shanghai is 2003-02-09T16:00Z .. 2003-02-16T16:00Z. */
    static final String WEEK_DAY = "2003-02-12";
    static final String QUARTER_DAY = "2003-02-12";

    static Book book;

    /** The names the assertions look for, made once for the class. */
    record Book(String ownerA, String ownerB, String lastOfPreviousWeek, String firstOfWeek, String lastOfWeek,
            String firstOfNextWeek, Map<String, String> ids) {
    }

    @Inject
    EntityManager em;

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

    /**
     * Week: four complaints at the week's edges, two inside. Quarter (January): five complaints with verification
     * answers — BILLING by A: 5 and 4; BILLING by B: 2; NETWORK by A: 1 and 3; NETWORK by B: none (and a NO_ANSWER
     * try); PRICING by B: 5 — and in April one NETWORK by A answered 1, outside the quarter.
     */
    @BeforeEach
    void layOutTheBook() {
        if (book != null) {
            return;
        }
        Caller admin = TestData.admin();
        long total = admin.request().queryParam("period", "YEAR").queryParam("date", YEAR + "-06-01")
                .get("/api/v1/complaints/reports").then().statusCode(200).extract().jsonPath().getLong("total");
        assertEquals(0, total, "another test wrote complaints into " + YEAR);
        String ownerA = TestData.unique("Sat Owner A");
        String ownerB = TestData.unique("Sat Owner B");
        Caller a = owner(ownerA);
        Caller b = owner(ownerB);
        Map<String, String> ids = new java.util.HashMap<>();

        String[] edges = { TestData.unique("Previous week customer"), TestData.unique("Monday customer"),
            TestData.unique("Sunday customer"), TestData.unique("Next week customer") };
        Instant[] at = { Instant.parse("2003-02-09T15:59:59Z"), Instant.parse("2003-02-09T16:00:00Z"),
            Instant.parse("2003-02-16T15:59:00Z"), Instant.parse("2003-02-16T16:00:00Z") };
        for (int i = 0; i < edges.length; i++) {
            String customer = TestData.createCustomer(admin, TestData.customerBody(edges[i]));
            String id = complaint(admin, customer, i % 2 == 0 ? a : b, "BILLING");
            place(id, at[i]);
            ids.put(edges[i], id);
        }

        String customer = TestData.createCustomer(admin, TestData.customerBody(TestData.unique("Rated customer")));
        answered(complaint(admin, customer, a, "BILLING"), LocalDateTime.of(YEAR, 1, 6, 10, 0), 5, 4);
        answered(complaint(admin, customer, b, "BILLING"), LocalDateTime.of(YEAR, 1, 7, 10, 0), 2);
        answered(complaint(admin, customer, a, "NETWORK"), LocalDateTime.of(YEAR, 1, 8, 10, 0), 1, 3);
        String unanswered = complaint(admin, customer, b, "NETWORK");
        answered(unanswered, LocalDateTime.of(YEAR, 1, 9, 10, 0));
        attempt(unanswered, "NO_ANSWER", null);
        answered(complaint(admin, customer, b, "PRICING"), LocalDateTime.of(YEAR, 1, 10, 10, 0), 5);
        answered(complaint(admin, customer, a, "NETWORK"), LocalDateTime.of(YEAR, 4, 2, 10, 0), 1);
        book = new Book(ownerA, ownerB, edges[0], edges[1], edges[2], edges[3], ids);
    }

    // ------------------------------------------------------------------ the week's complaints

    @Test
    void theWeekListsItsComplaintsAndNoneOfTheNeighbouringWeeks() {
        ConsoleSession console = supervisor("en");
        String page = console.request().queryParam("period", "WEEK").queryParam("date", WEEK_DAY)
                .get("/admin/reports").then().statusCode(200)
                .body(containsString("Weekly complaint report"), containsString("Complaints of the period"),
                        containsString("2 complaints received in the period"))
                .extract().asString();
        String list = table(page, "report-complaints");
        assertTrue(list.contains(book.firstOfWeek()) && list.contains(book.lastOfWeek()), list);
        assertFalse(list.contains(book.lastOfPreviousWeek()), list);
        assertFalse(list.contains(book.firstOfNextWeek()), list);
        // oldest first, each linked to its record, with its received time in Shanghai, category, owner and status
        assertTrue(list.indexOf(book.firstOfWeek()) < list.indexOf(book.lastOfWeek()), list);
        assertTrue(list.contains("<a href=\"/admin/complaints/" + book.ids().get(book.firstOfWeek()) + "\">"
                + "2003-02-10 00:00</a>"), list);
        assertTrue(list.contains("2003-02-16 23:59</a>"), list);
        assertTrue(list.contains("<td>Billing</td>") && list.contains("<td>" + book.ownerB() + "</td>")
                && list.contains("Received</span>"), list);
        // the contact clock of 2003 ran out long ago
        assertTrue(list.contains("sla-breached"), list);
    }

    @Test
    void withoutADayTheWeekIsTheBusinessZonesCurrentOne() {
        ConsoleSession console = supervisor("en");
        // 16:30 UTC on Sunday is 00:30 on Monday in Shanghai: the new week has begun
        clock.pin(Instant.parse("2003-02-09T16:30:00Z"));
        String week = console.request().queryParam("period", "WEEK").get("/admin/reports").then().statusCode(200)
                .body(containsString("Complaints received from 2003-02-10 to 2003-02-16 inclusive"))
                .extract().asString();
        assertTrue(table(week, "report-complaints").contains(book.firstOfWeek()), week);
        assertFalse(week.contains(book.lastOfPreviousWeek()), week);

        // 23:59 UTC on Saturday is 07:59 on Sunday in Shanghai: still the old week
        clock.pin(Instant.parse("2003-02-08T23:59:00Z"));
        String before = console.request().queryParam("period", "WEEK").get("/admin/reports").then()
                .statusCode(200).body(containsString("Complaints received from 2003-02-03 to 2003-02-09 inclusive"))
                .extract().asString();
        assertTrue(table(before, "report-complaints").contains(book.lastOfPreviousWeek()), before);
        assertFalse(before.contains(book.firstOfWeek()), before);
    }

    // ------------------------------------------------------------------ satisfaction analysis

    @Test
    void theQuarterAnalysesSatisfactionByCategoryAndByOwner() {
        ConsoleSession console = supervisor("en");
        String page = console.request().queryParam("period", "QUARTER").queryParam("date", QUARTER_DAY)
                .get("/admin/reports").then().statusCode(200)
                .body(containsString("Satisfaction analysis"), containsString("id=\"chart-satisfaction-categories\""),
                        containsString("id=\"chart-satisfaction-staff\""),
                        containsString("Billing: 3.67 (3 rated)"), containsString("Network: 2 (2 rated)"))
                .extract().asString();
        // BILLING 5, 4, 2: 11/3 = 3.67, one of 2 or less; NETWORK 1, 3: 2, one; PRICING 5: 5, none
        String categories = table(page, "report-satisfaction-categories");
        assertTrue(categories.contains(row("Billing", "3.67", "3", "1")), categories);
        assertTrue(categories.contains(row("Network", "2", "2", "1")), categories);
        assertTrue(categories.contains(row("Pricing", "5", "1", "0")), categories);
        // A: 5, 4, 1, 3 = 13/4 = 3.25, one; B: 2, 5 = 3.5, one; B first (higher average); April's 1 is left out
        String staff = table(page, "report-satisfaction-staff");
        assertTrue(staff.contains("<th scope=\"row\">" + book.ownerB() + "</th><td>No department</td>"
                + "<td class=\"num\">3.5</td><td class=\"num\">2</td><td class=\"num\">1</td>"), staff);
        assertTrue(staff.contains("<th scope=\"row\">" + book.ownerA() + "</th><td>No department</td>"
                + "<td class=\"num\">3.25</td><td class=\"num\">4</td><td class=\"num\">1</td>"), staff);
        assertTrue(staff.indexOf(book.ownerB()) < staff.indexOf(book.ownerA()), staff);

        // a month has neither the analysis nor the plan
        console.request().queryParam("period", "MONTH").queryParam("date", QUARTER_DAY).get("/admin/reports")
                .then().statusCode(200)
                .body(not(containsString("Satisfaction analysis")), not(containsString("name=\"actionPlan\"")));
    }

    // ------------------------------------------------------------------ action plans

    @Test
    void aSupervisorWritesTheQuartersPlanAndAStaleSaveIsRefused() {
        ConsoleSession console = supervisor("en");
        String day = "2003-08-20";
        console.request().queryParam("period", "QUARTER").queryParam("date", day).get("/admin/reports").then()
                .statusCode(200).body(containsString("Action plan and lessons"), containsString("Nothing written yet."),
                        containsString("name=\"version\" value=\"\""));

        String plan = TestData.unique("Explain the new tariff on every billing call");
        console.form().formParam("period", "QUARTER").formParam("date", day).formParam("version", "")
                .formParam("actionPlan", plan).formParam("lessons", "Bills confuse\nlong-time customers")
                .post("/admin/reports/plan").then().statusCode(303)
                .header("Location", allOf(containsString("period=QUARTER"), containsString("date=" + day),
                        endsWith("notice=plan_saved#plan")));
        assertEquals(List.of(plan, "Bills confuse\nlong-time customers", 0L), planRow("2003-07-01"));
        console.request().queryParam("period", "QUARTER").queryParam("date", "2003-07-01")
                .queryParam("notice", "plan_saved").get("/admin/reports").then().statusCode(200)
                .body(containsString("The action plan and lessons were saved."),
                        containsString("<p class=\"plan-body\" id=\"plan-action\">" + plan + "</p>"),
                        containsString("name=\"version\" value=\"0\""));

        String second = TestData.unique("Call back within the day");
        console.form().formParam("period", "QUARTER").formParam("date", day).formParam("version", "0")
                .formParam("actionPlan", second).formParam("lessons", "").post("/admin/reports/plan").then()
                .statusCode(303);
        assertEquals(List.of(second, "", 1L), planRow("2003-07-01"));

        // a form opened before that save: refused, nothing changes, the other text is shown and the form keeps ours
        String late = TestData.unique("Late edit");
        console.form().formParam("period", "QUARTER").formParam("date", day).formParam("version", "0")
                .formParam("actionPlan", late).formParam("lessons", "").post("/admin/reports/plan").then()
                .statusCode(409).contentType(startsWith("text/html"))
                .body(containsString("Somebody saved this action plan after you opened it"),
                        containsString("id=\"plan-action\">" + second + "</p>"),
                        containsString(">" + late + "</textarea>"), containsString("name=\"version\" value=\"1\""));
        // so is a first save of a plan that somebody wrote meanwhile
        console.form().formParam("period", "QUARTER").formParam("date", day).formParam("version", "")
                .formParam("actionPlan", late).formParam("lessons", "").post("/admin/reports/plan").then()
                .statusCode(409);
        assertEquals(List.of(second, "", 1L), planRow("2003-07-01"));

        // too long: the form again with the message next to the field
        console.form().formParam("period", "QUARTER").formParam("date", day).formParam("version", "1")
                .formParam("actionPlan", "账".repeat(4001)).formParam("lessons", "").post("/admin/reports/plan")
                .then().statusCode(400).body(containsString("must be at most 4000 characters"),
                        containsString("aria-invalid=\"true\""));
        String longest = "账".repeat(4000);
        console.form().formParam("period", "QUARTER").formParam("date", day).formParam("version", "1")
                .formParam("actionPlan", longest).formParam("lessons", "").post("/admin/reports/plan").then()
                .statusCode(303);
        assertEquals(List.of(longest, "", 2L), planRow("2003-07-01"));
        // a week holds no plan
        console.form().formParam("period", "WEEK").formParam("date", day).formParam("version", "")
                .formParam("actionPlan", late).formParam("lessons", "").post("/admin/reports/plan").then()
                .statusCode(400);
        assertEquals(List.of(longest, "", 2L), planRow("2003-07-01"));
        // the year has a plan of its own
        console.request().queryParam("period", "YEAR").queryParam("date", day).get("/admin/reports").then()
                .statusCode(200).body(containsString("Nothing written yet."), not(containsString(longest)));
    }

    @Test
    void anAgentCannotWriteAPlan() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        console.form().formParam("period", "YEAR").formParam("date", "2003-05-05").formParam("version", "")
                .formParam("actionPlan", "An agent's plan").formParam("lessons", "").post("/admin/reports/plan")
                .then().statusCode(403);
        assertEquals(0L, ((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select count(*) from report_plan where period = 'YEAR' and starts_on = date '2003-01-01'")
                .getSingleResult())).longValue());
    }

    // ------------------------------------------------------------------ the spreadsheet

    @Test
    void theSpreadsheetHasABomAndReadsInTheUsersLanguage() {
        ConsoleSession english = supervisor("en");
        byte[] bytes = english.request().queryParam("period", "QUARTER").queryParam("date", QUARTER_DAY)
                .get("/admin/reports/csv").then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("complaints-quarter-2003-01-01.csv"))
                .extract().asByteArray();
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3));
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertEquals("Section,Item,Code,Department,Count,Missed clocks,Dissatisfied,Value", lines.get(0));
        assertTrue(lines.contains("Quarterly complaint report,Period,QUARTER,,,,,Quarter"), lines.toString());
        assertTrue(lines.contains("By category,Billing,BILLING,,6,,,"), lines.toString());
        assertTrue(lines.contains("Satisfaction by category,Billing,BILLING,,3,,1,3.67"), lines.toString());

        ConsoleSession chinese = supervisor("zh-CN");
        byte[] zh = chinese.request().header("Accept-Language", "zh-CN").queryParam("period", "QUARTER")
                .queryParam("date", QUARTER_DAY).get("/admin/reports/csv").then().statusCode(200)
                .extract().asByteArray();
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(zh, 3));
        List<String> zhLines = new String(zh, 3, zh.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertEquals("部分,项目,代码,部门,数量,超时次数,不满意数,数值", zhLines.get(0));
        assertTrue(zhLines.contains("抱怨季报,周期,QUARTER,,,,,季度"), zhLines.toString());
        assertTrue(zhLines.contains("按类别,账单,BILLING,,6,,,"), zhLines.toString());
        assertTrue(zhLines.contains("各类别满意度,账单,BILLING,,3,,1,3.67"), zhLines.toString());

        // a week's download lists its complaints below the figures, labels and codes side by side
        byte[] week = chinese.request().header("Accept-Language", "zh-CN").queryParam("period", "WEEK")
                .queryParam("date", WEEK_DAY).get("/admin/reports/csv").then().statusCode(200).extract().asByteArray();
        String weekSheet = new String(week, StandardCharsets.UTF_8);
        assertTrue(weekSheet.startsWith("\uFEFF部分,项目,代码"), weekSheet);
        List<String> weekLines = weekSheet.lines().toList();
        assertTrue(weekLines.contains("受理时间,客户,类别,代码,负责人,状态,代码,服务时限,代码,满意度,抱怨编号"), weekSheet);
        assertTrue(weekLines.contains("2003-02-10 00:00," + book.firstOfWeek() + ",账单,BILLING," + book.ownerB()
                + ",已受理,RECEIVED,已超时,BREACHED,," + book.ids().get(book.firstOfWeek())), weekSheet);
        assertTrue(weekSheet.contains(book.lastOfWeek()), weekSheet);
        assertFalse(weekSheet.contains(book.lastOfPreviousWeek()) || weekSheet.contains(book.firstOfNextWeek()),
                weekSheet);

        // the reports API keeps its documented CSV: no BOM, codes, English section names
        String api = TestData.as(Role.SUPERVISOR).request().header("Accept", "text/csv")
                .queryParam("period", "QUARTER").queryParam("date", QUARTER_DAY).get("/api/v1/complaints/reports")
                .then().statusCode(200).extract().asString();
        assertTrue(api.startsWith("section,key,name,department,count,breaches,value\n")
                || api.startsWith("section,key,name,department,count,breaches,value\r\n"), api);
        assertTrue(api.contains("category,BILLING,,,6,,"), api);
    }

    // ------------------------------------------------------------------ the book

    ConsoleSession supervisor(String language) {
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR, language);
        return ConsoleSession.login(supervisor.username(), TestData.PASSWORD);
    }

    Caller owner(String displayName) {
        Caller owner = TestData.newUser(Role.AGENT);
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update app_user set display_name = ?1, department = null where id = ?2")
                .setParameter(1, displayName).setParameter(2, owner.id()).executeUpdate());
        return owner;
    }

    static String complaint(Caller admin, String customer, Caller owner, String category) {
        return ComplaintData.createComplaint(admin, customer,
                Map.of("category", category, "firstReceiverId", owner.id().toString()));
    }

    /** Moves the complaint to {@code received}, its clocks with it (never met). */
    void place(String id, Instant received) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update complaint
                   set received_at = ?1, contact_warn_at = ?2, contact_due_at = ?3, feedback_warn_at = ?4,
                       feedback_due_at = ?5
                 where id = ?6""")
                .setParameter(1, received).setParameter(2, received.plus(Duration.ofMinutes(90)))
                .setParameter(3, received.plus(Duration.ofHours(2)))
                .setParameter(4, received.plus(Duration.ofHours(54))).setParameter(5, received.plus(Duration.ofDays(3)))
                .setParameter(6, UUID.fromString(id)).executeUpdate());
    }

    /** Places the complaint at {@code received} (Shanghai) and records its verification call's answers. */
    void answered(String id, LocalDateTime received, int... answers) {
        place(id, received.atZone(ZONE).toInstant());
        for (int answer : answers) {
            attempt(id, "REACHED", answer);
        }
    }

    /** One attempt of the complaint's verification call (made on first use), as the follow-up service writes it. */
    void attempt(String complaintId, String outcome, Integer satisfaction) {
        QuarkusTransaction.requiringNew().run(() -> {
            UUID complaint = UUID.fromString(complaintId);
            @SuppressWarnings("unchecked")
            List<UUID> calls = em.createNativeQuery(
                    "select id from follow_up where complaint_id = ?1 and purpose = 'AFTER_COMPLAINT'")
                    .setParameter(1, complaint).getResultList();
            UUID call = calls.isEmpty() ? UUID.randomUUID() : calls.get(0);
            if (calls.isEmpty()) {
                em.createNativeQuery("""
                        insert into follow_up (id, customer_id, purpose, due_at, assignee_id, status, attempts,
                                               complaint_id, created_at, updated_at)
                        select ?1, c.customer_id, 'AFTER_COMPLAINT', c.received_at + interval '4 days', c.owner_id,
                               'OPEN', 0, c.id, c.received_at, c.received_at
                          from complaint c where c.id = ?2""")
                        .setParameter(1, call).setParameter(2, complaint).executeUpdate();
            }
            em.createNativeQuery("""
                    insert into follow_up_attempt (id, follow_up_id, at, outcome, satisfaction)
                    values (?1, ?2, now(), ?3, ?4)""")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, call).setParameter(3, outcome)
                    .setParameter(4, satisfaction).executeUpdate();
        });
    }

    List<Object> planRow(String startsOn) {
        Object[] row = (Object[]) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select action_plan, lessons, version from report_plan where period = 'QUARTER' and starts_on = ?1")
                .setParameter(1, java.time.LocalDate.parse(startsOn)).getSingleResult());
        return List.of(row[0], row[1], ((Number) row[2]).longValue());
    }

    static String table(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertTrue(start >= 0, "no table " + id + " in\n" + page);
        return page.substring(start, page.indexOf("</table>", start));
    }

    static String row(String label, String average, String rated, String dissatisfied) {
        return "<th scope=\"row\">" + label + "</th><td class=\"num\">" + average + "</td><td class=\"num\">" + rated
                + "</td><td class=\"num\">" + dissatisfied + "</td>";
    }
}
