package org.vipcare.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.customer.Customer;
import org.vipcare.retention.RetentionCase;
import org.vipcare.security.Role;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.TestUser;

/**
 * Refusals, validation messages and error pages in the user's language: the console words a problem from its code
 * (and links the record that stands in the way), the API keeps its English detail and adds the code.
 */
@QuarkusTest
class ProblemCodesTest {

    /** Codes whose detail is worded in the user's language already where it is thrown. */
    private static final Set<String> WORDED_AT_THE_SOURCE = Set.of("security.csrf-rejected", "report.choice.invalid");
    /**
     * Strings that look like codes but are not: the call-record form's fields of the complaint a call opens, and the
     * names of webhook events.
     */
    private static final Set<String> NOT_CODES = Set.of("complaint.category", "complaint.summary", "complaint.opened",
            "complaint.closed");
    private static final Pattern CODE = Pattern.compile(
            "\"((?:common|security|constraint|consumption|customer|complaint|followup|retention|tier|calendar|report|webhook|product|managerreport|visit|contact)"
                    + "\\.[a-z0-9.-]+)\"");

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void everyCodeThrownHasATextInBothLanguages() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher code = CODE.matcher(Files.readString(source));
                while (code.find()) {
                    codes.add(code.group(1));
                }
            }
        }
        assertTrue(codes.size() > 100, "the codes of the throw sites are found: " + codes.size());
        List<String> missing = new ArrayList<>();
        for (String code : codes) {
            if (WORDED_AT_THE_SOURCE.contains(code) || NOT_CODES.contains(code)) {
                continue;
            }
            for (String file : List.of(ProblemTexts.bundle(code), ProblemTexts.bundle(code) + "_zh_CN")) {
                String text = bundle(file).getProperty(ProblemTexts.key(code));
                if (text == null) {
                    missing.add(code + " in " + file);
                } else if (text.toLowerCase().contains("null")) {
                    missing.add(code + " says null in " + file);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void aRefusalInChineseNamesTheBlockingCaseAsALink() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT, "zh-CN");
        UUID customer = watchedCustomer(agent);
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        console.form().formParam("customerId", customer.toString()).post("/admin/retention/from-watch")
                .then().statusCode(303);
        UUID open = openCase(customer);

        String page = console.form().formParam("customerId", customer.toString())
                .post("/admin/retention/from-watch").then().statusCode(409).extract().asString();
        assertTrue(page.contains("该客户已有进行中的<a href=\"/admin/retention/" + open + "\">挽留案件</a>。"), page);
        assertTrue(!page.contains("already has") && !page.contains(customer.toString() + " already"), page);
        assertEquals(1L, TestData.count("retention_case", "customer_id", customer.toString()));
    }

    @Test
    void theSameRefusalInEnglish() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT, "en");
        UUID customer = watchedCustomer(agent);
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        console.form().formParam("customerId", customer.toString()).post("/admin/retention/from-watch")
                .then().statusCode(303);
        UUID open = openCase(customer);

        console.form().formParam("customerId", customer.toString()).post("/admin/retention/from-watch")
                .then().statusCode(409)
                .body(containsString("This customer already has an open <a href=\"/admin/retention/" + open
                        + "\">retention case</a>."));
    }

    @Test
    void theApiKeepsItsEnglishDetailAndAddsTheCode() {
        TestData.Caller supervisor = TestData.as(Role.SUPERVISOR);
        supervisor.request().get("/api/v1/customers/" + UUID.randomUUID()).then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("code", equalTo("common.not-found"))
                .body("detail", containsString("No customer with id"));
        supervisor.request().body(TestData.customerBody("", java.util.Map.of()))
                .post("/api/v1/customers").then().statusCode(400)
                .body("code", equalTo("common.invalid"))
                .body("violations.find { it.field == 'name' }.code", equalTo("constraint.not-blank"))
                .body("violations.find { it.field == 'name' }.message", equalTo("must not be blank"));
    }

    @Test
    void consoleValidationSpeaksBothLanguagesAndNeverSaysNull() {
        for (String language : List.of("zh-CN", "en")) {
            TestUser agent = TestData.newConsoleUser(Role.AGENT, language);
            ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
            String page = console.form().formParam("name", "").formParam("type", "")
                    .post("/admin/customers").then().statusCode(400).extract().asString();
            assertTrue(page.contains(language.equals("zh-CN") ? "请填写此项" : "Please fill this in"), page);
            assertTrue(!page.toLowerCase().contains("null"), page);
        }
    }

    @Test
    void errorPagesAreConsolePagesInTheUsersLanguage() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT, "zh-CN");
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        console.request().get("/admin/nowhere-at-all").then().statusCode(404)
                .body(containsString("class=\"sections\""), containsString("未找到"), containsString("此地址没有页面"),
                        containsString("hreflang=\"en\""), not(containsString("Nothing is here")));
        console.request().get("/admin/customers/" + UUID.randomUUID()).then().statusCode(404)
                .body(containsString("class=\"sections\""), containsString("该记录不存在"));
        console.request().get("/admin/complaints/" + UUID.randomUUID() + "/close").then().statusCode(405)
                .body(containsString("class=\"sections\""), containsString("此处不支持该操作"),
                        not(containsString("系统出错")));
        console.request().get("/admin/reports").then().statusCode(403)
                .body(containsString("class=\"sections\""), containsString("无权操作"),
                        containsString("您的角色无权进行此操作"));
    }

    @Test
    void switchingLanguageAfterARefusedFormLandsOnThePageOfTheForm() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT, "zh-CN");
        UUID customer = watchedCustomer(agent);
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        console.form().formParam("customerId", customer.toString()).post("/admin/retention/from-watch")
                .then().statusCode(303);
        String refused = console.form().header("Referer", "http://localhost/admin/customers/" + customer)
                .formParam("customerId", customer.toString()).post("/admin/retention/from-watch")
                .then().statusCode(409).extract().asString();
        Matcher english = Pattern.compile("href=\"([^\"]*)\" lang=\"en\"").matcher(refused);
        assertTrue(english.find(), refused);
        String link = english.group(1).replace("&amp;", "&");
        assertEquals("/admin/customers/" + customer + "?lang=en", link);

        String landing = console.request().get(link).then().statusCode(303).extract().header("Location");
        assertTrue(landing.endsWith("/admin/customers/" + customer), landing);
        console.request().cookie("vipcare-lang", "en").get("/admin/customers/" + customer).then().statusCode(200)
                .body(containsString("lang=\"en\""));

        // Without a Referer the switch goes to the console's home, never to the POST-only address.
        String bare = console.form().formParam("customerId", customer.toString())
                .post("/admin/retention/from-watch").then().statusCode(409).extract().asString();
        assertTrue(bare.contains("href=\"/admin?lang=en\""), bare);
    }

    private static UUID watchedCustomer(TestUser agent) {
        UUID customer = TestData.newCustomer(TestData.unique("Problem"), agent.id(), TestData.mobile());
        QuarkusTransaction.requiringNew().run(() -> Customer.getEntityManager()
                .createNativeQuery("update customer_standing set watch = true, tier = 'DIAMOND', window_spend = ?1"
                        + " where customer_id = ?2")
                .setParameter(1, new BigDecimal("1000.00")).setParameter(2, customer).executeUpdate());
        return customer;
    }

    private static UUID openCase(UUID customer) {
        return QuarkusTransaction.requiringNew().call(() -> RetentionCase.openCaseOf(customer).orElseThrow());
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemCodesTest.class.getClassLoader()
                .getResourceAsStream("messages/" + name + ".properties")) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return properties;
    }
}
