package org.vipcare.visit.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vipcare.security.Role;
import org.vipcare.support.HeadlessChromium;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;
import org.vipcare.support.TestData.TestUser;
import org.vipcare.visit.Visit;
import org.vipcare.visit.VisitStatus;

/**
 * An account manager working in Chinese plans a visit to an enterprise customer from its page (a contact to meet,
 * the checklist prefilled with the reference items), ticks an item, records the visit and sees it done.
 */
@QuarkusTest
class VisitBrowserTest {

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
    void planAVisitInChineseRecordItAndSeeItDone() throws IOException {
        TestUser agent = TestData.newConsoleUser(Role.AGENT, "zh-CN");
        Caller api = new Caller(agent.id(), agent.username(), TestData.token(agent.username(), TestData.PASSWORD));
        String name = TestData.unique("华东物流集团");
        String customer = TestData.createCustomer(api, TestData.customerBody(name, Map.of("type", "ENTERPRISE",
                "enterpriseClass", "A", "managerId", agent.id().toString())));
        UUID contact = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> Visit.getEntityManager().createNativeQuery(
                "insert into customer_contact (id, customer_id, name, title, buying_role, created_at, updated_at) "
                        + "values (?1, ?2, '王总', '采购总监', 'DECISION_MAKER', now(), now())")
                .setParameter(1, contact).setParameter(2, UUID.fromString(customer)).executeUpdate());

        chromium.signIn(agent.username(), TestData.PASSWORD, "/admin/my-day");
        assertTrue(browser.findElement(By.id("visits-due")).getText().contains("待拜访"));
        chromium.open("/admin/customers/" + customer);
        String section = browser.findElement(By.id("visits")).getText();
        assertTrue(section.contains("拜访") && section.contains("暂无拜访"), section);
        browser.findElement(By.cssSelector("#visits a[href$='/visits/new']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-plannedAt")));
        String checklist = browser.findElement(By.id("f-checklist")).getAttribute("value");
        assertTrue(checklist.startsWith("我对这个客户了解多少"), checklist);

        // Refused inline: no purpose
        LocalDate day = LocalDate.now(ZONE).plusDays(3);
        browser.executeScript("document.getElementById('f-plannedAt').value = arguments[0]", day + "T10:30");
        browser.findElement(By.cssSelector("form.visit-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("e-purpose")));

        browser.executeScript("document.getElementById('f-plannedAt').value = arguments[0]", day + "T10:30");
        browser.findElement(By.id("f-purpose")).sendKeys("介绍明年的车队服务合同");
        browser.findElement(By.cssSelector("input[name=contactId][value='" + contact + "']")).click();
        browser.findElement(By.cssSelector("form.visit-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.visits-planned")));
        Visit planned = visitOf(customer);
        assertEquals(VisitStatus.PLANNED, planned.status);
        assertEquals(day.atTime(10, 30).atZone(ZONE).toInstant(), planned.plannedAt);
        assertEquals(java.util.Set.of(contact), planned.contactIds);
        assertEquals("know-customer", planned.checklist.get(0).key());
        String row = browser.findElement(By.cssSelector("table.visits-planned")).getText();
        assertTrue(row.contains("介绍明年的车队服务合同") && row.contains("王总") && row.contains("已准备 0 / 11"), row);

        // Tick the first item
        browser.findElement(By.cssSelector("form.checklist input[name=done][value='0']")).click();
        browser.findElement(By.cssSelector("form.checklist button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table.visits-planned"),
                "已准备 1 / 11"));
        assertTrue(visitOf(customer).checklist.get(0).done());

        // Record it
        browser.findElement(By.cssSelector("table.visits-planned a[href$='/record']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-summary")));
        browser.findElement(By.id("f-summary")).sendKeys("王总同意下月试用三辆车");
        browser.findElement(By.id("f-nextSteps")).sendKeys("周五前发报价");
        browser.findElement(By.id("f-leads")).sendKeys("深圳分公司也有需求");
        browser.findElement(By.cssSelector("form.visit-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.visits-done")));
        String done = browser.findElement(By.cssSelector("table.visits-done")).getText();
        assertTrue(done.contains("王总同意下月试用三辆车") && done.contains("周五前发报价")
                && done.contains("深圳分公司也有需求") && done.contains("60"), done);
        assertTrue(browser.findElements(By.cssSelector("table.visits-planned")).isEmpty());
        Visit recorded = visitOf(customer);
        assertEquals(VisitStatus.DONE, recorded.status);
        assertEquals(60, recorded.durationMinutes);
        chromium.screenshot("visit-done-zh-CN.png");
        String timeline = browser.findElement(By.cssSelector("section[aria-labelledby=timeline]")).getText();
        assertTrue(timeline.contains("已拜访：王总同意下月试用三辆车"), timeline);
    }

    private static Visit visitOf(String customer) {
        return QuarkusTransaction.requiringNew().call(() -> Visit.<Visit>find("customerId",
                UUID.fromString(customer)).firstResult());
    }
}
