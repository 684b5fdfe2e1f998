package org.vipcare.myday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.vipcare.security.Role;
import org.vipcare.support.ComplaintData;
import org.vipcare.support.HeadlessChromium;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.TestUser;

/**
 * A supervisor signs in, lands on the team's My day, finds an escalated complaint with its owner's name and hands it
 * over to another agent in one click, in Chinese and in English. Screenshots go to {@code target/console-my-day-*.png}.
 */
@QuarkusTest
class TeamMyDayBrowserTest {

    @TestHTTPResource("/admin/login")
    URL loginPage;

    private static HeadlessChromium chromium;

    @BeforeEach
    void freshBrowser() throws IOException {
        if (chromium == null) {
            chromium = HeadlessChromium.start(loginPage, 1440, 1000);
        }
        chromium.reset(1440, 1000);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    @ParameterizedTest
    @CsvSource({ "zh-CN, 我的一天, 转交, 已转交", "en, My day, Hand over, Handed over" })
    void aSupervisorHandsAnEscalatedComplaintOverFromMyDay(String language, String title, String button,
            String done) throws IOException {
        TestData.Caller owner = TestData.newUser(Role.AGENT);
        TestUser taker = TestData.newConsoleUser(Role.AGENT);
        UUID customer = TestData.newCustomer(TestData.unique("Browser Team Customer"), owner.id(), TestData.mobile());
        UUID complaint = UUID.fromString(ComplaintData.createComplaint(owner, customer.toString(),
                Map.of("receivedAt", "2015-01-06T02:00:00Z")));
        TeamMyDayTest.escalate(complaint);
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR, language);

        chromium.signIn(supervisor.username(), TestData.PASSWORD, "/admin/my-day");
        var browser = chromium.browser();
        assertEquals(title, browser.findElement(By.tagName("h1")).getText());
        WebElement row = browser.findElement(By.cssSelector("tr[data-complaint='" + complaint + "']"));
        assertEquals("Test " + owner.username(), row.findElement(By.cssSelector("td.owner")).getText());
        assertTrue(row.findElement(By.cssSelector(".badge.sla-breached")).isDisplayed());
        chromium.screenshot("console-my-day-" + language + ".png");

        new Select(row.findElement(By.id("handover-complaint-" + complaint))).selectByVisibleText(taker.displayName());
        WebElement send = row.findElement(By.cssSelector(".handover-form button[type=submit]"));
        assertEquals(button, send.getText());
        send.click();
        chromium.waiting().until(ExpectedConditions.urlContains("notice=handed-over"));
        assertTrue(browser.findElement(By.cssSelector(".alert.success")).getText().startsWith(done));
        assertEquals(taker.id(), TeamMyDayTest.complaint(complaint).ownerId);
        WebElement after = browser.findElement(By.cssSelector("tr[data-complaint='" + complaint + "']"));
        assertEquals(taker.displayName(), after.findElement(By.cssSelector("td.owner")).getText());

        // one click to the complaint, where the call context waits: a supervisor sees the number in full and can dial it
        after.findElement(By.cssSelector("td.summary a")).click();
        chromium.waiting().until(ExpectedConditions.urlContains("/admin/complaints/" + complaint));
        WebElement context = browser.findElement(By.cssSelector("section.call-context"));
        assertTrue(context.findElement(By.cssSelector("a.tel")).getAttribute("href").startsWith("tel:139"));
        assertTrue(browser.findElement(By.cssSelector("a.link-customer")).getAttribute("href")
                .endsWith("/admin/customers/" + customer));
        chromium.screenshot("console-complaint-call-context-" + language + ".png");
    }
}
