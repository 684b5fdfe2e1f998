package org.vipcare.contact.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.vipcare.security.Role;
import org.vipcare.support.HeadlessChromium;
import org.vipcare.support.PageChecks;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;
import org.vipcare.support.TestData.TestUser;

/**
 * A manager opens an enterprise customer in Chinese, adds a decision maker with the form and finds the contact listed
 * under 决策者; the page and the form fit a phone and pass axe-core (as ConsolePagesTest checks every page).
 * Screenshots go to {@code target/console-contacts-*.png}.
 */
@QuarkusTest
class ContactBrowserTest {

    @TestHTTPResource("/admin/login")
    URL loginPage;

    private static HeadlessChromium chromium;

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    @Test
    void aManagerAddsADecisionMakerAndFindsItAmongTheDecisionMakers() throws IOException {
        chromium = HeadlessChromium.start(loginPage, 1440, 1000);
        TestUser manager = TestData.newConsoleUser(Role.AGENT, "zh-CN");
        Caller api = new Caller(manager.id(), manager.username(),
                TestData.token(manager.username(), TestData.PASSWORD));
        String customer = TestData.createCustomer(api, TestData.customerBody(TestData.unique("浏览器 集团客户"),
                Map.of("type", "ENTERPRISE", "enterpriseClass", "A")));
        api.request().body(Map.of("name", "小儿", "buyingRole", "USER", "phones", Map.of("mobile", "13900001111")))
                .post("/api/v1/customers/" + customer + "/contacts").then().statusCode(201);

        chromium.signIn(manager.username(), TestData.PASSWORD, "/admin/my-day");
        chromium.open("/admin/customers/" + customer);
        ChromeDriver browser = chromium.browser();
        WebElement section = browser.findElement(By.id("contacts"));
        assertEquals("联系人 (1)", section.findElement(By.tagName("h2")).getText());
        section.findElement(By.cssSelector("a[href$='/contacts/new']")).click();
        chromium.waiting().until(ExpectedConditions.urlContains("/contacts/new"));
        assertEquals("新增联系人", browser.findElement(By.tagName("h1")).getText());
        List<String> problems = checks(browser, "form");

        browser.findElement(By.id("f-name")).sendKeys("小姨");
        browser.findElement(By.id("f-title")).sendKeys("总经理");
        new Select(browser.findElement(By.id("f-buyingRole"))).selectByValue("DECISION_MAKER");
        browser.findElement(By.id("f-liaison")).click();
        browser.findElement(By.id("f-phones.mobile")).sendKeys("13812345678");
        chromium.screenshot("console-contacts-form-zh-CN.png");
        browser.findElement(By.cssSelector("form.contact-form button[type=submit]")).click();
        chromium.waiting().until(ExpectedConditions.urlContains("/admin/customers/" + customer));

        WebElement deciders = browser.findElement(By.cssSelector("#contacts .role-group[data-role='DECISION_MAKER']"));
        assertTrue(deciders.findElement(By.tagName("h3")).getText().startsWith("决策者"));
        WebElement person = deciders.findElement(By.cssSelector("li.person"));
        assertTrue(person.getText().contains("小姨"), person.getText());
        assertTrue(person.getText().contains("联络员"), person.getText());
        assertTrue(person.getText().contains("13812345678"), person.getText());
        // decision makers come first, the user after
        List<WebElement> groups = browser.findElements(By.cssSelector("#contacts .role-group"));
        assertEquals(List.of("DECISION_MAKER", "USER"), groups.stream().map(g -> g.getAttribute("data-role")).toList());
        chromium.screenshot("console-contacts-zh-CN.png");
        problems.addAll(checks(browser, "customer page"));
        assertEquals(List.of(), problems, "the pages overflow a phone or fail axe-core");
    }

    /** What ConsolePagesTest checks, on a desktop and a phone. */
    private static List<String> checks(ChromeDriver browser, String page) {
        List<String> found = new ArrayList<>();
        for (int width : List.of(1440, 360)) {
            browser.manage().window().setSize(new Dimension(width, 900));
            PageChecks.horizontalOverflow(browser).forEach(o -> found.add(page + " " + width + ": overflow " + o));
            PageChecks.seriousAccessibilityViolations(browser).forEach(v -> found.add(page + " " + width + ": " + v));
        }
        browser.manage().window().setSize(new Dimension(1440, 1000));
        return found;
    }
}
