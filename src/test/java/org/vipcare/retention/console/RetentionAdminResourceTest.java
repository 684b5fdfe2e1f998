package org.vipcare.retention.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.vipcare.customer.Customer;
import org.vipcare.retention.RetentionCase;
import org.vipcare.retention.RetentionOffer;
import org.vipcare.retention.RetentionOutcome;
import org.vipcare.retention.RetentionPlaybook;
import org.vipcare.retention.RetentionSource;
import org.vipcare.retention.RetentionStage;
import org.vipcare.security.Role;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.HeadlessChromium;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.TestUser;

@QuarkusTest
class RetentionAdminResourceTest {

    @TestHTTPResource("/admin/login")
    URL loginPage;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aCaseWalksThroughAllStagesThroughTheConsole() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        UUID customer = TestData.newCustomer(TestData.unique("Retained"), agent.id(),
                TestData.mobile());
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);

        console.request().get("/admin/customers/" + customer).then().statusCode(200)
                .body(containsString("/admin/retention/new?customerId=" + customer));
        console.request().get("/admin/retention/new?customerId=" + customer).then().statusCode(200)
                .body(containsString("action=\"/admin/retention\""));
        UUID id = open(console, customer);
        assertEquals(RetentionStage.TRUST, kase(id).stage);

        // TRUST: probing (and losing) only.
        String trust = console.request().get("/admin/retention/" + id).then().statusCode(200)
                .body(containsString("/admin/retention/" + id + "/probe"), containsString("class=\"stage-bar\""),
                        not(containsString("/admin/retention/" + id + "/offers")),
                        not(containsString("/admin/retention/" + id + "/agreement")),
                        containsString("value=\"LOST\""), not(containsString("value=\"RETAINED\"")))
                .extract().asString();
        assertTrue(trust.contains("Trust"));

        console.form().formParam("realReason", "TARIFF").formParam("fixable", "true")
                .formParam("attitude", "NUMB").formParam("severity", "4").formParam("countermeasureCost", "2")
                .formParam("reasonDetail", "Found a cheaper plan")
                .post("/admin/retention/" + id + "/probe")
                .then().statusCode(303).header("Location", containsString("/admin/retention/" + id));
        RetentionCase probed = kase(id);
        assertEquals(RetentionStage.PROBING, probed.stage);
        assertEquals("TARIFF", probed.realReason);
        assertEquals(-2, probed.retentionScore.intValue());

        // PROBING: offers now, still no agreement; the gauge shows the score.
        console.request().get("/admin/retention/" + id).then().statusCode(200)
                .body(containsString("/admin/retention/" + id + "/offers"),
                        not(containsString("/admin/retention/" + id + "/agreement")),
                        containsString("class=\"gauge\""), containsString("= -2"));

        offer(console, id, "TARIFF_CHANGE", "Family plan at 88 a month");
        assertEquals(RetentionStage.PROPOSING, kase(id).stage);
        console.request().get("/admin/retention/" + id).then().statusCode(200)
                .body(not(containsString("/admin/retention/" + id + "/agreement")));
        offer(console, id, "COMPENSATION", "Two months of free data");
        List<RetentionOffer> offers = QuarkusTransaction.requiringNew().call(() -> RetentionOffer.ofCase(id));
        assertEquals(2, offers.size());

        console.request().get("/admin/retention/" + id).then().statusCode(200)
                .body(containsString("/admin/retention/" + id + "/agreement"),
                        containsString("value=\"" + offers.get(0).id + "\""), containsString("Family plan at 88"));

        console.form().formParam("offerId", offers.get(0).id.toString()).formParam("method", "TARIFF_CHANGE")
                .post("/admin/retention/" + id + "/agreement").then().statusCode(303);
        assertEquals(RetentionStage.AGREEING, kase(id).stage);

        // AGREEING: closing only, any outcome.
        console.request().get("/admin/retention/" + id).then().statusCode(200)
                .body(containsString("value=\"RETAINED\""), not(containsString("/admin/retention/" + id + "/probe")),
                        not(containsString("/admin/retention/" + id + "/offers")));

        console.form().formParam("outcome", "RETAINED").formParam("note", "Happy with the family plan")
                .post("/admin/retention/" + id + "/close").then().statusCode(303);
        RetentionCase closed = kase(id);
        assertEquals(RetentionStage.CLOSED, closed.stage);
        assertEquals(RetentionOutcome.RETAINED, closed.outcome);
        assertNotNull(closed.followUpId);
        console.request().get("/admin/retention/" + id + "?notice=closed").then().statusCode(200)
                .body(containsString("continued-care call"), not(containsString("method=\"post\" action=\"/admin/retention/" + id)));
    }

    @Test
    void anOfferBeforeProbingIsRefusedWithTheServicesMessageAndChangesNothing() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        UUID customer = TestData.newCustomer(TestData.unique("Refused"), agent.id(),
                TestData.mobile());
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        UUID id = open(console, customer);

        console.form().formParam("kind", "PROMOTION").formParam("description", "Too early")
                .post("/admin/retention/" + id + "/offers")
                .then().statusCode(409)
                .body(containsString("Record the real reason first"), containsString("role=\"alert\""));
        RetentionCase unchanged = kase(id);
        assertEquals(RetentionStage.TRUST, unchanged.stage);
        assertEquals(0, unchanged.offerCount);
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> RetentionOffer.ofCase(id)).size());
    }

    @Test
    void invalidProbingShowsFieldMessagesAndChangesNothing() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        UUID customer = TestData.newCustomer(TestData.unique("Invalid"), agent.id(),
                TestData.mobile());
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        UUID id = open(console, customer);

        console.form().formParam("realReason", "TARIFF").formParam("severity", "9")
                .formParam("countermeasureCost", "x")
                .post("/admin/retention/" + id + "/probe")
                .then().statusCode(400)
                .body(containsString("id=\"e-severity\""), containsString("id=\"e-fixable\""),
                        containsString("id=\"e-countermeasureCost\""));
        assertEquals(RetentionStage.TRUST, kase(id).stage);
        assertNull(kase(id).realReason);
    }

    @Test
    void theCaseReadsInChineseWithTheChinesePlaybookForAChineseUser() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT, "zh-CN");
        UUID customer = TestData.newCustomer(TestData.unique("Chinese"), agent.id(),
                TestData.mobile());
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        UUID id = open(console, customer);
        console.form().formParam("realReason", "NETWORK").formParam("fixable", "false")
                .formParam("attitude", "HOSTILE").formParam("severity", "3").formParam("countermeasureCost", "3")
                .post("/admin/retention/" + id + "/probe").then().statusCode(303);
        RetentionPlaybook hostile = QuarkusTransaction.requiringNew()
                .call(() -> RetentionPlaybook.find("probe.HOSTILE", RetentionPlaybook.CHINESE).orElseThrow());
        String reasonZh = QuarkusTransaction.requiringNew()
                .call(() -> org.vipcare.retention.ChurnReason.<org.vipcare.retention.ChurnReason>findById("NETWORK")
                        .nameZh);

        console.request().header("Accept-Language", "zh-CN").get("/admin/retention/" + id).then().statusCode(200)
                .body(containsString(hostile.title), containsString("探询原因"), containsString("敌对型"),
                        containsString(reasonZh), containsString("价值等式"));
    }

    @Test
    void aPostWithoutTheCsrfTokenIsForbiddenAndChangesNothing() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        UUID customer = TestData.newCustomer(TestData.unique("Csrf"), agent.id(),
                TestData.mobile());
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        UUID id = open(console, customer);

        console.request().contentType(ConsoleSession.FORM_UTF8).formParam("realReason", "TARIFF")
                .formParam("fixable", "true").formParam("severity", "2").formParam("countermeasureCost", "3")
                .post("/admin/retention/" + id + "/probe")
                .then().statusCode(403);
        assertEquals(RetentionStage.TRUST, kase(id).stage);
        console.request().contentType(ConsoleSession.FORM_UTF8).formParam("customerId", customer.toString())
                .post("/admin/retention/from-watch").then().statusCode(403);
    }

    @Test
    void oneClickOpensACaseForAWatchCustomerOnce() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        UUID customer = TestData.newCustomer(TestData.unique("Watched"), agent.id(),
                TestData.mobile());
        makeWatch(customer, "1000.00");
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);

        String location = console.form().formParam("customerId", customer.toString())
                .post("/admin/retention/from-watch").then().statusCode(303).extract().header("Location");
        UUID id = UUID.fromString(location.replaceAll(".*/admin/retention/([0-9a-f-]{36}).*", "$1"));
        assertEquals(RetentionSource.WATCH, kase(id).source);

        console.form().formParam("customerId", customer.toString())
                .post("/admin/retention/from-watch").then().statusCode(409)
                .body(containsString("This customer already has an open <a href=\"/admin/retention/" + id
                        + "\">retention case</a>."));
    }

    @Test
    void aWatchCustomerHasOneWayToStartRetentionAndItsCaseTakesTheStatedReason() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        String name = TestData.unique("Watch with reason");
        UUID customer = TestData.newCustomer(name, agent.id(), TestData.mobile());
        makeWatch(customer, "1000.00");
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);

        // one action on the customer's page: the form, which for a WATCH customer opens the proactive case
        console.request().get("/admin/customers/" + customer).then().statusCode(200)
                .body(containsString("href=\"/admin/retention/new?customerId=" + customer + "\""),
                        not(containsString("/admin/retention/from-watch")));
        console.request().get("/admin/retention/new?customerId=" + customer).then().statusCode(200)
                .body(containsString("name=\"proactive\" value=\"true\""), containsString("on WATCH"),
                        containsString("<option value=\"NETWORK\" selected>"));
        String location = console.form().formParam("customerId", customer.toString()).formParam("proactive", "true")
                .formParam("type", "NETWORK").formParam("channel", "PROACTIVE")
                .formParam("statedReason", "Moving abroad next month").post("/admin/retention")
                .then().statusCode(303).extract().header("Location");
        UUID id = UUID.fromString(location.replaceAll(".*/admin/retention/([0-9a-f-]{36}).*", "$1"));
        RetentionCase opened = kase(id);
        assertEquals(RetentionSource.WATCH, opened.source);
        assertEquals("Moving abroad next month", opened.statedReason);

        // the customer page and the WATCH list now link the case instead of offering a second one
        console.request().get("/admin/customers/" + customer).then().statusCode(200)
                .body(containsString("href=\"/admin/retention/" + id + "\""),
                        not(containsString("/admin/retention/new?customerId=" + customer)));
        console.request().queryParam("watch", "true").get("/admin/customers").then().statusCode(200)
                .body(containsString(name), containsString("href=\"/admin/retention/" + id + "\""));
        console.form().formParam("customerId", customer.toString()).formParam("proactive", "true")
                .formParam("type", "NETWORK").post("/admin/retention").then().statusCode(409)
                .body(containsString("already has an open <a href=\"/admin/retention/" + id + "\">retention case</a>"));

        // the reason may be corrected while the case is early (TRUST, PROBING) ...
        console.request().get("/admin/retention/" + id).then().statusCode(200)
                .body(containsString("action=\"/admin/retention/" + id + "/reason\""));
        console.form().formParam("statedReason", "The bill is too high").post("/admin/retention/" + id + "/reason")
                .then().statusCode(303).header("Location", containsString("notice=reason"));
        assertEquals("The bill is too high", kase(id).statedReason);
        console.form().formParam("statedReason", " ").post("/admin/retention/" + id + "/reason")
                .then().statusCode(400);
        assertEquals("The bill is too high", kase(id).statedReason);
        console.form().formParam("realReason", "TARIFF").formParam("fixable", "true").formParam("severity", "3")
                .formParam("countermeasureCost", "3").post("/admin/retention/" + id + "/probe").then().statusCode(303);
        console.form().formParam("statedReason", "Too expensive, and moving").post("/admin/retention/" + id + "/reason")
                .then().statusCode(303);
        assertEquals("Too expensive, and moving", kase(id).statedReason);
        console.request().get("/admin/retention/" + id).then().statusCode(200)
                .body(containsString("Stated reason recorded"));

        // ... and no longer once offers are made
        console.form().formParam("kind", "DIRECT").formParam("description", "Half price for a year")
                .post("/admin/retention/" + id + "/offers").then().statusCode(303);
        assertEquals(RetentionStage.PROPOSING, kase(id).stage);
        console.request().get("/admin/retention/" + id).then().statusCode(200)
                .body(not(containsString("action=\"/admin/retention/" + id + "/reason\"")));
        console.form().formParam("statedReason", "Rewritten later").post("/admin/retention/" + id + "/reason")
                .then().statusCode(409).body(containsString("before offers are made"));
        assertEquals("Too expensive, and moving", kase(id).statedReason);

        // only those who work the case change it
        TestUser colleague = TestData.newConsoleUser(Role.AGENT);
        UUID other = TestData.newCustomer(TestData.unique("Not theirs"), agent.id(), TestData.mobile());
        makeWatch(other, "10.00");
        String otherCase = console.form().formParam("customerId", other.toString()).formParam("proactive", "true")
                .formParam("type", "NETWORK").post("/admin/retention").then().statusCode(303).extract()
                .header("Location").replaceAll(".*/admin/retention/([0-9a-f-]{36}).*", "$1");
        ConsoleSession.login(colleague.username(), TestData.PASSWORD).form().formParam("statedReason", "Forged")
                .post("/admin/retention/" + otherCase + "/reason").then().statusCode(403);
        assertNull(kase(UUID.fromString(otherCase)).statedReason);
    }

    @Test
    void theDashboardIsForSupervisorsAndShowsChartsAndWatchCustomersWithoutACase() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        ConsoleSession agentConsole = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        agentConsole.request().get("/admin/retention/dashboard").then().statusCode(403);
        agentConsole.request().get("/admin/retention").then().statusCode(200)
                .body(not(containsString("/admin/retention/dashboard")));

        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR);
        String waitingName = TestData.unique("Aaa Watch Waiting");
        UUID waiting = TestData.newCustomer(waitingName, supervisor.id(), TestData.mobile());
        makeWatch(waiting, "999999999999.00");
        String talkingName = TestData.unique("Aaa Watch Talking");
        UUID talking = TestData.newCustomer(talkingName, supervisor.id(), TestData.mobile());
        makeWatch(talking, "999999999999.00");
        ConsoleSession console = ConsoleSession.login(supervisor.username(), TestData.PASSWORD);
        console.form().formParam("customerId", talking.toString()).post("/admin/retention/from-watch")
                .then().statusCode(303);

        console.request().get("/admin/retention/dashboard").then().statusCode(200)
                .body(containsString("<svg"), containsString("chart-retention-reason"),
                        containsString("chart-retention-offer"), containsString("chart-retention-stage"),
                        containsString("Cases by stage"), containsString(waitingName),
                        containsString("/admin/customers/" + waiting), not(containsString(talkingName)));
        console.request().get("/admin/retention").then().statusCode(200)
                .body(containsString("Save desk"), containsString(talkingName));
        console.request().queryParam("stage", "TRUST").get("/admin/retention").then().statusCode(200)
                .body(containsString(talkingName));
        console.request().queryParam("stage", "CLOSED").get("/admin/retention").then().statusCode(200)
                .body(containsString("Save desk"));
    }

    /** A case page in a real browser, saved as target/console-retention.png. */
    @Test
    void screenshotOfACasePage() throws Exception {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        UUID customer = TestData.newCustomer("王小明 " + TestData.unique("Shot"), agent.id(),
                TestData.mobile());
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        UUID id = open(console, customer);
        console.form().formParam("realReason", "COMPETITOR").formParam("fixable", "true")
                .formParam("attitude", "NUMB").formParam("severity", "4").formParam("countermeasureCost", "2")
                .post("/admin/retention/" + id + "/probe").then().statusCode(303);
        offer(console, id, "PROMOTION", "Half price on the second line for a year");

        try (HeadlessChromium chromium = HeadlessChromium.start(loginPage, 1280, 1400)) {
            chromium.signIn(agent.username(), TestData.PASSWORD, "/admin/my-day"); // an agent lands on My day
            chromium.open("/admin/retention/" + id);
            chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.gauge")));
            chromium.screenshot("console-retention.png");
        }
    }

    // ------------------------------------------------------------------ helpers

    private static UUID open(ConsoleSession console, UUID customer) {
        String location = console.form().formParam("customerId", customer.toString()).formParam("type", "SERVICE")
                .formParam("service", "International roaming").formParam("statedReason", "Too expensive")
                .formParam("channel", "PHONE")
                .post("/admin/retention")
                .then().statusCode(303).header("Location", containsString("notice=opened"))
                .extract().header("Location");
        return UUID.fromString(location.replaceAll(".*/admin/retention/([0-9a-f-]{36}).*", "$1"));
    }

    private static void offer(ConsoleSession console, UUID id, String kind, String description) {
        console.form().formParam("kind", kind).formParam("description", description)
                .formParam("monthlyValue", "30.00")
                .post("/admin/retention/" + id + "/offers").then().statusCode(303);
    }

    private static RetentionCase kase(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> RetentionCase.<RetentionCase>findById(id));
    }

    /** WATCH and tier are the tier engine's to write; tests set them straight in the database. */
    private static void makeWatch(UUID customer, String windowSpend) {
        QuarkusTransaction.requiringNew().run(() -> Customer.getEntityManager()
                .createNativeQuery("update customer_standing set watch = true, tier = 'DIAMOND', window_spend = ?1"
                        + " where customer_id = ?2")
                .setParameter(1, new BigDecimal(windowSpend)).setParameter(2, customer).executeUpdate());
    }
}
