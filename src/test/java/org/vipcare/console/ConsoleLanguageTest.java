package org.vipcare.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.vipcare.customer.Customer;
import org.vipcare.security.Role;
import org.vipcare.support.CustomerHistory;
import org.vipcare.support.HeadlessChromium;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;
import org.vipcare.support.TestData.TestUser;

/**
 * Every console page, switched to zh-CN, read as the user sees it ({@code document.body.innerText}): no run of three
 * or more ASCII letters may remain except names and texts from the data (people, customers, complaint summaries —
 * what users typed, in whatever language) and the short allow-list below. Agent and supervisor walk every page by
 * GET, with a customer whose history has one entry of every kind. Refusal and error pages are not walked here.
 */
@QuarkusTest
class ConsoleLanguageTest {

    /** Latin in Chinese too: the product, acronyms a Chinese team writes in Latin, the language switch. */
    private static final Set<String> ALLOWED = Set.of("VIP", "Care", "CSV", "SLA", "ABCD", "English");

    private static final Pattern ASCII_WORD = Pattern.compile("[A-Za-z]{3,}");

    @TestHTTPResource("/admin/login")
    URL loginPage;

    private static HeadlessChromium chromium;
    private ChromeDriver browser;

    @BeforeEach
    void freshBrowser() throws IOException {
        if (chromium == null) {
            chromium = HeadlessChromium.start(loginPage, 1280, 1000);
        }
        chromium.reset(1280, 1000);
        browser = chromium.browser();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    @Test
    void everyPageOfAnAgentSpeaksChinese() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT, "zh-CN");
        CustomerHistory history = CustomerHistory.of(caller(agent));
        walk(agent, "/admin/my-day", pages(history));
    }

    @Test
    void everyPageOfASupervisorSpeaksChinese() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT, "zh-CN");
        CustomerHistory history = CustomerHistory.of(caller(agent));
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR, "zh-CN");
        List<String> pages = new ArrayList<>(pages(history));
        pages.addAll(List.of("/admin/complaint-categories", "/admin/retention/dashboard", "/admin/reports",
                "/admin/reports?period=WEEK", "/admin/reports?period=YEAR"));
        walk(supervisor, "/admin/my-day", pages);
    }

    private static List<String> pages(CustomerHistory h) {
        return List.of("/admin/my-day", "/admin/customers", "/admin/customers?q=" + h.customerName(),
                "/admin/customers/" + h.customerId(), "/admin/customers/new",
                "/admin/customers/" + h.customerId() + "/edit", "/admin/complaints",
                "/admin/complaints/" + h.complaintId(), "/admin/complaints/new?customerId=" + h.customerId(),
                "/admin/retention", "/admin/retention/" + h.caseId(),
                "/admin/retention/new?customerId=" + h.customerId(), "/admin/follow-ups",
                "/admin/follow-ups/" + h.followUpId(), "/admin/tiers", "/admin/calendar",
                "/admin/account/password", "/admin/call-reports", "/admin/call-reports?period=MONTH");
    }

    private void walk(TestUser user, String landing, List<String> pages) {
        chromium.signIn(user.username(), TestData.PASSWORD, landing);
        browser.manage().addCookie(new Cookie(ConsoleLanguage.COOKIE, "zh-CN", "/"));
        List<String> dataTexts = dataTexts();
        List<String> leaks = new ArrayList<>();
        for (String page : pages) {
            chromium.open(page);
            String text = browser.executeScript("return document.body.innerText").toString();
            for (String data : dataTexts) {
                text = text.replace(data, " ");
            }
            Set<String> words = new LinkedHashSet<>();
            Matcher word = ASCII_WORD.matcher(text);
            while (word.find()) {
                if (!ALLOWED.contains(word.group())) {
                    words.add(word.group());
                }
            }
            if (!words.isEmpty()) {
                leaks.add(page + " " + words);
            }
        }
        assertTrue(leaks.isEmpty(), () -> "English or codes on zh-CN pages:\n" + String.join("\n", leaks));
    }

    /**
     * What people typed or are called, longest first (so that a name is removed before a part of it): names and
     * login ids of users, customers' names and references, complaint and case texts; the codes of tiers, categories
     * and churn reasons, and a category's English name beside its Chinese one where supervisors edit both; the names
     * of calendar days and the notes of policy versions (the seeded ones are bilingual or English, and editable). Tests share the database, so
     * lists show other tests' data too.
     */
    @SuppressWarnings("unchecked")
    private static List<String> dataTexts() {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object>) Customer.getEntityManager()
                .createNativeQuery("""
                        select code from tier_rule union select code from complaint_category
                        union select name_en from complaint_category union select code from churn_reason
                        union select display_name from app_user union select username from app_user
                        union select department from app_user where department is not null
                        union select name from customer union select external_ref from customer
                        where external_ref is not null
                        union select summary from complaint union select demand from complaint
                        union select service from retention_case where service is not null
                        union select stated_reason from retention_case where stated_reason is not null
                        union select channel from retention_case where channel is not null
                        union select description from retention_offer
                        union select name from calendar_day union select note from tier_policy where note is not null
                        """).getResultList()).stream().map(String::valueOf).filter(s -> !s.isBlank())
                .sorted(Comparator.comparing(String::length).reversed()).toList());
    }

    private static Caller caller(TestUser user) {
        return new Caller(user.id(), user.username(), TestData.token(user.username(), TestData.PASSWORD));
    }
}
