package org.vipcare.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vipcare.security.ConsoleSessions;
import org.vipcare.security.Role;
import org.vipcare.support.ComplaintData;
import org.vipcare.support.HeadlessChromium;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.TestUser;

/**
 * The console's main flows in a real browser (headless Chromium): sign in, find a customer, open it, rename it;
 * read the tiers page in both languages; print the yearly report; declare and remove a holiday. Screenshots go to
 * {@code target/console-*.png}.
 */
@QuarkusTest
class ConsoleBrowserTest {

    @TestHTTPResource("/admin/login")
    URL loginPage;

    /** One browser for the class: each test starts it afresh with {@link HeadlessChromium#reset}. */
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

    @Test
    void signInFindACustomerAndRenameIt() throws IOException {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        String name = TestData.unique("Browser Customer");
        UUID id = TestData.newCustomer(name, agent.id(), TestData.mobile());

        chromium.signIn(agent.username(), TestData.PASSWORD, "/admin/my-day");
        browser.findElement(By.linkText("Customers")).click();
        wait.until(ExpectedConditions.urlContains("/admin/customers"));

        WebElement search = browser.findElement(By.name("q"));
        search.sendKeys(name);
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("q="));
        browser.findElement(By.linkText(name)).click();
        wait.until(ExpectedConditions.urlContains("/admin/customers/" + id));
        assertEquals(name, browser.findElement(By.tagName("h1")).getText());

        browser.findElement(By.cssSelector("a[href$='/edit']")).click();
        wait.until(ExpectedConditions.urlContains("/edit"));
        String newName = "王小明 " + name;
        WebElement nameField = browser.findElement(By.name("name"));
        nameField.clear();
        nameField.sendKeys(newName);
        browser.findElement(By.cssSelector("form.customer-form button[type=submit]")).click();

        wait.until(ExpectedConditions.urlContains("notice=saved"));
        assertEquals(newName, browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.getPageSource().contains("Changes saved."));
        assertEquals(newName, TestData.customer(id).name);

        chromium.screenshot("console-detail.png");

        // record a complaint for the customer from its page, then look at the complaint
        browser.findElement(By.linkText("Record a complaint")).click();
        wait.until(ExpectedConditions.urlContains("/admin/complaints/new"));
        new Select(browser.findElement(By.name("category"))).selectByValue("BILLING");
        browser.findElement(By.name("summary")).sendKeys("Billed twice for the March service");
        browser.findElement(By.name("demand")).sendKeys("Refund the second charge");
        browser.findElement(By.cssSelector("main form button.primary[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("notice=created"));
        assertTrue(browser.getPageSource().contains("Record first contact"));
        chromium.screenshot("console-complaint.png");
    }

    /** A supervisor's tiers page with its charts, in English and then, through the switch, in Chinese. */
    @Test
    void supervisorReadsTheTiersPageInBothLanguages() throws IOException {
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR);
        // the charts need a book to chart: a customer of this test's own, not whatever other tests left
        TestData.newCustomer(TestData.unique("Charted Customer"), supervisor.id(), TestData.mobile());
        browser.manage().window().setSize(new Dimension(1280, 1600));

        chromium.signIn(supervisor.username(), TestData.PASSWORD, "/admin/my-day");

        browser.findElement(By.linkText("Tiers")).click();
        wait.until(ExpectedConditions.urlContains("/admin/tiers"));
        assertEquals("Tiers", browser.findElement(By.tagName("h1")).getText());
        assertEquals(3, browser.findElements(By.cssSelector("figure.chart svg")).size());
        assertEquals(4, browser.findElements(By.cssSelector("form.tier-form")).size());
        screenshot("console-tiers-en.png");

        browser.findElement(By.cssSelector(".languages a[lang='zh-CN']")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "客户分级"));
        screenshot("console-tiers-zh.png");

        // An edit form opens in place.
        browser.findElement(By.cssSelector("#tier-gold details.edit > summary")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-gold-slaMultiplier")));
        browser.executeScript("document.getElementById('tier-gold').scrollIntoView()");
        screenshot("console-tiers-zh-edit.png");
        browser.executeScript("window.scrollTo(0, document.body.scrollHeight)");
        screenshot("console-tiers-zh-bottom.png");
    }

    /**
     * A supervisor opens the reports from the navigation, asks for the year and prints it: the print stylesheet leaves
     * the navigation and the choice form out and keeps the figures and charts.
     */
    @Test
    void supervisorReadsAndPrintsTheYearlyReport() throws IOException {
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR);
        TestData.Caller admin = TestData.admin();
        String customer = TestData.createCustomer(admin, TestData.customerBody("Report browser customer"));
        for (String category : List.of("BILLING", "BILLING", "NETWORK", "SERVICE_ATTITUDE")) {
            ComplaintData.createComplaint(admin, customer, Map.of("category", category));
        }
        browser.manage().window().setSize(new Dimension(1280, 1800));

