package org.vipcare.retention.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vipcare.customer.Customer;
import org.vipcare.retention.RetentionCase;
import org.vipcare.retention.RetentionSource;
import org.vipcare.retention.RetentionStage;
import org.vipcare.security.Role;
import org.vipcare.support.HeadlessChromium;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.TestUser;

/**
 * An agent opens a retention case for a WATCH customer in a real browser, in Chinese and in English: from the WATCH
 * list to the customer, one action that asks for the reason the customer gave, and back on the WATCH list the
 * customer's row links its case. Screenshots go to {@code target/watch-retention-*.png}.
 */
@QuarkusTest
class WatchRetentionBrowserTest {

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

    /** The texts the agent reads and clicks, in one language. */
    private record Words(String language, String watchOnly, String start, String oneClick, String hint,
            String opened, String caseLink) {
    }

    @Test
    void inChinese() throws IOException {
        walk(new Words("zh-CN", "增加关注级", "发起挽留", "创建挽留案件", "该客户处于增加关注级", "案件已创建。",
                "进行中的挽留案件"), "客户说资费太贵，准备转网");
    }

    @Test
    void inEnglish() throws IOException {
        walk(new Words("en", "On watch", "Start retention", "Open a retention case", "This customer is on WATCH",
                "Case opened.", "Open retention case"), "Says the plan is too expensive, thinking of switching");
    }

    private void walk(Words words, String statedReason) throws IOException {
        TestUser agent = TestData.newConsoleUser(Role.AGENT, words.language());
        String name = TestData.unique("王建国 Watch");
        UUID customer = TestData.newCustomer(name, agent.id(), TestData.mobile());
        makeWatch(customer);
        chromium.signIn(agent.username(), TestData.PASSWORD, "/admin/my-day");

        // the agent's own WATCH customers
        chromium.open("/admin/customers");
        new Select(browser.findElement(By.name("watch"))).selectByValue("true");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("watch=true"));
        assertTrue(browser.getPageSource().contains(words.watchOnly()));
        browser.findElement(By.linkText(name)).click();
        wait.until(ExpectedConditions.urlContains("/admin/customers/" + customer));

        // one action to start retention, none that looks like it
        List<WebElement> starts = browser.findElements(By.linkText(words.start()));
        assertEquals(1, starts.size());
        assertFalse(browser.getPageSource().contains(words.oneClick()));
        starts.get(0).click();
        wait.until(ExpectedConditions.urlContains("/admin/retention/new"));
        assertTrue(browser.findElement(By.cssSelector(".subtitle")).getText().startsWith(words.hint()));
        browser.findElement(By.name("statedReason")).sendKeys(statedReason);
        chromium.screenshot("watch-retention-" + words.language() + "-open.png");
        browser.findElement(By.cssSelector("form.retention-open button.primary")).click();
        wait.until(ExpectedConditions.urlContains("notice=opened"));
        assertTrue(browser.getPageSource().contains(words.opened()));
        assertTrue(browser.getPageSource().contains(statedReason));
        UUID caseId = UUID.fromString(browser.getCurrentUrl().replaceAll(".*/admin/retention/([0-9a-f-]{36}).*",
                "$1"));
        RetentionCase opened = QuarkusTransaction.requiringNew()
                .call(() -> RetentionCase.<RetentionCase>findById(caseId));
        assertEquals(customer, opened.customerId);
        assertEquals(RetentionSource.WATCH, opened.source);
        assertEquals(RetentionStage.TRUST, opened.stage);
        assertEquals(statedReason, opened.statedReason);

        // back on the WATCH list the customer's row links its case
        chromium.open("/admin/customers?watch=true");
        WebElement row = browser.findElement(By.xpath("//tr[.//a[normalize-space()='" + name + "']]"));
        WebElement link = row.findElement(By.linkText(words.caseLink()));
        assertTrue(link.getAttribute("href").endsWith("/admin/retention/" + caseId));
        chromium.screenshot("watch-retention-" + words.language() + "-list.png");
        link.click();
        wait.until(ExpectedConditions.urlContains("/admin/retention/" + caseId));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains(name));
    }

    /** WATCH is the tier engine's to write; the test sets it straight in the database. */
    private static void makeWatch(UUID customer) {
        QuarkusTransaction.requiringNew().run(() -> Customer.getEntityManager()
                .createNativeQuery("update customer_standing set watch = true, tier = 'GOLD', window_spend = ?1"
                        + " where customer_id = ?2")
                .setParameter(1, new BigDecimal("5000.00")).setParameter(2, customer).executeUpdate());
    }
}
