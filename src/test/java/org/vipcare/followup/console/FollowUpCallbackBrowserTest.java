package org.vipcare.followup.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vipcare.calendar.BusinessCalendars;
import org.vipcare.complaint.Complaint;
import org.vipcare.customer.Customer;
import org.vipcare.followup.FollowUp;
import org.vipcare.followup.FollowUpPurpose;
import org.vipcare.followup.FollowUpStatus;
import org.vipcare.security.Role;
import org.vipcare.support.HeadlessChromium;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.TestUser;

/**
 * An agent works a follow-up in the console, in Chinese and in English: the customer asks to be called back at
 * 19:30, the call falls due exactly then; two missed calls after it are retried inside the customer's 10:00–20:00
 * window on working days and the call is not given up on its third attempt. A second call reaches the customer, who
 * raises a problem (opened as a complaint with the call) and a lead (shown on the customer page).
 */
@QuarkusTest
class FollowUpCallbackBrowserTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TestHTTPResource("/admin/login")
    URL loginPage;

    @Inject
    BusinessCalendars calendars;

    private static HeadlessChromium chromium;
    private ChromeDriver browser;
    private WebDriverWait wait;

    /** What the agent reads, per language. */
    record Texts(String callback, String thirdTry, String complaintOpened, String leads) {
    }

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
    void anAgentRecordsACallbackInChinese() throws IOException {
        walk("zh-CN", new Texts("客户约定的回电时间", "第 3 次尝试（共 3 次", "回访已记录，抱怨已创建。", "回访中的商机"));
    }

    @Test
    void anAgentRecordsACallbackInEnglish() throws IOException {
        walk("en", new Texts("the time the customer asked to be called back", "try 3 of 3",
                "Call recorded and complaint opened.", "Leads from calls"));
    }

    private void walk(String language, Texts texts) throws IOException {
        TestUser agent = TestData.newConsoleUser(Role.AGENT, language);
        String name = TestData.unique("Callback Customer");
        UUID customer = TestData.newCustomer(name, agent.id(), TestData.mobile());
        QuarkusTransaction.requiringNew().run(() -> Customer.getEntityManager()
                .createNativeQuery("update customer set contact_from = time '10:00', contact_to = time '20:00'"
                        + " where id = ?1").setParameter(1, customer).executeUpdate());
        UUID task = followUp(customer, agent.id(), FollowUpPurpose.SATISFACTION);

        chromium.signIn(agent.username(), TestData.PASSWORD, "/admin/my-day");
        chromium.open("/admin/follow-ups/" + task);
        LocalDate day = LocalDate.now(ZONE).plusDays(2);
        Instant callback = day.atTime(19, 30).atZone(ZONE).toInstant();
        record("NO_TIME", day + "T19:30");
        FollowUp afterCallback = task(task);
        assertEquals(callback, afterCallback.dueAt, "due exactly at the callback time the customer asked for");
        assertEquals(0, afterCallback.failedTries);
        String nextTry = browser.findElement(By.id("next-try")).getText();
        assertTrue(nextTry.contains("19:30") && nextTry.contains(texts.callback()), nextTry);

        record("NO_ANSWER", null);
        assertInsideTheWindow(task(task).dueAt);
        record("NO_ANSWER", null);
        FollowUp third = task(task);
        assertEquals(FollowUpStatus.OPEN, third.status, "not given up on the third attempt: one was the callback");
        assertEquals(3, third.attempts);
        assertEquals(2, third.failedTries);
        assertInsideTheWindow(third.dueAt);
        assertTrue(browser.findElement(By.id("next-try")).getText().contains(texts.thirdTry()),
                browser.findElement(By.id("next-try")).getText());
        chromium.screenshot("followup-callback-" + language + ".png");

        // A second call reaches the customer: a problem becomes a complaint with the call, a lead is kept
        UUID care = followUp(customer, agent.id(), FollowUpPurpose.AFTER_PURCHASE);
        chromium.open("/admin/follow-ups/" + care);
        new Select(browser.findElement(By.name("outcome"))).selectByValue("REACHED");
        String problem = TestData.unique("Charged twice for the new phone");
        browser.findElement(By.name("problem")).sendKeys(problem);
        String lead = TestData.unique("Wants a tablet for the daughter");
        browser.findElement(By.name("lead")).sendKeys(lead);
        browser.findElement(By.name("openComplaint")).click();
        new Select(browser.findElement(By.name("complaint.category"))).selectByValue("BILLING");
        browser.findElement(By.cssSelector("form[action$='/attempts'] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("notice=complaint"));
        assertTrue(browser.findElement(By.cssSelector(".alert.success")).getText().contains(texts.complaintOpened()));
        UUID complaint = QuarkusTransaction.requiringNew().call(() -> ((Complaint) Complaint.find(
                "customerId = ?1 and summary = ?2", customer, problem).firstResult()).id);
        assertNotNull(complaint);
        assertTrue(browser.getPageSource().contains(lead), "the lead is shown on the follow-up page");
        browser.findElement(By.cssSelector(".alert.success a[href='/admin/complaints/" + complaint + "']")).click();
        wait.until(ExpectedConditions.urlContains("/admin/complaints/" + complaint));

        chromium.open("/admin/customers/" + customer);
        String leads = browser.findElement(By.cssSelector("section[aria-labelledby=leads]")).getText();
        assertTrue(leads.contains(texts.leads()) && leads.contains(lead), leads);
    }

    /** Picks an outcome (and a callback time, as the datetime-local picker would fill it) and records the call. */
    private void record(String outcome, String callbackAt) {
        new Select(browser.findElement(By.name("outcome"))).selectByValue(outcome);
        if (callbackAt != null) {
            browser.executeScript("document.getElementById('f-callbackAt').value = arguments[0]", callbackAt);
        }
        String before = browser.getCurrentUrl();
        browser.findElement(By.cssSelector("form[action$='/attempts'] button[type=submit]")).click();
        wait.until(ExpectedConditions.and(ExpectedConditions.urlContains("notice=recorded"),
                driver -> !driver.getCurrentUrl().equals(before) || driver.findElements(By.id("next-try")).size() > 0));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert.success")));
    }

    private void assertInsideTheWindow(Instant due) {
        ZonedDateTime local = due.atZone(ZONE);
        assertTrue(!local.toLocalTime().isBefore(LocalTime.of(10, 0)) && local.toLocalTime().isBefore(
                LocalTime.of(20, 0)), "inside 10:00-20:00: " + local);
        assertTrue(calendars.current().isWorkingDay(local.toLocalDate()), "on a working day: " + local);
    }

    private static FollowUp task(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> FollowUp.<FollowUp>findById(id));
    }

    private static UUID followUp(UUID customerId, UUID assigneeId, FollowUpPurpose purpose) {
        return QuarkusTransaction.requiringNew().call(() -> {
            FollowUp task = new FollowUp();
            task.stampNew(Instant.now());
            task.customerId = customerId;
            task.purpose = purpose;
            task.dueAt = Instant.now();
            task.assigneeId = assigneeId;
            task.persist();
            return task.id;
        });
    }
}