        chromium.signIn(supervisor.username(), TestData.PASSWORD, "/admin/my-day");

        browser.findElement(By.linkText("Reports")).click();
        wait.until(ExpectedConditions.urlContains("/admin/reports"));
        assertEquals("Monthly complaint report", browser.findElement(By.tagName("h1")).getText());
        new Select(browser.findElement(By.name("period"))).selectByValue("YEAR");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("period=YEAR"));
        assertEquals("Yearly complaint report", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElements(By.cssSelector("figure.chart svg")).size() >= 4,
                "the year has its SLA, category, month and department charts");
        screenshot("console-report-year.png");

        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertFalse(browser.findElement(By.cssSelector("header.topbar")).isDisplayed());
        assertFalse(browser.findElement(By.cssSelector("form.filters")).isDisplayed());
        assertTrue(browser.findElement(By.id("report-total")).isDisplayed());
        assertTrue(browser.findElement(By.id("chart-trend")).isDisplayed());
        screenshot("console-report-year-print.png");
    }

    /** A supervisor declares a holiday on the calendar page, finds it in its year, and removes it again. */
    @Test
    void supervisorDeclaresAndRemovesAHolidayOnTheCalendar() throws IOException {
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR);
        LocalDate day = LocalDate.of(2041, 6, 12); // a day no other test uses
        browser.manage().window().setSize(new Dimension(1280, 1600));
        chromium.signIn(supervisor.username(), TestData.PASSWORD, "/admin/my-day");
        try {
            browser.findElement(By.linkText("Calendar")).click();
            wait.until(ExpectedConditions.urlContains("/admin/calendar"));
            assertEquals("Business calendar", browser.findElement(By.tagName("h1")).getText());
            assertEquals(7, browser.findElements(By.cssSelector("table.hours tbody tr")).size());
            screenshot("console-calendar.png");

            // a date input takes the keys of the browser's locale: set its value directly
            browser.executeScript("document.getElementById('f-date').value = arguments[0]", day.toString());
            new Select(browser.findElement(By.name("kind"))).selectByValue("HOLIDAY");
            browser.findElement(By.name("name")).sendKeys("公司周年 Company day");
            browser.findElement(By.cssSelector("#declare button[type=submit]")).click();
            wait.until(ExpectedConditions.urlContains("notice=day-saved"));
            assertTrue(browser.getPageSource().contains("Holidays and make-up days in " + day.getYear()));
            WebElement row = browser.findElement(By.xpath("//tr[td[text()='" + day + "']]"));
            assertTrue(row.getText().contains("Public holiday (closed)"), row.getText());
            screenshot("console-calendar-declared.png");

            row.findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(ExpectedConditions.urlContains("notice=day-removed"));
            assertTrue(browser.findElements(By.xpath("//tr[td[text()='" + day + "']]")).isEmpty());
        } finally {
            TestData.as(Role.SUPERVISOR).request().delete("/api/v1/calendar/days/" + day);
        }
    }

    /**
     * Signing out ends the session on the server: the cookies the browser held before, put back into it (as a thief
     * who copied them would), open the login page instead of the console, and the server refuses them too.
     */
    @Test
    void signOutEndsTheSessionAndTheReplayedCookiesOpenTheLoginPage() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        chromium.signIn(agent.username(), TestData.PASSWORD, "/admin/my-day");
        chromium.open("/admin/customers");
        wait.until(ExpectedConditions.urlContains("/admin/customers"));
        Set<Cookie> signedIn = browser.manage().getCookies();
        assertTrue(signedIn.stream().anyMatch(c -> c.getName().equals(ConsoleSessions.COOKIE) && c.isHttpOnly()),
                signedIn.toString());

        browser.findElement(By.cssSelector("form.sign-out button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/admin/login"));
        assertTrue(browser.manage().getCookies().stream().noneMatch(c -> c.getName().equals(ConsoleSessions.COOKIE)));

        signedIn.forEach(cookie -> browser.manage().addCookie(cookie));
        chromium.open("/admin/customers");
        wait.until(ExpectedConditions.urlContains("/admin/login"));
        assertEquals(1, browser.findElements(By.name("j_username")).size(),
                () -> browser.getCurrentUrl() + " " + browser.getPageSource());
        assertFalse(browser.getPageSource().contains(agent.displayName()));

        io.restassured.specification.RequestSpecification replay = io.restassured.RestAssured.given().redirects()
                .follow(false);
        for (Cookie cookie : signedIn) {
            replay = replay.cookie(cookie.getName(), cookie.getValue());
        }
        replay.get("/admin/customers").then().statusCode(302);
    }

    private void screenshot(String name) throws IOException {
        chromium.screenshot(name);
    }
}
