package org.vipcare.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vipcare.security.Role;
import org.vipcare.support.ComplaintData;
import org.vipcare.support.HeadlessChromium;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;
import org.vipcare.support.TestData.TestUser;

/**
 * The console stays live in a real browser: an agent's complaint page counts down and turns amber when the contact
 * clock reaches 75 %, and a hand-over made by a supervisor through the API rings the agent's bell and shows a notice,
 * all without a reload, in Chinese and in English. Screenshots go to {@code target/live-*.png}.
 */
@QuarkusTest
class LiveBrowserTest {

    @TestHTTPResource("/admin/login")
    URL loginPage;

    private static HeadlessChromium chromium;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void freshBrowser() throws IOException {
        if (chromium == null) {
            chromium = HeadlessChromium.start(loginPage, 1280, 1000);
        }
        chromium.reset(1280, 1000);
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

    @ParameterizedTest
    @CsvSource({ "zh-CN, 正常, 临近超时, 转交给您", "en, On track, At risk, handed you the complaint of" })
    void theAgentsConsoleTicksAndRingsWithoutAReload(String language, String onTrack, String atRisk,
            String handedYou) throws IOException {
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        TestUser agent = TestData.newConsoleUser(Role.AGENT, language);
        String name = TestData.unique("Live Browser");
        String customer = TestData.createCustomer(supervisor, TestData.customerBody(name));
        // The warning share of this customer's contact clock, from a complaint received now...
        JsonPath probe = complaint(supervisor, customer, agent, Instant.now());
        Duration toWarning = Duration.between(Instant.parse(probe.getString("receivedAt")),
                Instant.parse(probe.getString("contactWarnAt")));
        // ...so that the agent's complaint turns amber a few seconds after its page is open.
        String complaint = complaint(supervisor, customer, agent,
                Instant.now().minus(toWarning).plusSeconds(15)).getString("id");
        String handed = ComplaintData.createComplaint(supervisor, customer, Map.of());

        chromium.signIn(agent.username(), TestData.PASSWORD, "/admin/my-day");
        chromium.open("/admin/complaints/" + complaint);
        By badge = By.cssSelector("main .sla-live [data-sla-badge]");
        By countdown = By.cssSelector("main .sla-live [data-countdown]");
        By bell = By.cssSelector("#bell [data-bell-count]");
        assertEquals(onTrack, browser.findElement(badge).getText());
        assertEquals("0", browser.findElement(bell).getText());
        String before = browser.findElement(countdown).getText();
        wait.until(driver -> !driver.findElement(countdown).getText().equals(before));
        assertNotEquals(before, browser.findElement(countdown).getText());

        supervisor.request().body(Map.of("toUserId", agent.id().toString(), "note", "Please call today"))
                .post("/api/v1/complaints/" + handed + "/handover").then().statusCode(200);
        wait.until(ExpectedConditions.textToBe(bell, "1"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#live-toasts .live-toast a")));
        String notice = browser.findElement(By.cssSelector("#live-toasts .live-toast a")).getText();
        assertTrue(notice.contains(handedYou) && notice.contains(name), notice);
        assertEquals("/admin/complaints/" + handed, browser.findElement(By.cssSelector("#live-toasts .live-toast a"))
                .getDomAttribute("href"));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Notification.count(
                "recipientId = ?1 and kind = ?2 and readAt is null", agent.id(), NotificationKind.ASSIGNED)));

        wait.until(ExpectedConditions.textToBe(badge, atRisk));
        assertTrue(browser.findElement(badge).getDomAttribute("class").contains("sla-warning"));
        chromium.screenshot("live-" + language + ".png");

        // The bell leads to the list, where opening the notice marks it read.
        browser.findElement(By.id("bell")).click();
        wait.until(ExpectedConditions.urlContains("/admin/notifications"));
        browser.findElement(By.cssSelector(".notification.unread .notification-open button")).click();
        wait.until(ExpectedConditions.urlContains("/admin/complaints/" + handed));
        assertEquals("0", browser.findElement(bell).getText());
    }

    private static JsonPath complaint(Caller supervisor, String customer, TestUser owner, Instant receivedAt) {
        return supervisor.request().body(ComplaintData.complaintBody(customer, Map.of("receivedAt",
                receivedAt.toString(), "firstReceiverId", owner.id().toString())))
                .post("/api/v1/complaints").then().statusCode(201).extract().jsonPath();
    }
}
