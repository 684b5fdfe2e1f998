package org.vipcare.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.vipcare.security.Role;
import org.vipcare.support.ComplaintData;
import org.vipcare.support.HeadlessChromium;
import org.vipcare.support.PageChecks;
import org.vipcare.support.RetentionData;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;
import org.vipcare.support.TestData.TestUser;
import org.vipcare.tier.Tier;

/**
 * Every console page, as an agent and as a supervisor, in Chinese and in English, on a desktop (1440 px) and a phone
 * (360 px): no page is wider than the window, and axe-core finds no serious or critical violation. All problems of a
 * run are gathered and reported together, so one run shows the whole list.
 */
@QuarkusTest
class ConsolePagesTest {

    private static final int DESKTOP = 1440;
    private static final int PHONE = 360;
    /** {@code -Dpages.screenshots=true} keeps every page as {@code target/page-<language>-<width>-<role>-<path>.png}. */
    private static final boolean SCREENSHOTS = Boolean.getBoolean("pages.screenshots");

    @TestHTTPResource("/admin/login")
    URL loginPage;

    private static HeadlessChromium chromium;

    @BeforeAll
    static void noBrowserYet() {
        chromium = null;
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    @Test
    void everyPageFitsAPhoneAndPassesAxeAsAgentAndSupervisorInBothLanguages() throws IOException {
        chromium = HeadlessChromium.start(loginPage, DESKTOP, 1000);
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (String language : List.of("zh-CN", "en")) {
            TestUser agent = TestData.newConsoleUser(Role.AGENT, language);
            TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR, language);
            Book book = book(agent);
            walk(agent, book.pagesOf(false), language, problems);
            walk(supervisor, book.pagesOf(true), language, problems);
        }
        StringBuilder report = new StringBuilder();
        problems.forEach((page, found) -> report.append('\n').append(page).append("\n  ").append(String.join("\n  ", found)));
        assertEquals("", report.toString(), "pages that overflow a phone or fail axe-core");
    }

    private void walk(TestUser user, List<String> pages, String language, Map<String, List<String>> problems)
            throws IOException {
        chromium.reset(DESKTOP, 1000);
        chromium.signIn(user.username(), TestData.PASSWORD, "/admin");
        ChromeDriver browser = chromium.browser();
        for (int width : List.of(DESKTOP, PHONE)) {
            browser.manage().window().setSize(new Dimension(width, 900));
            for (String page : pages) {
                chromium.open(page);
                browser.findElement(By.tagName("main"));
                List<String> found = new ArrayList<>();
                for (String overflow : PageChecks.horizontalOverflow(browser)) {
                    found.add("overflow: " + overflow);
                }
                found.addAll(PageChecks.seriousAccessibilityViolations(browser));
                if (SCREENSHOTS) {
                    long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
                    browser.manage().window().setSize(new Dimension(width, (int) Math.min(height + 120, 6000)));
                    chromium.screenshot("page-" + language + "-" + width + "-" + user.username().replaceAll("-.*", "")
                            + page.replaceAll("[^a-z]+", "-") + ".png");
                    browser.manage().window().setSize(new Dimension(width, 900));
                }
                if (!found.isEmpty()) {
                    String key = page + " [" + language + ", " + width + " px, " + user.username() + "]";
                    problems.put(key, found);
                    if (problems.size() <= 40) {
                        chromium.screenshot("pages-" + problems.size() + ".png");
                    }
                }
            }
        }
    }

    /** One customer of the agent with something on every page: a complaint, a retention case, a call. */
    private record Book(String customer, String complaint, String retentionCase, String followUp) {

        List<String> pagesOf(boolean supervisor) {
            List<String> pages = new ArrayList<>(List.of(
                    "/admin/my-day",
                    "/admin/customers",
                    "/admin/customers?watch=true",
                    "/admin/customers/new",
                    "/admin/customers/" + customer,
                    "/admin/customers/" + customer + "/edit",
                    "/admin/tiers",
                    "/admin/retention",
                    "/admin/retention/" + retentionCase,
                    "/admin/complaints",
                    "/admin/complaints/new?customerId=" + customer,
                    "/admin/complaints/" + complaint,
                    "/admin/follow-ups",
                    "/admin/follow-ups/" + followUp,
                    "/admin/calendar",
                    "/admin/complaint-categories",
                    "/admin/account/password",
                    "/admin/call-reports",
                    "/admin/call-reports?period=WEEK",
                    "/admin/call-reports?period=MONTH",
                    "/admin/reports/managers",
                    "/admin/no-such-page"));
            if (supervisor) {
                pages.addAll(List.of("/admin/retention/dashboard", "/admin/reports", "/admin/reports?period=WEEK",
                        "/admin/reports?period=YEAR"));
            }
            return pages;
        }
    }

    private static Book book(TestUser agentUser) {
        Caller agent = new Caller(agentUser.id(), agentUser.username(),
                TestData.token(agentUser.username(), TestData.PASSWORD));
        String customer = TestData.newCustomer(TestData.unique("页面 Pages"), agentUser.id(), TestData.mobile())
                .toString();
        TestData.setTier(customer, Tier.GOLD, true);
        String complaint = ComplaintData.createComplaint(agent, customer, Map.of());
        String retentionCase = RetentionData.open(agent, customer, Map.of("statedReason", "Moving abroad"));
        String followUp = agent.request().body(Map.of("customerId", customer, "purpose", "AFTER_REPAIR",
                "dueAt", Instant.now().toString(), "note", "Ask about the repair")).post("/api/v1/follow-ups")
                .then().statusCode(201).extract().path("id");
        agent.request().body(Map.of("outcome", "NO_ANSWER")).post("/api/v1/follow-ups/" + followUp + "/attempts")
                .then().statusCode(201);
        return new Book(customer, complaint, retentionCase, followUp);
    }
}
