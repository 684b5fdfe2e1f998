package org.vipcare.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The headless Chromium of the console's browser tests, with a fresh profile for each start, offline, and the console's
 * sign-in. Chromium and its driver must be installed (CI installs them): a missing browser fails, it never skips.
 * Starting it costs seconds, so a class may keep one and {@link #reset} it between tests.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private final URL loginPage;
    private final Path profile;
    private final ChromeDriver browser;
    private final WebDriverWait wait;

    private HeadlessChromium(URL loginPage, Path profile, ChromeDriver browser) {
        this.loginPage = loginPage;
        this.profile = profile;
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    public static HeadlessChromium start(URL loginPage, int width, int height) throws IOException {
        assertTrue(CHROMIUM.canExecute(), "Chromium must be installed at " + CHROMIUM + " (apt-get install chromium)");
        assertTrue(CHROMEDRIVER.canExecute(),
                "chromedriver must be installed at " + CHROMEDRIVER + " (apt-get install chromium-driver)");
        // Selenium Manager must not go looking for browsers or drivers on the network.
        System.setProperty("SE_OFFLINE", "true");
        Path profile = Files.createTempDirectory("vipcare-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--lang=en-US",
                "--user-data-dir=" + profile);
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        return new HeadlessChromium(loginPage, profile, new ChromeDriver(driver, options));
    }

    public ChromeDriver browser() {
        return browser;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    /** Forgets what a previous test did: its sign-in and other cookies, print media, its window size. */
    public void reset(int width, int height) {
        browser.get("about:blank");
        browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        browser.manage().window().setSize(new Dimension(width, height));
    }

    /** Signs in through the login form and waits for the role's landing page. */
    public void signIn(String username, String password, String landing) {
        browser.get(loginPage.toString());
        browser.findElement(By.name("j_username")).sendKeys(username);
        browser.findElement(By.name("j_password")).sendKeys(password);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains(landing));
    }

    /** Opens a console path ({@code /admin/...}) on the server under test. */
    public void open(String path) {
        browser.get(loginPage.toString().replace("/admin/login", path));
    }

    /** Keeps what the browser shows as {@code target/<name>}, for a person to look at. */
    public void screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        browser.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
