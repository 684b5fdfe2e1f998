package org.vipcare.followup.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vipcare.followup.FollowUp;
import org.vipcare.followup.FollowUpEvent;
import org.vipcare.followup.FollowUpEventKind;
import org.vipcare.followup.FollowUpPurpose;
import org.vipcare.followup.FollowUpStatus;
import org.vipcare.security.Role;
import org.vipcare.support.HeadlessChromium;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.TestUser;

/**
 * A supervisor steers a call in the console: a refused cancel (no reason) is worded inline in Chinese, the call is
 * rescheduled to a time outside any contact window (kept exactly) and given to another agent, whose bell then counts
 * the assignment; the changes are listed on the call and on the customer's timeline.
 */
@QuarkusTest
class FollowUpSteeringBrowserTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TestHTTPResource("/admin/login")
    URL loginPage;

    private static HeadlessChromium chromium;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void freshBrowser() throws IOException {
        if (chromium == null) {
            chromium = HeadlessChromium.start(loginPage, 1280, 1400);
        }
        chromium.reset(1280, 1400);
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
    void aSupervisorReschedulesAndReassignsACallAndTheNewAssigneesBellCounts() throws IOException {
        TestUser agent = TestData.newConsoleUser(Role.AGENT, "zh-CN");
        TestUser taker = TestData.newConsoleUser(Role.AGENT, "zh-CN");
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR, "zh-CN");
        String name = TestData.unique("Steered Customer");
        UUID customer = TestData.newCustomer(name, agent.id(), TestData.mobile());
        UUID task = followUp(customer, agent.id());
        By bell = By.cssSelector("#bell [data-bell-count]");

        chromium.signIn(taker.username(), TestData.PASSWORD, "/admin/my-day");
        assertEquals("0", browser.findElement(bell).getText());
        chromium.reset(1280, 1400);

        chromium.signIn(supervisor.username(), TestData.PASSWORD, "/admin/my-day");
        chromium.open("/admin/follow-ups/" + task);
        // Refused inline, in the user's language: a cancel without a reason
        browser.findElement(By.cssSelector("form.steer-cancel button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("e-cx-cancelReason")));
        assertTrue(browser.findElement(By.id("e-cx-cancelReason")).getText().contains("请说明取消回访的原因"),
                browser.findElement(By.id("e-cx-cancelReason")).getText());
        assertEquals(FollowUpStatus.OPEN, task(task).status);

        LocalDate day = LocalDate.now(ZONE).plusDays(3);
        browser.executeScript("document.getElementById('f-rs-dueAt').value = arguments[0]", day + "T21:15");
        browser.findElement(By.id("f-rs-note")).sendKeys("出差到周四");
        browser.findElement(By.cssSelector("form.steer-reschedule button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("notice=rescheduled"));
        assertEquals(day.atTime(21, 15).atZone(ZONE).toInstant(), task(task).dueAt, "kept exactly as chosen");

        new Select(browser.findElement(By.id("f-ra-assigneeId"))).selectByValue(taker.id().toString());
        browser.findElement(By.cssSelector("form.steer-reassign button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("notice=reassigned"));
        assertEquals(taker.id(), task(task).assigneeId);
        List<FollowUpEventKind> kinds = QuarkusTransaction.requiringNew().call(() -> FollowUpEvent.of(task)
                .stream().map(e -> e.kind).toList());
        assertEquals(List.of(FollowUpEventKind.RESCHEDULED, FollowUpEventKind.REASSIGNED), kinds);
        String changes = browser.findElement(By.cssSelector("table.changes")).getText();
        assertTrue(changes.contains("改期") && changes.contains("改派") && changes.contains(day + " 21:15")
                && changes.contains(taker.displayName()) && changes.contains("出差到周四"), changes);
        chromium.screenshot("followup-steer-zh-CN.png");

        chromium.open("/admin/customers/" + customer);
        String timeline = browser.findElement(By.cssSelector("section[aria-labelledby=timeline]")).getText();
        assertTrue(timeline.contains("回访调整") && timeline.contains("由 " + agent.displayName() + " 改派给 "
                + taker.displayName()), timeline);

        // A call of any purpose made by hand from the customer's calls, given to the taker too
        chromium.open("/admin/follow-ups?customerId=" + customer);
        browser.findElement(By.cssSelector("details.new-call summary")).click();
        new Select(browser.findElement(By.id("f-new-purpose"))).selectByValue("ACTIVITY_INVITE");
        browser.executeScript("document.getElementById('f-new-dueAt').value = arguments[0]", day + "T10:00");
        new Select(browser.findElement(By.id("f-new-assigneeId"))).selectByValue(taker.id().toString());
        browser.findElement(By.id("f-new-note")).sendKeys("新品发布会");
        browser.findElement(By.cssSelector("details.new-call button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("notice=created"));
        FollowUp made = QuarkusTransaction.requiringNew().call(() -> FollowUp.<FollowUp>find(
                "customerId = ?1 and purpose = ?2", customer, FollowUpPurpose.ACTIVITY_INVITE).firstResult());
        assertEquals(taker.id(), made.assigneeId);
        assertEquals(day.atTime(10, 0).atZone(ZONE).toInstant(), made.dueAt);
        assertEquals("新品发布会", made.note);
        chromium.reset(1280, 1400);

        // The taker's bell counts both assignments
        chromium.signIn(taker.username(), TestData.PASSWORD, "/admin/my-day");
        wait.until(ExpectedConditions.textToBe(bell, "2"));
    }

    private static FollowUp task(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> FollowUp.<FollowUp>findById(id));
    }

    private static UUID followUp(UUID customerId, UUID assigneeId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            FollowUp task = new FollowUp();
            task.stampNew(Instant.now());
            task.customerId = customerId;
            task.purpose = FollowUpPurpose.SATISFACTION;
            task.dueAt = Instant.now().plusSeconds(3600);
            task.assigneeId = assigneeId;
            task.persist();
            return task.id;
        });
    }
}
