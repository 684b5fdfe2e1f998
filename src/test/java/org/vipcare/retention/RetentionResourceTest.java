package org.vipcare.retention;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vipcare.security.Role;
import org.vipcare.support.RetentionData;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;
import org.vipcare.tier.Tier;

@QuarkusTest
class RetentionResourceTest {

    private static final String BASE = RetentionData.BASE;
    private static final String ILLEGAL = "https://vipcare.example/problems/illegal-transition";
    private static final String CONFLICT = "https://vipcare.example/problems/conflict";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void walksTheFiveStagesRetainsAndSchedulesTheCareCall() {
        Caller manager = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(manager, TestData.customerBody("Leaving soon"));

        JsonPath opened = manager.request()
                .body(Map.of("customerId", customer, "type", "NETWORK", "statedReason", "too expensive",
                        "channel", "PHONE"))
                .post(BASE).then().statusCode(201)
                .header("Location", containsString(BASE + "/")).header("ETag", "\"0\"")
                .body("stage", equalTo("TRUST"), "source", equalTo("AGENT"), "managerId", equalTo(manager.id().toString()),
                        "openedBy", equalTo(manager.id().toString()), "statedReason", equalTo("too expensive"),
                        "allowedActions", contains("PROBE", "CLOSE_LOST"), "offers", empty(),
                        "retentionScore", nullValue(), "outcome", nullValue(),
                        "playbook.key", hasItems("probe.COOPERATIVE", "probe.HOSTILE", "probe.NUMB",
                                "strategy.FIXABLE", "strategy.NOT_FIXABLE", "agree.DIRECT"))
                .extract().jsonPath();
        String id = opened.getString("id");
        String path = BASE + "/" + id;

        manager.request().body(RetentionData.probe("COMPETITOR", true, "COOPERATIVE", 4, 2))
                .post(path + "/probe").then().statusCode(200).header("ETag", "\"1\"")
                .body("stage", equalTo("PROBING"), "realReason", equalTo("COMPETITOR"), "severity", equalTo(4),
                        "countermeasureCost", equalTo(2), "retentionScore", equalTo(-2),
                        "scoreBand", equalTo("AT_MOST_MINUS_2"), "fixable", is(true),
                        "allowedActions", contains("PROBE", "OFFER", "CLOSE_LOST"), "probedAt", notNullValue());
        // Probing again corrects the findings without moving the stage.
        manager.request().body(RetentionData.probe("TARIFF", true, "COOPERATIVE", 2, 5))
                .post(path + "/probe").then().statusCode(200)
                .body("stage", equalTo("PROBING"), "realReason", equalTo("TARIFF"), "retentionScore", equalTo(3),
                        "scoreBand", equalTo("AT_LEAST_PLUS_3"));

        String first = manager.request()
                .body(Map.of("kind", "TARIFF_CHANGE", "description", "Family plan", "monthlyValue", 38.5))
                .post(path + "/offers").then().statusCode(201).contentType("application/json")
                .body("caseId", equalTo(id), "kind", equalTo("TARIFF_CHANGE"), "monthlyValue", equalTo(38.5f),
                        "createdBy", equalTo(manager.id().toString()))
                .extract().path("id");
        manager.request().get(path).then().header("ETag", "\"3\"")
                .body("stage", equalTo("PROPOSING"), "offers", hasSize(1), "offers[0].id", equalTo(first),
                        "offers[0].kind", equalTo("TARIFF_CHANGE"), "offers[0].monthlyValue", equalTo(38.5f),
                        "allowedActions", contains("PROBE", "OFFER", "CLOSE_LOST"));
        manager.request().body(Map.of("offerId", first, "method", "TARIFF_CHANGE")).post(path + "/agreement")
                .then().statusCode(409).contentType("application/problem+json").body("type", equalTo(CONFLICT),
                        "detail", containsString("at least 2 prepared offers, the case has 1"),
                        "detail", containsString("Allowed actions: PROBE, OFFER, CLOSE_LOST."));
        String second = RetentionData.offer(manager, id, "PROMOTION");
        manager.request().get(path).then().body("stage", equalTo("PROPOSING"), "offers.id", contains(first, second),
                "allowedActions", hasItem("AGREE"));

        manager.request().body(Map.of("outcome", "RETAINED")).post(path + "/close").then().statusCode(409)
                .body("type", equalTo(CONFLICT), "detail", containsString("need an agreement first"));
        manager.request().body(Map.of("offerId", second, "method", "PROMOTION")).post(path + "/agreement")
                .then().statusCode(200)
                .body("stage", equalTo("AGREEING"), "agreedOfferId", equalTo(second), "agreementMethod",
                        equalTo("PROMOTION"), "agreedAt", notNullValue(),
                        "allowedActions", contains("CLOSE_RETAINED", "CLOSE_PARTIAL", "CLOSE_LOST"));
        manager.request().body(RetentionData.probe("TARIFF", true, null, 2, 5)).post(path + "/probe")
                .then().statusCode(409).body("type", equalTo(ILLEGAL),
                        "detail", containsString("Allowed actions: CLOSE_RETAINED, CLOSE_PARTIAL, CLOSE_LOST."));

        Instant before = Instant.now();
        String followUp = manager.request().body(Map.of("outcome", "RETAINED", "note", "Stays on the promotion"))
                .post(path + "/close").then().statusCode(200)
                .body("stage", equalTo("CLOSED"), "outcome", equalTo("RETAINED"), "note",
                        equalTo("Stays on the promotion"), "closedAt", notNullValue(), "allowedActions", empty(),
                        "followUpId", notNullValue())
                .extract().path("followUpId");
        JsonPath care = manager.request().get("/api/v1/follow-ups/" + followUp).then().statusCode(200)
                .body("purpose", equalTo("RETENTION_CARE"), "assigneeId", equalTo(manager.id().toString()),
                        "customerId", equalTo(customer), "retentionCaseId", equalTo(id), "status", equalTo("OPEN"))
                .extract().jsonPath();
        Duration due = Duration.between(before, Instant.parse(care.getString("dueAt")));
        // A week later, moved into the customer's next contact slot (a weekend or a holiday adds a few days)
        assertTrue(due.toDays() >= 7 && due.toDays() <= 10, "care call after a save is due in a week: " + due);

        manager.request().body(Map.of("outcome", "LOST")).post(path + "/close").then().statusCode(409)
                .body("type", equalTo(ILLEGAL), "detail", containsString("Allowed actions: none."));

        manager.request().get(path + "/events").then().statusCode(200)
                .body("kind", contains("OPENED", "PROBED", "PROBED", "OFFERED", "OFFERED", "AGREED", "CLOSED"),
                        "toStage", contains("TRUST", "PROBING", "PROBING", "PROPOSING", "PROPOSING", "AGREEING",
                                "CLOSED"),
                        "[0].fromStage", nullValue(), "[1].fromStage", equalTo("TRUST"),
                        "actor", everyItem(equalTo(manager.username())));
        manager.request().get("/api/v1/customers/" + customer + "/timeline?size=50").then().statusCode(200)
                .body("items.findAll { it.kind == 'RETENTION_CASE' }.size()", equalTo(7),
                        "items.findAll { it.kind == 'RETENTION_CASE' }.refId", everyItem(equalTo(id)),
                        "items.summary", hasItem(containsString("AGREEING -> CLOSED: RETAINED")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "TRUST", "PROBING", "PROPOSING", "AGREEING" })
    void lostClosesFromEveryOpenStageWithACareCall(String stage) {
        Caller manager = TestData.as(Role.AGENT);
        String customer = TestData.createCustomer(manager, TestData.customerBody("Lost at " + stage));
        String id = caseAt(manager, customer, stage);
        Instant before = Instant.now();
        String followUp = manager.request().body(Map.of("outcome", "LOST", "note", "Moved abroad"))
                .post(BASE + "/" + id + "/close").then().statusCode(200)
                .body("stage", equalTo("CLOSED"), "outcome", equalTo("LOST"))
                .extract().path("followUpId");
        String dueAt = manager.request().get("/api/v1/follow-ups/" + followUp).then().statusCode(200)
                .body("purpose", equalTo("RETENTION_CARE"), "retentionCaseId", equalTo(id),
                        "assigneeId", equalTo(manager.id().toString()))
                .extract().path("dueAt");
        long days = Duration.between(before, Instant.parse(dueAt)).toDays();
        assertTrue(days >= 30 && days <= 33, "care call after a loss is due in a month (next contact slot): " + days);
        manager.request().get(BASE + "/" + id + "/events").then()
                .body("kind[-1]", equalTo("CLOSED"), "fromStage[-1]", equalTo(stage));
    }

    @Test
    void partialNeedsAnAgreementAndCreatesACareCallToo() {
        Caller manager = TestData.as(Role.AGENT);
        String customer = TestData.createCustomer(manager, TestData.customerBody("Partly kept"));
        String id = caseAt(manager, customer, "PROPOSING");
        manager.request().body(Map.of("outcome", "PARTIAL")).post(BASE + "/" + id + "/close").then().statusCode(409)
                .body("type", equalTo(CONFLICT), "detail", containsString("Allowed actions: PROBE, OFFER, AGREE, CLOSE_LOST."));
        String offer = manager.request().get(BASE + "/" + id).then().extract().path("offers[0].id");
        RetentionData.agree(manager, id, offer, "COMPENSATION");
        String followUp = manager.request().body(Map.of("outcome", "PARTIAL")).post(BASE + "/" + id + "/close")
                .then().statusCode(200).body("outcome", equalTo("PARTIAL")).extract().path("followUpId");
        assertEquals(1, TestData.count("follow_up", "retention_case_id", id));
        manager.request().get("/api/v1/follow-ups/" + followUp).then().body("purpose", equalTo("RETENTION_CARE"));
    }

    @Test
    void neverRetainsBeforeTheRealReasonIsKnown() {
        Caller manager = TestData.as(Role.AGENT);
        String customer = TestData.createCustomer(manager, TestData.customerBody("Not yet probed"));
        String id = RetentionData.open(manager, customer, Map.of());
        manager.request().body(Map.of("kind", "DIRECT", "description", "Half price for a year"))
                .post(BASE + "/" + id + "/offers").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo(CONFLICT), "status", equalTo(409),
                        "detail", containsString("never start retaining before it is known"),
                        "detail", containsString("Allowed actions: PROBE, CLOSE_LOST."));
        manager.request().body(Map.of("offerId", UUID.randomUUID().toString(), "method", "DIRECT"))
                .post(BASE + "/" + id + "/agreement").then().statusCode(409)
                .body("detail", containsString("at least 2 prepared offers, the case has 0"));
        manager.request().get(BASE + "/" + id).then()
                .body("stage", equalTo("TRUST"), "offers", empty(), "version", equalTo(0));
        assertEquals(0, TestData.count("retention_offer", "case_id", id));
    }

