package org.vipcare.tier.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.customer.Customer;
import org.vipcare.customer.CustomerType;
import org.vipcare.security.Role;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.TestUser;
import org.vipcare.tier.Entitlements;
import org.vipcare.tier.Tier;
import org.vipcare.tier.TierPolicies;
import org.vipcare.tier.TierRule;
import org.vipcare.tier.TierUpdate;

/**
 * The tiers page and the customer page's tier parts. The policy is shared by every test of the run: each test tells
 * its own policy versions and runs apart by the unique user that made them, and a test that changes GOLD puts the
 * SPEC defaults back.
 */
@QuarkusTest
class TierAdminResourceTest {

    /** GOLD as SPEC 2.1 and 2.5 define it. */
    static final TierUpdate GOLD_DEFAULTS = new TierUpdate(new TierRule(BigDecimal.ONE, BigDecimal.ONE, null, null),
            new Entitlements(true, 2, true), new BigDecimal("0.75"));

    @Inject
    TierPolicies policies;

    @Inject
    EntityManager em;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void agentSeesThePolicyAndChartsWithoutAnyForm() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);

        console.request().get("/admin/tiers")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<a href=\"/admin/tiers\" class=\"active\" aria-current=\"page\">Tiers</a>"),
                        containsString("Current policy"), containsString("钻石级"), containsString("Diamond"),
                        containsString("window spend ≥ 2 × the average"),
                        containsString("Everyone the tiers above leave."),
                        containsString("Dedicated account manager"), containsString("× 0.75"),
                        containsString("<svg viewBox="), containsString("class=\"bar tier-gold\""),
                        containsString("Hours per manager per month"),
                        containsString("Minutes per customer per month"),
                        containsString("you see it as it stands"),
                        not(containsString("action=\"/admin/tiers/rules/")),
                        not(containsString("action=\"/admin/tiers/settings\"")),
                        not(containsString("action=\"/admin/tiers/evaluations\"")),
                        not(containsString("Run evaluation")));
    }

    @Test
    void agentCannotPostAnEdit() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);

        goldForm(console, currentVersion(), "0.6").post("/admin/tiers/rules/GOLD")
                .then().statusCode(403).contentType(containsString("text/html"));
        console.form().post("/admin/tiers/evaluations").then().statusCode(403);
        assertEquals(0, policiesBy(agent.username()));
        assertEquals(0, runsBy(agent.username()));
    }

    @Test
    void pageSpeaksChinese() {
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR, "zh-CN");
        ConsoleSession.login(supervisor.username(), TestData.PASSWORD).request().get("/admin/tiers")
                .then().statusCode(200)
                .body(containsString("<html lang=\"zh-CN\">"), containsString("当前分级规则"),
                        containsString("窗口期消费额 ≥ 平均消费额 × 2"), containsString("按价值等级"),
                        containsString("每位客户经理每月小时数"), containsString("开始评估"),
                        containsString("编辑金级"));
    }

    @Test
    void supervisorSeesAFormPerTierTheSettingsFormAndTheRunButton() {
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR);
        String page = ConsoleSession.login(supervisor.username(), TestData.PASSWORD).request()
                .get("/admin/tiers")
                .then().statusCode(200).extract().asString();

        for (Tier tier : Tier.values()) {
            assertTrue(page.contains("action=\"/admin/tiers/rules/" + tier + "\""), tier + " has its form");
        }
        assertTrue(page.contains("action=\"/admin/tiers/settings\""));
        assertTrue(page.contains("action=\"/admin/tiers/evaluations\""));
        assertTrue(page.contains("name=\"_csrf\""));
        assertTrue(page.matches("(?s).*<input type=\"hidden\" name=\"version\" value=\"\\d+\">.*"), page);
        assertTrue(page.contains("id=\"f-gold-slaMultiplier\""), "ids are unique per form");
    }

    @Test
    void supervisorChangesGoldsSlaMultiplierAsTheNextPolicyVersion() {
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR);
        ConsoleSession console = ConsoleSession.login(supervisor.username(), TestData.PASSWORD);
        int before = currentVersion();
        try {
            String location = goldForm(console, before, "0.7").post("/admin/tiers/rules/GOLD")
                    .then().statusCode(303)
                    .header("Location", endsWith("/admin/tiers?notice=saved"))
                    .extract().header("Location");

            JsonPath saved = api(supervisor).get("/api/v1/tiers/policy?version=" + (before + 1))
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(supervisor.username(), saved.getString("createdBy"));
            Map<String, Object> gold = saved.getMap("tiers.find { it.code == 'GOLD' }");
            assertEquals(0, new BigDecimal(gold.get("slaMultiplier").toString()).compareTo(new BigDecimal("0.7")));
            assertEquals(1, policiesBy(supervisor.username()));

            console.request().get(location)
                    .then().statusCode(200)
                    .body(containsString("Saved as a new policy version."));
        } finally {
            restoreGold();
        }
    }

    @Test
    void staleVersionShowsTheMessageAndSavesNothing() {
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR);
        ConsoleSession console = ConsoleSession.login(supervisor.username(), TestData.PASSWORD);
        int loaded = currentVersion();
        // A colleague saves first (the defaults again, so other tests see no difference).
        restoreGold();

        String page = goldForm(console, loaded, "0.6").post("/admin/tiers/rules/GOLD")
                .then().statusCode(409)
                .contentType(containsString("text/html"))
                .body(containsString("Someone else changed the tier policy while you were editing"),
                        containsString("Reload the current policy"))
                .extract().asString();
        assertTrue(page.contains("id=\"f-gold-slaMultiplier\" name=\"slaMultiplier\" type=\"number\" value=\"0.6\""),
                "what the user typed comes back");
        assertTrue(page.contains("<details class=\"edit\" open>"), "the refused form is open");
        assertEquals(0, policiesBy(supervisor.username()));
        // The language switch on this page asks for the form's address; it leads back to the page.
        console.request().get("/admin/tiers/rules/GOLD")
                .then().statusCode(303).header("Location", endsWith("/admin/tiers"));
    }

    @Test
    void invalidInputShowsFieldMessagesAndSavesNothing() {
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR);
        ConsoleSession console = ConsoleSession.login(supervisor.username(), TestData.PASSWORD);

        String page = goldForm(console, currentVersion(), "9", "lots")
                .post("/admin/tiers/rules/GOLD")
                .then().statusCode(400)
                .body(containsString("Some fields need attention"))
                .extract().asString();
        assertTrue(page.contains("<p class=\"field-error\" id=\"e-gold-slaMultiplier\">must be less than or equal to 5</p>"),
                page);
        assertTrue(page.contains("id=\"e-gold-entitlements.loungeVisitsPerYear\">must be a whole number such as 2</p>"),
                page);

        console.form().formParam("version", currentVersion()).formParam("windowDays", "10")
                .formParam("watchDropRatio", "0.5").formParam("watchSlaMultiplier", "0.75")
                .post("/admin/tiers/settings")
                .then().statusCode(400)
                .body(containsString("<p class=\"field-error\" id=\"e-settings-windowDays\">must be greater than or equal to 30</p>"));
        assertEquals(0, policiesBy(supervisor.username()));
    }

    @Test
    void theServicesOwnRefusalLandsOnTheRuleConditions() {
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR);
        ConsoleSession console = ConsoleSession.login(supervisor.username(), TestData.PASSWORD);

        console.form().formParam("version", currentVersion()).formParam("slaMultiplier", "0.75")
                .formParam("entitlements.loungeVisitsPerYear", "2")
                .post("/admin/tiers/rules/GOLD")
                .then().statusCode(400)
                .body(containsString("id=\"e-gold-rule\">needs at least one condition</p>"));
        assertEquals(0, policiesBy(supervisor.username()));
    }

    @Test
    void postsWithoutTheCsrfTokenAreRefused() {
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR);
        ConsoleSession console = ConsoleSession.login(supervisor.username(), TestData.PASSWORD);

        console.request().contentType(ConsoleSession.FORM_UTF8)
                .formParam("version", currentVersion()).formParam("rule.spendMultiplier", "1")
                .formParam("rule.visitMultiplier", "1").formParam("entitlements.loungeVisitsPerYear", "2")
                .formParam("slaMultiplier", "0.6")
                .post("/admin/tiers/rules/GOLD")
                .then().statusCode(403)
                .body(containsString("did not come from this console"));
        console.request().contentType(ConsoleSession.FORM_UTF8).post("/admin/tiers/evaluations")
                .then().statusCode(403);
        assertEquals(0, policiesBy(supervisor.username()));
        assertEquals(0, runsBy(supervisor.username()));
    }

    @Test
    void runEvaluationStartsARunThatThePageLists() {
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR);
        ConsoleSession console = ConsoleSession.login(supervisor.username(), TestData.PASSWORD);

        Response started = console.form().post("/admin/tiers/evaluations");
        assertEquals(303, started.statusCode(), started.asString());
        assertTrue(started.header("Location").endsWith("/admin/tiers?notice=evaluation-started"));
        assertEquals(1, runsBy(supervisor.username()));

        String status = untilFinished(supervisor.username());
        assertEquals("DONE", status);
        console.request().get("/admin/tiers")
                .then().statusCode(200)
                .body(containsString("<td>" + supervisor.displayName() + "</td>"), containsString("Done"));
    }

    /**
     * A run that is (as far as the service can tell) still going: the button answers 409 with a message and the
     * page follows the run. The RUNNING row is made by hand and removed at once, so a real run is never held up for
     * long; one left behind by a crash is given up by the service after two minutes.
     */
    @Test
    void aSecondRunWhileOneIsRunningGetsAMessageAndThePageRefreshes() {
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR);
        ConsoleSession console = ConsoleSession.login(supervisor.username(), TestData.PASSWORD);
        String runner = TestData.unique("runner");
        UUID running = insertRunning(runner);
        try {
            console.form().post("/admin/tiers/evaluations")
                    .then().statusCode(409)
                    .body(containsString("An evaluation is already running, so no new one was started."),
                            containsString("<meta http-equiv=\"refresh\" content=\"2;url=/admin/tiers\">"),
                            containsString("<td>" + runner + "</td>"), containsString("Running"));
            console.request().get("/admin/tiers")
                    .then().statusCode(200)
                    .body(containsString("<meta http-equiv=\"refresh\" content=\"2;url=/admin/tiers\">"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "delete from tier_evaluation where id = ?1").setParameter(1, running).executeUpdate());
        }
        assertEquals(0, runsBy(supervisor.username()));
    }

    @Test
    void customerPageShowsTheRecommendedActionWindowFiguresAndTierHistory() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        String reason = TestData.unique("evaluation: spend 3000.00 (average 1000.00)");
        UUID stable = QuarkusTransaction.requiringNew().call(() -> {
            Customer customer = new Customer();
            customer.stampNew(Instant.now());
            customer.name = TestData.unique("Tiered Customer");
            customer.type = CustomerType.INDIVIDUAL;
            customer.phoneMobile = TestData.mobile();
            customer.joinedAt = LocalDate.now().minusDays(800);
            customer.managerId = agent.id();
            customer.persistAndFlush();
            // the standing is the evaluation's to write, never the entity's
            Customer.getEntityManager().createNativeQuery("update customer_standing set tier = 'GOLD',"
                    + " window_spend = 12345.60, window_visits = 17 where customer_id = ?1")
                    .setParameter(1, customer.id).executeUpdate();
            return customer.id;
        });
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestData.recordTierChange(stable, null, Tier.ORDINARY, "first evaluation", 1, at.minusSeconds(86400));
        TestData.recordTierChange(stable, Tier.ORDINARY, Tier.GOLD, reason, 1, at);
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);

        String page = console.request().get("/admin/customers/" + stable)
                .then().statusCode(200)
                .body(containsString("Recommended action"),
                        containsString("Widen the value of our service and recommend new products that fit."),
                        containsString("12,345.60"), containsString("Visits in the window"),
                        containsString("Tier history"), containsString(reason), containsString("first tier"))
                .extract().asString();
        assertTrue(page.indexOf(reason) < page.indexOf("first evaluation"), "newest first");

        TestUser chineseAgent = TestData.newConsoleUser(Role.AGENT, "zh-CN");
        UUID newcomer = TestData.newCustomer(TestData.unique("New Customer"), chineseAgent.id(),
                TestData.mobile(), LocalDate.now().minusDays(10));
        ConsoleSession.login(chineseAgent.username(), TestData.PASSWORD).request()
                .get("/admin/customers/" + newcomer)
                .then().statusCode(200)
                .body(containsString("建议行动"), containsString("介绍业务"), containsString("等级变更记录"),
                        containsString("暂无等级变更记录。"));
    }

    // ---- helpers

    /** The GOLD form with the SPEC defaults except the SLA multiplier, as a supervisor would send it. */
    private static RequestSpecification goldForm(ConsoleSession console, int version, String slaMultiplier) {
        return goldForm(console, version, slaMultiplier, "2");
    }

    private static RequestSpecification goldForm(ConsoleSession console, int version, String slaMultiplier,
            String loungeVisits) {
        return console.form().formParam("version", version)
                .formParam("rule.spendMultiplier", "1").formParam("rule.visitMultiplier", "1")
                .formParam("rule.minSpend", "").formParam("rule.minVisits", "")
                .formParam("entitlements.dedicatedManager", "true")
                .formParam("entitlements.loungeVisitsPerYear", loungeVisits)
                .formParam("entitlements.clubActivities", "true")
                .formParam("slaMultiplier", slaMultiplier);
    }

    private static RequestSpecification api(TestUser user) {
        return given().header("Authorization", "Bearer " + TestData.token(user.username(), TestData.PASSWORD));
    }

    private int currentVersion() {
        return policies.currentVersion();
    }

    /** Puts GOLD back to the SPEC defaults, whatever version the policy is at now. */
    private void restoreGold() {
        policies.updateTier(Tier.GOLD, GOLD_DEFAULTS, "*", "tier-admin-test");
    }

    private long policiesBy(String username) {
        return count("select count(*) from tier_policy where created_by = ?1", username);
    }

    private long runsBy(String username) {
        return count("select count(*) from tier_evaluation where requested_by = ?1", username);
    }

    private long count(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }

    private String untilFinished(String requestedBy) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            String status = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                    "select status from tier_evaluation where requested_by = ?1")
                    .setParameter(1, requestedBy).getSingleResult());
            if (!status.equals("RUNNING")) {
                return status;
            }
            sleep();
        }
        return fail("the evaluation did not finish within a minute");
    }

    /** A RUNNING row by {@code requestedBy}, as a run still going would leave. */
    private UUID insertRunning(String requestedBy) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into tier_evaluation"
                + " (id, status, policy_version, requested_by, started_at)"
                + " select ?1, 'RUNNING', max(version), ?2, now() from tier_policy")
                .setParameter(1, id).setParameter(2, requestedBy).executeUpdate());
        return id;
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
