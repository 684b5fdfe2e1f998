package org.vipcare.report.console;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.TestUser;

/**
 * The manager performance page: who sees which rows, a refused period worded in the reader's language, the CSV link.
 * The figures are ManagerReportTest's business.
 */
@QuarkusTest
class ManagerReportAdminResourceTest {

    static final String PAGE = "/admin/reports/managers";

    @Inject
    EntityManager em;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void anAgentSeesItsOwnRowAndASupervisorEveryManagerWithTheTeam() {
        TestUser one = manager("Page manager One");
        TestUser two = manager("Page manager Two");
        ConsoleSession agent = ConsoleSession.login(one.username(), TestData.PASSWORD);
        agent.request().queryParam("from", "2005-06-01").queryParam("to", "2005-06-30").get(PAGE).then()
                .statusCode(200)
                .body(allOf(containsString("card-" + one.id()), not(containsString("card-" + two.id())),
                        not(containsString("<tfoot>")), containsString("Your own figures"),
                        containsString("href=\"/admin/reports/managers/csv?from=2005-06-01&amp;to=2005-06-30\""),
                        // an agent's navigation leads here; the complaint reports are not an agent's
                        containsString(">My figures</a>"), not(containsString("href=\"/admin/reports\""))));
        agent.request().queryParam("from", "2005-06-01").queryParam("to", "2005-06-30").get(PAGE + "/csv").then()
                .statusCode(200).contentType(startsWith("text/csv"))
                .body(allOf(containsString("manager," + one.id() + ","), not(containsString(two.id().toString())),
                        not(containsString("team,"))));

        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR);
        ConsoleSession.login(supervisor.username(), TestData.PASSWORD).request().queryParam("from", "2005-06-01")
                .queryParam("to", "2005-06-30").get(PAGE).then().statusCode(200)
                .body(allOf(containsString("card-" + one.id()), containsString("card-" + two.id()),
                        containsString("<tfoot>"), containsString("All managers"),
                        containsString("href=\"/admin/reports\"")));
    }

    @Test
    void aReversedPeriodIsWordedOnThePageInChinese() {
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR, "zh-CN");
        ConsoleSession session = ConsoleSession.login(supervisor.username(), TestData.PASSWORD);
        session.request().queryParam("from", "2005-06-30").queryParam("to", "2005-06-01").get(PAGE).then()
                .statusCode(400).contentType(startsWith("text/html"))
                .body(allOf(containsString("期间的结束日期不能早于开始日期(2005-06-30)。"),
                        containsString("请选择报表可以覆盖的期间。"), not(containsString("manager-summary"))));
        session.request().queryParam("from", "2005-13-01").get(PAGE).then().statusCode(400)
                .body(containsString("请输入日期,例如 2026-11-01。"));
    }

    TestUser manager(String name) {
        TestUser user = TestData.newConsoleUser(Role.AGENT);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update app_user set display_name = ?1 where id = ?2").setParameter(1, name + " " + user.username())
                .setParameter(2, user.id()).executeUpdate());
        TestData.newCustomer(TestData.unique("Page customer"), user.id(), TestData.mobile());
        return user;
    }
}
