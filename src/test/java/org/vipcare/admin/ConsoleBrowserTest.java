package org.vipcare.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vipcare.admin.ConsoleTestData.TestUser;
import org.vipcare.security.Role;
import org.vipcare.support.ComplaintData;
import org.vipcare.support.TestData;

/**
 * The console's main flows in a real browser (headless Chromium): sign in, find a customer, open it, rename it;
 * read the tiers page in both languages.
 * Chromium and its driver must be installed (CI installs them); a missing browser fails the test, it never skips.
 */
@QuarkusTest
class ConsoleBrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @TestHTTPResource("/admin/login")
    URL loginPage;

    private Path profile;
    private WebDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        assertTrue(CHROMIUM.canExecute(), "Chromium must be installed at " + CHROMIUM + " (apt-get install chromium)");
        assertTrue(CHROMEDRIVER.canExecute(),
                "chromedriver must be installed at " + CHROMEDRIVER + " (apt-get install chromium-driver)");
        // Selenium Manager must not go looking for browsers or drivers on the network.
        System.setProperty("SE_OFFLINE", "true");
        profile = Files.createTempDirectory("vipcare-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=en-US",
                "--user-data-dir=" + profile);
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void signInFindACustomerAndRenameIt() throws IOException {
        TestUser agent = ConsoleTestData.newUser(Role.AGENT);
        String name = ConsoleTestData.unique("Browser Customer");
        UUID id = ConsoleTestData.newCustomer(name, agent.id(), ConsoleTestData.mobile());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));

        browser.get(loginPage.toString());
        browser.findElement(By.name("j_username")).sendKeys(agent.username());
        browser.findElement(By.name("j_password")).sendKeys(ConsoleTestData.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/admin/my-day"));
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
        assertEquals(newName, ConsoleTestData.customer(id).name);

        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target", "console-detail.png"), StandardCopyOption.REPLACE_EXISTING);

        // record a complaint for the customer from its page, then look at the complaint
        browser.findElement(By.linkText("Record a complaint")).click();
        wait.until(ExpectedConditions.urlContains("/admin/complaints/new"));
        new Select(browser.findElement(By.name("category"))).selectByValue("BILLING");
        browser.findElement(By.name("summary")).sendKeys("Billed twice for the March service");
        browser.findElement(By.name("demand")).sendKeys("Refund the second charge");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("notice=created"));
        assertTrue(browser.getPageSource().contains("Record first contact"));
        File complaint = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(complaint.toPath(), Path.of("target", "console-complaint.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** A supervisor's tiers page with its charts, in English and then, through the switch, in Chinese. */
    @Test
    void supervisorReadsTheTiersPageInBothLanguages() throws IOException {
        TestUser supervisor = ConsoleTestData.newUser(Role.SUPERVISOR);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.manage().window().setSize(new Dimension(1280, 1600));

        browser.get(loginPage.toString());
        browser.findElement(By.name("j_username")).sendKeys(supervisor.username());
        browser.findElement(By.name("j_password")).sendKeys(ConsoleTestData.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/admin/customers"));

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
        ((ChromeDriver) browser).executeScript("document.getElementById('tier-gold').scrollIntoView()");
        screenshot("console-tiers-zh-edit.png");
        ((ChromeDriver) browser).executeScript("window.scrollTo(0, document.body.scrollHeight)");
        screenshot("console-tiers-zh-bottom.png");
    }

    /**
     * A supervisor opens the reports from the navigation, asks for the year and prints it: the print stylesheet leaves
     * the navigation and the choice form out and keeps the figures and charts.
     */
    @Test
    void supervisorReadsAndPrintsTheYearlyReport() throws IOException {
        TestUser supervisor = ConsoleTestData.newUser(Role.SUPERVISOR);
        TestData.Caller admin = TestData.admin();
        String customer = TestData.createCustomer(admin, TestData.customerBody("Report browser customer"));
        for (String category : List.of("BILLING", "BILLING", "NETWORK", "SERVICE_ATTITUDE")) {
            ComplaintData.createComplaint(admin, customer, Map.of("category", category));
        }
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.manage().window().setSize(new Dimension(1280, 1800));

        browser.get(loginPage.toString());
        browser.findElement(By.name("j_username")).sendKeys(supervisor.username());
        browser.findElement(By.name("j_password")).sendKeys(ConsoleTestData.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/admin/customers"));

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

        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertFalse(browser.findElement(By.cssSelector("header.topbar")).isDisplayed());
        assertFalse(browser.findElement(By.cssSelector("form.filters")).isDisplayed());
        assertTrue(browser.findElement(By.id("report-total")).isDisplayed());
        assertTrue(browser.findElement(By.id("chart-trend")).isDisplayed());
        screenshot("console-report-year-print.png");
    }

    private void screenshot(String name) throws IOException {
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    }
}