    @Test
    void agreementNeedsAnOfferOfThisCase() {
        Caller manager = TestData.as(Role.AGENT);
        String customer = TestData.createCustomer(manager, TestData.customerBody("Two cases"));
        String mine = caseAt(manager, customer, "PROPOSING");
        String other = caseAt(manager, customer, "PROPOSING");
        String foreign = manager.request().get(BASE + "/" + other).then().extract().path("offers[0].id");
        manager.request().body(Map.of("offerId", foreign, "method", "DIRECT")).post(BASE + "/" + mine + "/agreement")
                .then().statusCode(400).body("violations.field", contains("offerId"));
        manager.request().get(BASE + "/" + mine).then().body("stage", equalTo("PROPOSING"), "agreedOfferId", nullValue());
    }

    @Test
    void refusesBadInputAndStoresNothing() {
        Caller manager = TestData.as(Role.AGENT);
        String customer = TestData.createCustomer(manager, TestData.customerBody("Careful retention"));
        manager.request().body(Map.of("customerId", customer)).post(BASE).then().statusCode(400)
                .body("violations.field", contains("type"));
        manager.request().body(Map.of("customerId", customer, "type", "MOON")).post(BASE).then().statusCode(400)
                .body("violations.field", contains("type"));
        manager.request().body(Map.of("customerId", UUID.randomUUID().toString(), "type", "SERVICE")).post(BASE)
                .then().statusCode(400).body("violations.field", contains("customerId"));
        assertEquals(0, TestData.count("retention_case", "customer_id", customer));

        String id = RetentionData.open(manager, customer, Map.of());
        manager.request().body(RetentionData.probe("WEATHER", true, null, 3, 3)).post(BASE + "/" + id + "/probe")
                .then().statusCode(400).body("violations.field", contains("realReason"),
                        "violations[0].message", containsString("COMPETITOR"));
        manager.request().body(Map.of("realReason", "TARIFF", "severity", 6, "countermeasureCost", 0))
                .post(BASE + "/" + id + "/probe").then().statusCode(400)
                .body("violations.field", containsInAnyOrder("countermeasureCost", "fixable", "severity"));
        manager.request().body(Map.of("outcome", "MAYBE")).post(BASE + "/" + id + "/close").then().statusCode(400)
                .body("violations.field", contains("outcome"));
        manager.request().get(BASE + "/" + id).then().body("stage", equalTo("TRUST"), "realReason", nullValue());
        manager.request().get(BASE + "/" + UUID.randomUUID()).then().statusCode(404);
        manager.request().get(BASE + "?stage=SLEEPING").then().statusCode(400).body("violations.field", contains("stage"));
    }

