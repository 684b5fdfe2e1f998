package org.vipcare.followup.console;

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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vipcare.console.ConsoleLanguage;
import org.vipcare.security.Role;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.TestClock;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;
import org.vipcare.support.TestData.TestUser;

/**
 * The call report page renders the report in the reader's language: an agent (zh-CN) with one dissatisfied call on
 * Wednesday 2004-05-12 in Shanghai, recorded at 17:30 UTC the evening before (already that Wednesday in Shanghai), and
 * another agent with a call the same day that the first never sees. The figures are FollowUpReportTest's business.
 */
@QuarkusTest
class FollowUpReportAdminResourceTest {

    static final String DAY = "2004-05-12";

    static Book book;

    record Book(TestUser agent, TestUser other, String call) {
    }

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

    @BeforeEach
    void layOutTheBook() {
        if (book != null) {
            return;
        }
        TestUser agent = TestData.newConsoleUser(Role.AGENT, "zh-CN");
        TestUser other = TestData.newConsoleUser(Role.AGENT, "en");
        String call = call(agent, Map.of("outcome", "REACHED", "satisfaction", 1, "answers", "等了两个小时",
                "problem", "账单重复扣费"));
        call(other, Map.of("outcome", "REACHED", "satisfaction", 2, "answers", "Too slow"));
        book = new Book(agent, other, call);
    }

    @Test
    void anAgentReadsItsOwnDailyReportInChinese() {
        ConsoleSession console = ConsoleSession.login(book.agent().username(), TestData.PASSWORD);
        String page = console.request().cookie(ConsoleLanguage.COOKIE, "zh-CN").queryParam("period", "DAY")
                .queryParam("date", DAY).get("/admin/call-reports").then().statusCode(200)
                .body(allOf(containsString("回访执行日报"), containsString("我的回访"), containsString("回访报表"),
                        containsString("href=\"/admin/follow-ups/" + book.call() + "\""), containsString("等了两个小时"),
                        containsString("账单重复扣费"), containsString("尚未答复"), containsString("id=\"chart-rates\""),
                        containsString("id=\"print-report\""), containsString("<dd class=\"big\" id=\"report-due\">1</dd>")))
                .body(not(containsString(book.other().displayName())), not(containsString("Too slow")))
                .extract().asString();
        assertTrue(page.contains("/admin/call-reports/csv?period=DAY&amp;date=" + DAY), page);

        String sheet = console.request().cookie(ConsoleLanguage.COOKIE, "zh-CN").queryParam("period", "DAY")
                .queryParam("date", DAY).get("/admin/call-reports/csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertTrue(sheet.startsWith("\uFEFF部分,项目,代码,应回访,已回访,拨打次数,接通,接通率"), sheet);
        assertTrue(sheet.contains("回访执行日报,周期,DAY,日"), sheet);
        assertTrue(sheet.contains("等了两个小时") && !sheet.contains("Too slow"), sheet);
    }

    @Test
    void aSupervisorReadsTheTeamOrOneAgentInEnglish() {
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR, "en");
        ConsoleSession console = ConsoleSession.login(supervisor.username(), TestData.PASSWORD);
        console.request().queryParam("period", "WEEK").queryParam("date", DAY).get("/admin/call-reports").then()
                .statusCode(200).body(allOf(containsString("Weekly call report"), containsString("id=\"report-scope\">All agents"),
                        containsString(book.agent().displayName()), containsString(book.other().displayName()),
                        containsString("Too slow"), containsString("Dissatisfied customers")));
        console.request().queryParam("period", "MONTH").queryParam("date", DAY)
                .queryParam("assigneeId", book.other().id().toString()).get("/admin/call-reports").then()
                .statusCode(200).body(allOf(containsString("Monthly call report"),
                        containsString("Calls of " + book.other().displayName()), containsString("Too slow"),
                        not(containsString("等了两个小时"))));
        String sheet = console.request().queryParam("period", "DAY").queryParam("date", DAY)
                .get("/admin/call-reports/csv").then().statusCode(200).extract().asString();
        assertTrue(sheet.startsWith("\uFEFFSection,Item,Code,Due,Called,Calls made,Reached,Reach rate"), sheet);
        assertEquals(1, sheet.lines().filter(l -> l.startsWith("By agent," + book.agent().displayName() + ","))
                .count(), sheet);
        console.request().queryParam("period", "YEAR").get("/admin/call-reports").then().statusCode(400)
                .body(containsString("must be a day, week or month"));
    }

    /** A call of the agent's own customer, due at 10:00 on the day, recorded at 17:30 UTC the evening before. */
    private String call(TestUser user, Map<String, Object> attempt) {
        Caller agent = new Caller(user.id(), user.username(), TestData.token(user.username(), TestData.PASSWORD));
        UUID customer = TestData.newCustomer(TestData.unique("报表 Report"), user.id(), TestData.mobile());
        String task = agent.request().body(Map.of("customerId", customer.toString(), "purpose", "AFTER_REPAIR",
                "dueAt", "2004-05-12T02:00:00Z")).post("/api/v1/follow-ups").then().statusCode(201)
                .extract().path("id");
        clock.pin(Instant.parse("2004-05-11T17:30:00Z"));
        agent.request().body(attempt).post("/api/v1/follow-ups/" + task + "/attempts").then().statusCode(201);
        clock.reset();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update follow_up set due_at = ?1 where id = ?2")
                .setParameter(1, OffsetDateTime.parse("2004-05-12T10:00:00+08:00").toInstant())
                .setParameter(2, UUID.fromString(task)).executeUpdate());
        return task;
    }
}
