package org.vipcare.report.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URL;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.vipcare.security.Role;
import org.vipcare.support.HeadlessChromium;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.TestUser;

/**
 * A supervisor reads the manager performance page in Chinese: a manager with two customers (classes A and D), one of
 * whom came back, and a 90-minute call on the class-A customer in April 2004 (30 days). Screenshot in
 * {@code target/console-managers-zh-CN.png}.
 */
@QuarkusTest
class ManagerReportBrowserTest {

    @TestHTTPResource("/admin/login")
    URL loginPage;

    @Inject
    EntityManager em;

    private static HeadlessChromium chromium;

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    @Test
    void aSupervisorReadsAManagersRowInChinese() throws IOException {
        TestUser manager = TestData.newConsoleUser(Role.AGENT);
        String name = "浏览器经理 " + manager.username();
        sql("update app_user set display_name = ?1 where id = ?2", name, manager.id());
        UUID a = TestData.newCustomer(TestData.unique("Browser perf A"), manager.id(), TestData.mobile());
        UUID d = TestData.newCustomer(TestData.unique("Browser perf D"), manager.id(), TestData.mobile());
        sql("update customer_standing set value_class = 'A' where customer_id = ?1", a);
        sql("update customer_standing set value_class = 'D' where customer_id = ?1", d);
        UUID task = UUID.randomUUID();
        sql("insert into follow_up (id, customer_id, purpose, due_at, assignee_id, status, attempts, max_attempts,"
                + " created_at, updated_at, version) values (?1, ?2, 'SATISFACTION', ?3, ?4, 'DONE', 1, 3, ?3, ?3, 0)",
                task, a, at("2004-04-10T02:00:00Z"), manager.id());
        sql("insert into follow_up_attempt (id, follow_up_id, at, by_user_id, outcome, satisfaction, duration_minutes)"
                + " values (?1, ?2, ?3, ?4, 'REACHED', 5, 90)", UUID.randomUUID(), task, at("2004-04-10T02:00:00Z"),
                manager.id());
        sql("insert into consumption_record (id, customer_id, occurred_at, amount, kind, created_at)"
                + " values (?1, ?2, ?3, 120.00, 'BOTH', ?3)", UUID.randomUUID(), a, at("2004-04-12T02:00:00Z"));
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR, "zh-CN");

        chromium = HeadlessChromium.start(loginPage, 1440, 1000);
        chromium.signIn(supervisor.username(), TestData.PASSWORD, "/admin/my-day");
        chromium.open("/admin/reports/managers?from=2004-04-01&to=2004-04-30");
        var browser = chromium.browser();
        assertEquals("客户经理业绩", browser.findElement(By.tagName("h1")).getText());
        assertEquals("全部客户经理", browser.findElement(By.id("report-scope")).getText());

        WebElement row = browser.findElements(By.cssSelector("#manager-summary tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().equals(name)).findFirst().orElseThrow();
        List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        // 2 customers; 90 min = 1.5 h of 120 h; 1 of 2 came back; 120.00 over 1 ticket; no welcome calls, cases or
        // complaints; satisfaction 5
        assertEquals(List.of("2", "计划 120 小时,实际 1.5 小时", "50%", "120.00", "—", "—", "—", "—", "5"), cells);
        assertTrue(browser.findElement(By.cssSelector("#manager-summary tfoot th")).getText().equals("团队合计"));

        // the manager's card: class A planned 48 h, 1.5 h done (3.1 %), with its bar
        WebElement card = browser.findElement(By.id("card-" + manager.id()));
        WebElement classA = card.findElements(By.cssSelector("table.service-time tbody tr")).get(0);
        assertEquals(List.of("1", "48 小时", "1.5 小时", "3.13%"), classA.findElements(By.tagName("td")).stream()
                .map(WebElement::getText).toList());
        assertEquals("3", classA.findElement(By.cssSelector("svg.time-bar rect")).getAttribute("width"));
        chromium.screenshot("console-managers-zh-CN.png");

        // the print layout drops navigation and the period form, and keeps the figures
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertFalse(browser.findElement(By.cssSelector("header.topbar")).isDisplayed());
        assertFalse(browser.findElement(By.cssSelector("form.filters")).isDisplayed());
        assertTrue(browser.findElement(By.id("manager-summary")).isDisplayed());
    }

    static Timestamp at(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }

    void sql(String statement, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }
}