    @Test
    void anOfferIsAResourceOfItsCaseReadByWhoeverReadsTheCase() {
        Caller manager = TestData.newUser(Role.AGENT);
        Caller stranger = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(manager, TestData.customerBody("Offered"));
        String id = RetentionData.open(manager, customer, Map.of());
        String other = RetentionData.open(manager, customer, Map.of());
        RetentionData.probe(manager, id, RetentionData.probe("TARIFF", true, "COOPERATIVE", 3, 2));
        Map<String, Object> body = Map.of("kind", "PROMOTION", "description", "Three months free data",
                "monthlyValue", new BigDecimal("12.00"));
        String key = TestData.unique("offer");

        JsonPath offer = manager.request().header("Idempotency-Key", key).body(body).post(BASE + "/" + id + "/offers")
                .then().statusCode(201).contentType("application/json")
                .body("caseId", equalTo(id), "kind", equalTo("PROMOTION"), "description",
                        equalTo("Three months free data"), "monthlyValue", equalTo(12.0f))
                .extract().jsonPath();
        String offerId = offer.getString("id");
        String location = BASE + "/" + id + "/offers/" + offerId;
        manager.request().header("Idempotency-Key", key).body(body).post(BASE + "/" + id + "/offers")
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", endsWith(location))
                .body("id", equalTo(offerId), "kind", equalTo("PROMOTION"));
        assertEquals(1, TestData.count("retention_offer", "case_id", id));

        manager.request().get(location).then().statusCode(200).contentType("application/json")
                .body("id", equalTo(offerId), "caseId", equalTo(id), "createdAt", equalTo(offer.getString("createdAt")));
        manager.request().get(BASE + "/" + id).then().body("offers.id", contains(offerId));
        TestData.as(Role.SUPERVISOR).request().get(location).then().statusCode(200);
        stranger.request().get(location).then().statusCode(403);
        manager.request().get(BASE + "/" + other + "/offers/" + offerId).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString(offerId));
        manager.request().get(BASE + "/" + id + "/offers/" + UUID.randomUUID()).then().statusCode(404);
        RestAssured.given().get(location).then().statusCode(401);
    }

    @Test
    void onlyTheManagerOpenerSupervisorOrAdminWorkACase() {
        Caller manager = TestData.newUser(Role.AGENT);
        Caller stranger = TestData.newUser(Role.AGENT);
        Caller opener = TestData.newUser(Role.AGENT);
        Caller supervisor = TestData.as(Role.SUPERVISOR);
        String customer = TestData.createCustomer(manager, TestData.customerBody("Guarded"));
        // Any agent may open a case for a customer; the customer's manager works it.
        String id = RetentionData.open(opener, customer, Map.of());
        opener.request().get(BASE + "/" + id).then().statusCode(200)
                .body("managerId", equalTo(manager.id().toString()), "openedBy", equalTo(opener.id().toString()));
        manager.request().get(BASE + "/" + id).then().statusCode(200);

        stranger.request().get(BASE + "/" + id).then().statusCode(403);
        stranger.request().get(BASE + "/" + id + "/events").then().statusCode(403);
        stranger.request().body(RetentionData.probe("TARIFF", true, null, 3, 3)).post(BASE + "/" + id + "/probe")
                .then().statusCode(403);
        stranger.request().get(BASE + "?customerId=" + customer).then().statusCode(200).body("total", equalTo(0));

        RetentionData.probe(opener, id, RetentionData.probe("TARIFF", true, null, 3, 3));
        RetentionData.offer(manager, id, "DIRECT");
        RetentionData.offer(supervisor, id, "PROMOTION");
        manager.request().get(BASE + "?customerId=" + customer).then().body("total", equalTo(1),
                "items[0].offers", hasSize(2));
        opener.request().get(BASE + "?managerId=" + manager.id()).then().body("items.id", hasItem(id));
        supervisor.request().get(BASE + "?customerId=" + customer + "&stage=PROPOSING").then()
                .body("total", equalTo(1), "items[0].id", equalTo(id));
        TestData.admin().request().body(Map.of("outcome", "LOST")).post(BASE + "/" + id + "/close").then()
                .statusCode(200);
        supervisor.request().get(BASE + "?customerId=" + customer + "&outcome=LOST&reason=tariff").then()
                .body("total", equalTo(1));

        Caller integration = TestData.as(Role.INTEGRATION);
        integration.request().get(BASE + "/" + id).then().statusCode(403);
        integration.request().get(BASE + "/stats").then().statusCode(403);
        manager.request().get(BASE + "/stats").then().statusCode(403);
        manager.request().get(BASE + "/save-desk").then().statusCode(200);
        RestAssured.given().get(BASE + "/" + id).then().statusCode(401);
    }

    @Test
    void anIntegratorsRetriedCancellationOpensOneCase() {
        Caller integration = TestData.newUser(Role.INTEGRATION);
        Caller manager = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(manager, TestData.customerBody("Cancels via billing"));
        Map<String, Object> body = Map.of("customerId", customer, "type", "SERVICE", "service", "Data add-on",
                "statedReason", "TARIFF", "channel", "BILLING");
        String key = TestData.unique("cancel");

        JsonPath first = integration.request().header("Idempotency-Key", key).body(body).post(BASE)
                .then().statusCode(201).body("source", equalTo("INTEGRATION"), "stage", equalTo("TRUST"),
                        "managerId", equalTo(manager.id().toString()), "openedBy", equalTo(integration.id().toString()))
                .extract().jsonPath();
        integration.request().header("Idempotency-Key", key).body(body).post(BASE)
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", containsString(first.getString("id")))
                .body("id", equalTo(first.getString("id")));
        assertEquals(1, TestData.count("retention_case", "customer_id", customer));
        integration.request().header("Idempotency-Key", key)
                .body(Map.of("customerId", customer, "type", "NETWORK")).post(BASE)
                .then().statusCode(409).body("type", containsString("idempotency-key-reused"));

        // Integrations read the cases they opened, and nothing else is theirs to do.
        integration.request().get(BASE + "/" + first.getString("id")).then().statusCode(200);
        integration.request().get(BASE + "?customerId=" + customer).then().body("total", equalTo(1));
        integration.request().body(RetentionData.probe("TARIFF", true, null, 3, 3))
                .post(BASE + "/" + first.getString("id") + "/probe").then().statusCode(403);
        integration.request().post(BASE + "/from-watch/" + customer).then().statusCode(403);
        manager.request().get(BASE + "/" + first.getString("id")).then().statusCode(200)
                .body("allowedActions", contains("PROBE", "CLOSE_LOST"));
    }

    @Test
    void opensProactivelyForAWatchCustomerOnce() {
        Caller manager = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(manager, TestData.customerBody("Fading"));
        manager.request().post(BASE + "/from-watch/" + customer).then().statusCode(409)
                .body("type", equalTo(CONFLICT), "detail", containsString("not flagged WATCH"));
        TestData.setTier(customer, Tier.GOLD, true);
        JsonPath opened = manager.request().post(BASE + "/from-watch/" + customer).then().statusCode(201)
                .header("Location", containsString(BASE + "/"))
                .body("source", equalTo("WATCH"), "type", equalTo("NETWORK"), "stage", equalTo("TRUST"),
                        "customerId", equalTo(customer), "managerId", equalTo(manager.id().toString()))
                .extract().jsonPath();
        manager.request().post(BASE + "/from-watch/" + customer).then().statusCode(409)
                .body("detail", containsString("already has an open retention case"));
        assertEquals(1, TestData.count("retention_case", "customer_id", customer));

        RetentionData.close(manager, opened.getString("id"), "LOST");
        manager.request().post(BASE + "/from-watch/" + customer).then().statusCode(201);
        manager.request().post(BASE + "/from-watch/" + UUID.randomUUID()).then().statusCode(404);
        manager.request().get("/api/v1/customers/" + customer + "/timeline").then()
                .body("items.summary", hasItem(containsString("OPENED TRUST: WATCH NETWORK")));
    }

    @Test
    void theSaveDeskPutsTheMostValuableCustomerFirstThenTheOldestCase() {
        Caller manager = TestData.newUser(Role.AGENT);
        String silver = customerAt(manager, Tier.SILVER, "9000.00");
        String goldLow = customerAt(manager, Tier.GOLD, "1000.00");
        String goldHigh = customerAt(manager, Tier.GOLD, "5000.00");
        String diamond = customerAt(manager, Tier.DIAMOND, "100.00");
        String goldHighOlder = customerAt(manager, Tier.GOLD, "5000.00");
        String closedDiamond = customerAt(manager, Tier.DIAMOND, "99999.00");

        String cSilver = RetentionData.open(manager, silver, Map.of());
        String cGoldLow = RetentionData.open(manager, goldLow, Map.of());
        String cGoldHigh = RetentionData.open(manager, goldHigh, Map.of());
        String cDiamond = RetentionData.open(manager, diamond, Map.of());
        String cGoldHighOlder = RetentionData.open(manager, goldHighOlder, Map.of());
        RetentionData.openedAt(cGoldHighOlder, Instant.now().minus(Duration.ofDays(3)));
        String cClosed = RetentionData.open(manager, closedDiamond, Map.of());
        RetentionData.close(manager, cClosed, "LOST");

        manager.request().get(BASE + "/save-desk").then().statusCode(200)
                .body("total", equalTo(5), "items.id", contains(cDiamond, cGoldHighOlder, cGoldHigh, cGoldLow, cSilver),
                        "items[0].tier", equalTo("DIAMOND"), "items[1].windowSpend", equalTo(5000.0f),
                        "items[0].customerName", notNullValue(), "items.stage", everyItem(equalTo("TRUST")));
        manager.request().get(BASE + "/save-desk?size=2&page=1").then()
                .body("items.id", contains(cGoldHigh, cGoldLow), "page", equalTo(1), "size", equalTo(2));
        TestData.as(Role.SUPERVISOR).request().get(BASE + "/save-desk?size=200").then().statusCode(200)
                .body("items.id", hasItems(cDiamond, cSilver), "items.id", not(hasItem(cClosed)));
    }

    /**
     * Hand-computed: five cases of a fresh manager opened in 2031, one of the same manager opened now outside the
     * period. A TARIFF stated TARIFF, score −2, agreed TARIFF_CHANGE, RETAINED. B "too expensive" → COMPETITOR, 0,
     * agreed PROMOTION, PARTIAL. C stated NETWORK → COMPETITOR, +2, LOST. D unprobed, LOST. E TARIFF → TARIFF, +4,
     * open.
     */
    @Test
    void statsOnHandComputedCases() {
        Caller m = TestData.newUser(Role.AGENT);
        String a = probed(m, "TARIFF", "TARIFF", 4, 2);
        RetentionData.offer(m, a, "DIRECT");
        String aOffer = RetentionData.offer(m, a, "TARIFF_CHANGE");
        RetentionData.agree(m, a, aOffer, "TARIFF_CHANGE");
        RetentionData.close(m, a, "RETAINED");
        String b = probed(m, "too expensive", "COMPETITOR", 3, 3);
        String bOffer = RetentionData.offer(m, b, "PROMOTION");
        RetentionData.offer(m, b, "DIRECT");
        RetentionData.agree(m, b, bOffer, "PROMOTION");
        RetentionData.close(m, b, "PARTIAL");
        String c = probed(m, "NETWORK", "COMPETITOR", 2, 4);
        RetentionData.close(m, c, "LOST");
        String d = RetentionData.open(m, TestData.createCustomer(m, TestData.customerBody("D")), Map.of());
        RetentionData.close(m, d, "LOST");
        String e = probed(m, "tariff", "TARIFF", 1, 5);
        String outside = RetentionData.open(m, TestData.createCustomer(m, TestData.customerBody("F")), Map.of());
        RetentionData.close(m, outside, "LOST");
        Instant period = Instant.parse("2031-03-01T00:00:00Z");
        for (String id : List.of(a, b, c, d, e)) {
            RetentionData.openedAt(id, period);
        }

        JsonPath stats = TestData.as(Role.SUPERVISOR).request()
                .get(BASE + "/stats?from=2031-01-01&to=2032-01-01T00:00:00Z&managerId=" + m.id())
                .then().statusCode(200).extract().jsonPath();
        assertGroup(stats, "overall", 5, 1, 4, 1, 1, 2, 0.5f);
        assertEquals(List.of("COMPETITOR", "NONE", "TARIFF"), stats.getList("byRealReason.key"));
        assertGroup(stats, "byRealReason[0]", 2, 0, 2, 0, 1, 1, 0.5f);
        assertGroup(stats, "byRealReason[1]", 1, 0, 1, 0, 0, 1, 0f);
        assertGroup(stats, "byRealReason[2]", 2, 1, 1, 1, 0, 0, 1f);
        assertEquals(List.of("NONE", "PROMOTION", "TARIFF_CHANGE"), stats.getList("byOfferKind.key"));
        assertGroup(stats, "byOfferKind[0]", 3, 1, 2, 0, 0, 2, 0f);
        assertGroup(stats, "byOfferKind[1]", 1, 0, 1, 0, 1, 0, 1f);
        assertGroup(stats, "byOfferKind[2]", 1, 0, 1, 1, 0, 0, 1f);
        assertEquals(List.of("AT_LEAST_PLUS_3", "AT_MOST_MINUS_2", "MINUS_1_TO_0", "NONE", "PLUS_1_TO_2"),
                stats.getList("byScoreBand.key"));
        assertGroup(stats, "byScoreBand[0]", 1, 1, 0, 0, 0, 0, null);
        assertGroup(stats, "byScoreBand[1]", 1, 0, 1, 1, 0, 0, 1f);
        assertGroup(stats, "byScoreBand[2]", 1, 0, 1, 0, 1, 0, 1f);
        assertGroup(stats, "byScoreBand[3]", 1, 0, 1, 0, 0, 1, 0f);
        assertGroup(stats, "byScoreBand[4]", 1, 0, 1, 0, 0, 1, 0f);
        assertEquals(List.of(m.id().toString()), stats.getList("byAgent.key"));
        assertGroup(stats, "byAgent[0]", 5, 1, 4, 1, 1, 2, 0.5f);
        assertEquals(4, stats.getInt("statedVsReal.probed"));
        assertEquals(4, stats.getInt("statedVsReal.compared"));
        assertEquals(2, stats.getInt("statedVsReal.differing"));
        assertEquals(0.5f, stats.getFloat("statedVsReal.rate"));

        TestData.admin().request().get(BASE + "/stats?from=2031-01-01&to=2031-01-01").then().statusCode(400)
                .body("violations.field", contains("to"));
        TestData.admin().request().get(BASE + "/stats?from=yesterday").then().statusCode(400)
                .body("violations.field", contains("from"));
        JsonPath now = TestData.admin().request().get(BASE + "/stats?managerId=" + m.id() + "&to=2030-01-01")
                .then().statusCode(200).extract().jsonPath();
        assertGroup(now, "overall", 1, 0, 1, 0, 0, 1, 0f);
    }

    @Test
    void thePlaybookFollowsTheAttitudeTheCauseAndTheLanguage() {
        Caller manager = TestData.as(Role.AGENT);
        String customer = TestData.createCustomer(manager, TestData.customerBody("Hostile one"));
        String id = RetentionData.open(manager, customer, Map.of());
        manager.request().body(RetentionData.probe("NETWORK", false, "HOSTILE", 5, 2)).post(BASE + "/" + id + "/probe")
                .then().statusCode(200)
                .body("playbook.key", contains("probe.HOSTILE", "strategy.NOT_FIXABLE", "value.RAISE_COST",
                                "agree.DIRECT", "agree.COMPENSATION", "agree.PROMOTION", "agree.TARIFF_CHANGE"),
                        "playbook.locale", everyItem(equalTo("en")),
                        "playbook[0].text", containsString("roundabout"));
        manager.request().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5").get(BASE + "/" + id).then()
                .body("playbook.key", hasItems("probe.HOSTILE", "strategy.NOT_FIXABLE"),
                        "playbook.locale", everyItem(equalTo("zh-CN")), "playbook[0].title", equalTo("敌对型客户的探询"),
                        "playbook.key", not(hasItem("probe.NUMB")));
        manager.request().body(RetentionData.probe("NETWORK", true, "NUMB", 3, 3)).post(BASE + "/" + id + "/probe")
                .then().body("playbook.key", hasItems("probe.NUMB", "strategy.FIXABLE"),
                        "playbook.key", not(hasItem("probe.HOSTILE")), "playbook.key", not(hasItem("strategy.NOT_FIXABLE")));
        manager.request().header("Accept-Language", "fr-FR").get(BASE + "/" + id).then()
                .body("playbook.locale", everyItem(equalTo("en")));

        manager.request().get(BASE + "/playbook?locale=zh-CN").then().statusCode(200)
                .body("locale", everyItem(equalTo("zh-CN")), "key", hasItems("probe.COOPERATIVE", "probe.HOSTILE",
                        "probe.NUMB", "strategy.FIXABLE", "strategy.NOT_FIXABLE", "agree.DIRECT",
                        "agree.COMPENSATION", "agree.PROMOTION", "agree.TARIFF_CHANGE"));
        manager.request().get(BASE + "/playbook?locale=fr").then().statusCode(400);
        manager.request().header("Accept-Language", "zh-CN").get(BASE + "/reasons").then().statusCode(200)
                .body("code", hasItems("TARIFF", "COMPETITOR", "CUSTOMER_CIRCUMSTANCES"),
                        "find { it.code == 'COMPETITOR' }.name", equalTo("竞争对手强挖"));
    }

    @Test
    void supervisorsEditThePlaybookWithIfMatch() {
        Caller supervisor = TestData.as(Role.SUPERVISOR);
        JsonPath entry = supervisor.request().get(BASE + "/playbook?locale=en").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> numb = entry.getMap("find { it.key == 'agree.PROMOTION' }");
        long version = ((Number) numb.get("version")).longValue();
        Map<String, Object> edit = Map.of("locale", "en", "title", numb.get("title"),
                "text", numb.get("text") + " Check the promotion's end date.");

        TestData.as(Role.AGENT).request().header("If-Match", "\"" + version + "\"").body(edit)
                .put(BASE + "/playbook/agree.PROMOTION").then().statusCode(403);
        supervisor.request().body(edit).put(BASE + "/playbook/agree.PROMOTION").then().statusCode(428);
        supervisor.request().header("If-Match", "\"" + (version + 7) + "\"").body(edit)
                .put(BASE + "/playbook/agree.PROMOTION").then().statusCode(412);
        supervisor.request().header("If-Match", "\"" + version + "\"").body(Map.of("locale", "fr", "title", "t",
                "text", "t")).put(BASE + "/playbook/agree.PROMOTION").then().statusCode(400)
                .body("violations.field", contains("locale"));
        supervisor.request().header("If-Match", "\"0\"").body(edit).put(BASE + "/playbook/agree.NOTHING")
                .then().statusCode(404);
        supervisor.request().header("If-Match", "\"" + version + "\"").body(edit)
                .put(BASE + "/playbook/agree.PROMOTION").then().statusCode(200)
                .header("ETag", "\"" + (version + 1) + "\"")
                .body("text", containsString("end date"), "updatedBy", equalTo(supervisor.username()));
        // Put the seeded text back for the other tests of the run.
        supervisor.request().header("If-Match", "\"" + (version + 1) + "\"")
                .body(Map.of("locale", "en", "title", numb.get("title"), "text", numb.get("text")))
                .put(BASE + "/playbook/agree.PROMOTION").then().statusCode(200);
    }

    // ------------------------------------------------------------------ helpers

    private static void assertGroup(JsonPath stats, String path, long opened, long open, long closed, long retained,
            long partial, long lost, Float rate) {
        assertEquals(opened, stats.getLong(path + ".opened"), path + ".opened");
        assertEquals(open, stats.getLong(path + ".open"), path + ".open");
        assertEquals(closed, stats.getLong(path + ".closed"), path + ".closed");
        assertEquals(retained, stats.getLong(path + ".retained"), path + ".retained");
        assertEquals(partial, stats.getLong(path + ".partial"), path + ".partial");
        assertEquals(lost, stats.getLong(path + ".lost"), path + ".lost");
        assertEquals(rate, stats.get(path + ".retentionRate") == null ? null : stats.getFloat(path + ".retentionRate"),
                path + ".retentionRate");
    }

    /** A case of a new customer of {@code manager}, stated and probed. */
    private static String probed(Caller manager, String stated, String real, int severity, int cost) {
        String customer = TestData.createCustomer(manager, TestData.customerBody("Stats " + real));
        String id = RetentionData.open(manager, customer, Map.of("statedReason", stated));
        RetentionData.probe(manager, id, RetentionData.probe(real, true, "COOPERATIVE", severity, cost));
        return id;
    }

    /** A case brought to {@code stage}: probed, two offers, agreed on the first, as the path requires. */
    private static String caseAt(Caller manager, String customer, String stage) {
        String id = RetentionData.open(manager, customer, Map.of());
        if (stage.equals("TRUST")) {
            return id;
        }
        RetentionData.probe(manager, id, RetentionData.probe("TARIFF", true, "COOPERATIVE", 3, 2));
        if (stage.equals("PROBING")) {
            return id;
        }
        String offer = RetentionData.offer(manager, id, "DIRECT");
        RetentionData.offer(manager, id, "TARIFF_CHANGE");
        if (stage.equals("PROPOSING")) {
            return id;
        }
        RetentionData.agree(manager, id, offer, "DIRECT");
        return id;
    }

    private static String customerAt(Caller manager, Tier tier, String spend) {
        String customer = TestData.createCustomer(manager, TestData.customerBody("Desk " + tier));
        TestData.setTier(customer, tier, false);
        TestData.windowSpend(customer, spend);
        return customer;
    }
}
