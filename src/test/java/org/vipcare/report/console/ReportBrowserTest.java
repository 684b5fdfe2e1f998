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
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vipcare.security.Role;
import org.vipcare.support.ComplaintData;
import org.vipcare.support.HeadlessChromium;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.TestUser;

/**
 * A supervisor works the reports in a real browser, in English and in Chinese: the weekly report lists this week's
 * complaint (and leads to it), the quarter's action plan is written and saved, and the print button prints a layout
 * that keeps the list and the plan and leaves the forms out. Screenshots go to {@code target/report-*.png}.
 */
@QuarkusTest
class ReportBrowserTest {

    @TestHTTPResource("/admin/login")
    URL loginPage;

    @Inject
    EntityManager em;

    private static HeadlessChromium chromium;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void freshBrowser() throws IOException {
        if (chromium == null) {
            chromium = HeadlessChromium.start(loginPage, 1280, 1800);
        }
        chromium.reset(1280, 1800);
        browser = chromium.browser();
        wait = chromium.waiting();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    @Test
    void inEnglish() throws IOException {
        walk("en", 2161, new Texts("Weekly complaint report", "Complaints of the period", "Quarterly complaint report",
                "Action plan and lessons", "The action plan and lessons were saved.", "Print"), "en");
    }

    @Test
    void inChinese() throws IOException {
        walk("zh-CN", 2162, new Texts("抱怨周报", "本期抱怨清单", "抱怨季报", "行动计划与经验教训", "行动计划和经验教训已保存。", "打印"),
                "zh");
    }

    record Texts(String weekly, String list, String quarterly, String plan, String saved, String print) {
    }

    private void walk(String language, int year, Texts texts, String tag) throws IOException {
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR, language);
        TestData.Caller admin = TestData.admin();
        String name = TestData.unique("Weekly browser customer");
        String customer = TestData.createCustomer(admin, TestData.customerBody(name));
        String complaint = ComplaintData.createComplaint(admin, customer, Map.of("category", "BILLING"));

        // received in a week of its own, so that no other test's complaints push it to another page
        LocalDate day = LocalDate.of(year, 5, 14);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update complaint set received_at = ?1 where id = ?2")
                .setParameter(1, day.atTime(10, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant())
                .setParameter(2, java.util.UUID.fromString(complaint)).executeUpdate());

        chromium.signIn(supervisor.username(), TestData.PASSWORD, "/admin/my-day");
        chromium.open("/admin/reports?period=WEEK&date=" + day);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-complaints")));
        assertEquals(texts.weekly(), browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.id("complaint-list")).getText().contains(texts.list()));
        WebElement row = browser.findElement(By.xpath("//table[@id='report-complaints']//tr[td[text()='" + name
                + "']]"));
        chromium.screenshot("report-week-" + tag + ".png");
        row.findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.urlContains("/admin/complaints/" + complaint));

        // the quarter's action plan, written in the form and saved
        chromium.open("/admin/reports?period=QUARTER&date=" + day);
        assertEquals(texts.quarterly(), browser.findElement(By.tagName("h1")).getText());
        assertEquals(texts.plan(), browser.findElement(By.id("plan-heading")).getText());
        String plan = "加强账单解释 / explain the bill " + TestData.unique("plan");
        WebElement field = browser.findElement(By.name("actionPlan"));
        field.sendKeys(plan);
        browser.findElement(By.name("lessons")).sendKeys("老客户对新资费不熟悉");
        browser.findElement(By.cssSelector("#plan form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("notice=plan_saved"));
        assertTrue(browser.getPageSource().contains(texts.saved()));
        assertEquals(plan, browser.findElement(By.id("plan-action")).getText());
        assertEquals(plan, QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select action_plan from report_plan where period = 'QUARTER' and starts_on = ?1")
                .setParameter(1, LocalDate.of(year, 4, 1)).getSingleResult()));

        // the print button opens the print dialog (counted here instead), and the print layout keeps plan and list
        browser.executeScript("window.printed = 0; window.print = function () { window.printed++; };");
        WebElement print = browser.findElement(By.id("print-report"));
        assertEquals(texts.print(), print.getText());
        print.click();
        assertEquals(1L, browser.executeScript("return window.printed;"));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertFalse(browser.findElement(By.cssSelector("header.topbar")).isDisplayed());
        assertFalse(print.isDisplayed());
        assertFalse(browser.findElement(By.cssSelector("details.plan-edit")).isDisplayed());
        assertTrue(browser.findElement(By.id("plan-action")).isDisplayed());
        assertTrue(browser.findElement(By.id("complaint-list")).isDisplayed());
        chromium.screenshot("report-quarter-print-" + tag + ".png");
    }
}
