package org.vipcare.report.console;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.ComplaintData;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;
import org.vipcare.support.TestData.TestUser;

/**
 * The reports page renders the report of hand-made data: three complaints in an otherwise empty year, two owners in
 * a department of their own. The figures themselves are ComplaintReportTest's business; here they must reach the page,
 * the charts and the CSV download unchanged.
 */
@QuarkusTest
class ReportAdminResourceTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The year, department and owners, made once for all tests of the class. */
    static Book book;

    record Book(int year, String department, Caller first, Caller second) {
        String day() {
            return year + "-03-11";
        }
    }

    @Inject
    EntityManager em;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /**
     * March: a BILLING complaint of the first owner contacted on time, a BILLING one of the second contacted late, and
     * a NETWORK one of the second with its contact clock still running; May: one PRICING complaint of the first.
     */
    @BeforeEach
    void layOutTheBook() {
        if (book != null) {
            return;
        }
        Caller admin = TestData.admin();
        int year = emptyYear(admin);
        String department = TestData.unique("Reports dept");
        Caller first = owner(department, "Report Owner One");
        Caller second = owner(department, "Report Owner Two");
        String customer = TestData.createCustomer(admin, TestData.customerBody("Report page customer"));
        place(complaint(admin, customer, first, "BILLING"), LocalDateTime.of(year, 3, 10, 9, 0), true);
        place(complaint(admin, customer, second, "BILLING"), LocalDateTime.of(year, 3, 12, 9, 0), false);
        place(complaint(admin, customer, second, "NETWORK"), LocalDateTime.of(year, 3, 13, 9, 0), null);
        place(complaint(admin, customer, first, "PRICING"), LocalDateTime.of(year, 5, 2, 9, 0), true);
        book = new Book(year, department, first, second);
    }

    @Test
    void agentsAreRefusedAndSeeNoLink() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);

        console.request().get("/admin/reports").then().statusCode(403)
                .contentType(startsWith("text/html")).body(containsString("403"));
        console.request().get("/admin/reports/csv").then().statusCode(403);
        console.request().get("/admin/complaints").then().statusCode(200)
                .body(not(containsString("href=\"/admin/reports\"")));
    }

    @Test
    void aMonthShowsTheFiguresChartsAndTables() {
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR);
        ConsoleSession console = ConsoleSession.login(supervisor.username(), TestData.PASSWORD);

        String page = console.request().queryParam("period", "MONTH").queryParam("date", book.day())
                .get("/admin/reports").then().statusCode(200)
                .body(containsString("href=\"/admin/reports\" class=\"active\""),
                        containsString("Monthly complaint report"),
                        containsString("Complaints received from " + book.year() + "-03-01 to " + book.year()
                                + "-03-31 inclusive (China Standard Time)"),
                        containsString("<dd class=\"big\" id=\"report-total\">3</dd>"),
                        // contact: one on time, one late, one running -> 50 %; no feedback clock has an outcome
                        containsString("<dd class=\"big\">50 %</dd>"),
                        containsString("1 contact clocks missed or met late"),
                        containsString("no clock has an outcome yet"),
                        containsString("id=\"chart-sla\""), containsString("id=\"chart-categories\""),
                        containsString("id=\"chart-departments\""),
                        not(containsString("id=\"chart-trend\"")),
                        containsString("Billing: 2 (66.7 %)"), containsString("Network: 1 (33.3 %)"),
                        containsString(book.department() + ": 3 (100 %)"),
                        containsString("href=\"/admin/reports/csv?period=MONTH&amp;date=" + book.day() + "\""))
                .extract().asString();
        String owners = page.substring(page.indexOf("id=\"report-owners\""), page.indexOf("</table>",
                page.indexOf("id=\"report-owners\"")));
        assertTrue(owners.indexOf("Report Owner Two") < owners.indexOf("Report Owner One"), owners);
        assertTrue(owners.contains("<th scope=\"row\">Report Owner Two</th>\n          <td>" + book.department()
                + "</td>\n          <td class=\"num\">2</td>\n          <td class=\"num\">1</td>"), owners);
    }

    @Test
    void aYearDrawsTheMonthsAndReadsInChinese() {
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR, "zh-CN");
        ConsoleSession console = ConsoleSession.login(supervisor.username(), TestData.PASSWORD);

        String page = console.request().header("Accept-Language", "zh-CN").queryParam("period", "YEAR")
                .queryParam("date", book.day()).get("/admin/reports").then().statusCode(200)
                .body(containsString("抱怨年报"), containsString("<dd class=\"big\" id=\"report-total\">4</dd>"),
                        containsString("id=\"chart-trend\""), containsString("每月抱怨数（按类别）"),
                        containsString("<title>3月: 3</title>"), containsString("<title>5月: 1</title>"),
                        containsString("<title>2月: 0</title>"), containsString("账单"))
                .extract().asString();
        // twelve columns, one label each
        assertEquals(12, page.split("class=\"chart-label\" x=\"[0-9]+\" y=\"[0-9]+\" text-anchor=\"middle\"", -1)
                .length - 1);
    }

    @Test
    void aChoiceThatCannotBeReadIsShownNotGuessed() {
        TestUser admin = TestData.newConsoleUser(Role.ADMIN);
        ConsoleSession console = ConsoleSession.login(admin.username(), TestData.PASSWORD);

        console.request().queryParam("period", "DECADE").queryParam("date", "2026-02-30").get("/admin/reports")
                .then().statusCode(400).contentType(startsWith("text/html"))
                .body(containsString("must be a week, month, quarter or year"),
                        containsString("must be a date such as 2026-11-23"),
                        containsString("value=\"2026-02-30\""), not(containsString("id=\"report-total\"")));
        console.request().get("/admin/reports").then().statusCode(200)
                .body(containsString("Monthly complaint report"));
    }

    @Test
    void theCsvDownloadIsASpreadsheetOfTheSameFigures() {
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR);
        ConsoleSession console = ConsoleSession.login(supervisor.username(), TestData.PASSWORD);

        String csv = console.request().queryParam("period", "MONTH").queryParam("date", book.day())
                .get("/admin/reports/csv").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", allOf(containsString("attachment"),
                        containsString("complaints-month-" + book.year() + "-03-01.csv")))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("\uFEFFSection,Item,Code,Department,Count,Missed clocks,Dissatisfied,Value", lines.get(0));
        assertTrue(lines.contains("Monthly complaint report,Complaints,,,3,,,"), csv);
        assertTrue(lines.contains("SLA attainment,Contacted within 2 h,,,,1,,50%"), csv);
        assertTrue(lines.contains("By category,Billing,BILLING,,2,,,"), csv);
        String api = TestData.as(Role.SUPERVISOR).request().queryParam("period", "MONTH")
                .queryParam("date", book.day()).queryParam("format", "csv").get("/api/v1/complaints/reports")
                .then().statusCode(200).extract().asString();
        List<String> apiLines = api.lines().toList();
        assertEquals("section,key,name,department,count,breaches,value", apiLines.get(0));
        assertTrue(apiLines.contains("total,,,,3,,"), api);
        assertTrue(apiLines.contains("contactOnTimeRate,,,,,1,0.5000"), api);

        console.request().queryParam("period", "CENTURY").get("/admin/reports/csv").then().statusCode(400)
                .contentType(startsWith("text/html"));
    }

    // ------------------------------------------------------------------ the book

    /** The year of this class's book, which no other test writes complaints into. */
    static int emptyYear(Caller admin) {
        int year = 2202;
        long total = admin.request().queryParam("period", "YEAR").queryParam("date", year + "-06-01")
                .get("/api/v1/complaints/reports").then().statusCode(200).extract().jsonPath().getLong("total");
        assertEquals(0, total, "another test wrote complaints into " + year);
        return year;
    }

    Caller owner(String department, String displayName) {
        Caller owner = TestData.newUser(Role.AGENT);
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update app_user set display_name = ?1, department = ?2 where id = ?3")
                .setParameter(1, displayName).setParameter(2, department).setParameter(3, owner.id())
                .executeUpdate());
        return owner;
    }

    static String complaint(Caller admin, String customer, Caller firstReceiver, String category) {
        return ComplaintData.createComplaint(admin, customer,
                Map.of("category", category, "firstReceiverId", firstReceiver.id().toString()));
    }

    /** Moves the complaint to {@code receivedAt} (Shanghai) with its contact clock met on time, late, or running. */
    void place(String id, LocalDateTime receivedAt, Boolean contactOnTime) {
        Instant received = receivedAt.atZone(ZONE).toInstant();
        Instant contactDue = received.plus(Duration.ofHours(2));
        Instant contacted = contactOnTime == null ? null : contactOnTime ? contactDue : contactDue.plusSeconds(60);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update complaint
                   set received_at = ?1, contact_due_at = ?2, feedback_due_at = ?3, contact_on_time = ?4,
                       contacted_at = ?5
                 where id = ?6""")
                .setParameter(1, received).setParameter(2, contactDue)
                .setParameter(3, received.plus(Duration.ofDays(3))).setParameter(4, contactOnTime)
                .setParameter(5, contacted).setParameter(6, UUID.fromString(id)).executeUpdate());
    }
}
