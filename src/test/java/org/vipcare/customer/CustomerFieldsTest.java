package org.vipcare.customer;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.TestClock;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/**
 * Issue 15, customer fields: one customer per identity document (create, PUT, PATCH, import; free again once erased),
 * enterprise fields, interests, referrals with the relationship value, and the bill analysis on hand-computed spend.
 */
@QuarkusTest
class CustomerFieldsTest {

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aDocumentAnotherLiveCustomerHoldsIsRefusedOnCreateUpdatePatchAndImportUntilThatOneIsErased() {
        Caller owner = TestData.newUser(Role.AGENT);
        Caller other = TestData.newUser(Role.AGENT);
        String number = TestData.idNumber().substring(0, 17) + "X";
        // stored normalised: trimmed, upper-case
        String holder = TestData.createCustomer(owner, TestData.customerBody("Holder", Map.of("idDocument",
                Map.of("type", "ID_CARD", "number", "  " + number.toLowerCase() + " "))));
        assertEquals(number, TestData.customer(UUID.fromString(holder)).idDocNumber);

        // another agent (sees the holder masked): told whose it is by id, never the number
        other.request().body(TestData.customerBody("Second", Map.of("idDocument",
                Map.of("type", "ID_CARD", "number", number.toLowerCase())))).post("/api/v1/customers")
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("customer.id-document.taken"), "existingCustomerId", equalTo(holder),
                        "detail", not(containsString(number.substring(3, 14))),
                        "violations[0].field", equalTo("idDocument.number"));
        // the same number under another document type is another document
        TestData.createCustomer(other, TestData.customerBody("Passport holder", Map.of("idDocument",
                Map.of("type", "PASSPORT", "number", number))));
        assertEquals(1L, holders(number, "ID_CARD"));

        String second = TestData.createCustomer(other, TestData.customerBody("Second"));
        Map<String, Object> put = TestData.customerBody("Second", Map.of("idDocument",
                Map.of("type", "ID_CARD", "number", number)));
        other.request().header("If-Match", "\"0\"").body(put).put("/api/v1/customers/" + second)
                .then().statusCode(409).body("code", equalTo("customer.id-document.taken"),
                        "existingCustomerId", equalTo(holder));
        other.request().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("idDocument", Map.of("number", number))).patch("/api/v1/customers/" + second)
                .then().statusCode(409).body("code", equalTo("customer.id-document.taken"));
        assertEquals(0L, TestData.customer(UUID.fromString(second)).version, "nothing written");
        // the holder itself keeps its document through an edit
        owner.request().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("notes", "still mine")).patch("/api/v1/customers/" + holder).then().statusCode(200);

        String good = TestData.unique("IMP");
        String taken = TestData.unique("IMP");
        String csv = "externalRef,name,type,mobile,idDocumentType,idDocumentNumber\n"
                + good + ",Good Row,INDIVIDUAL," + TestData.mobile() + ",ID_CARD," + TestData.idNumber() + "\n"
                + taken + ",Taken Row,INDIVIDUAL," + TestData.mobile() + ",ID_CARD," + number + "\n";
        TestData.as(Role.INTEGRATION).request().contentType("text/csv").body(csv).post("/api/v1/customers/import")
                .then().statusCode(200).body("created", is(1), "rejected.line", contains(3),
                        "rejected[0].violations[0].field", equalTo("idDocumentNumber"),
                        "rejected[0].violations[0].code", equalTo("customer.id-document.taken"),
                        "rejected[0].violations[0].message", containsString(holder));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Customer.count("externalRef", taken)));
        assertEquals(1L, holders(number, "ID_CARD"));

        // erased, the document is free again
        TestData.admin().request().delete("/api/v1/customers/" + holder).then().statusCode(204);
        other.request().header("If-Match", "\"0\"").body(put).put("/api/v1/customers/" + second)
                .then().statusCode(200).body("idDocument.number", equalTo(number));
        assertEquals(1L, holders(number, "ID_CARD"));
    }

    @Test
    void theDatabaseRefusesASecondHolderToo() {
        String number = TestData.idNumber().substring(0, 17) + "X";
        UUID first = TestData.newCustomer("Db one", null, TestData.mobile());
        UUID second = TestData.newCustomer("Db two", null, TestData.mobile());
        setDocument(first, number);
        boolean refused = false;
        try {
            setDocument(second, " " + number.toLowerCase());
        } catch (RuntimeException e) {
            refused = true;
        }
        assertTrue(refused, "the unique index (V35) refuses the second holder");
    }

    @Test
    void enterpriseFieldsBelongToEnterpriseCustomersAndFilterAndSortTheList() {
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        String tag = TestData.unique("Ent");
        String big = TestData.createCustomer(supervisor, enterprise(tag + " big", "A", 125));
        String small = TestData.createCustomer(supervisor, enterprise(tag + " small", "A", 40));
        TestData.createCustomer(supervisor, enterprise(tag + " other", "B", 300));
        supervisor.request().get("/api/v1/customers/" + big).then().statusCode(200)
                .body("enterpriseClass", equalTo("A"), "industry", equalTo("logistics"), "memberCount", is(125),
                        "relationshipValue", equalTo(12.5f));

        supervisor.request().queryParam("q", tag).queryParam("enterpriseClass", "A")
                .queryParam("sort", "memberCount,desc").get("/api/v1/customers")
                .then().statusCode(200).body("total", is(2), "items.id", contains(big, small));
        supervisor.request().queryParam("q", tag).queryParam("sort", "enterpriseClass,desc")
                .get("/api/v1/customers").then().statusCode(200).body("items[0].enterpriseClass", equalTo("B"));
        supervisor.request().queryParam("enterpriseClass", "D").get("/api/v1/customers").then().statusCode(400);

        Map<String, Object> individual = TestData.customerBody("Not a company", Map.of("enterpriseClass", "A",
                "memberCount", 3));
        supervisor.request().body(individual).post("/api/v1/customers").then().statusCode(400)
                .body("violations.field", contains("enterpriseClass", "memberCount"),
                        "violations.code", hasItem("customer.enterprise-field.not-enterprise"));
        // a PATCH turning the enterprise into a household must drop the enterprise fields too
        supervisor.request().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("type", "HOUSEHOLD")).patch("/api/v1/customers/" + small).then().statusCode(400);
        Map<String, Object> drop = new HashMap<>(Map.of("type", "HOUSEHOLD"));
        drop.put("enterpriseClass", null);
        drop.put("industry", null);
        drop.put("memberCount", null);
        supervisor.request().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(drop).patch("/api/v1/customers/" + small).then().statusCode(200)
                .body("type", equalTo("HOUSEHOLD"), "enterpriseClass", nullValue());
        assertEquals(null, TestData.customer(UUID.fromString(small)).memberCount);

        String ref = TestData.unique("ENT");
        TestData.admin().request().contentType("text/csv")
                .body("externalRef,name,type,enterpriseClass,industry,memberCount,interests\n"
                        + ref + "," + tag + " imported,ENTERPRISE,C,mining,7,golf; tea\n"
                        + TestData.unique("ENT") + ",Person,INDIVIDUAL,A,,,\n")
                .post("/api/v1/customers/import").then().statusCode(200)
                .body("created", is(1), "rejected[0].violations.field", hasItem("enterpriseClass"));
        Customer imported = QuarkusTransaction.requiringNew().call(() -> Customer.findLiveByExternalRef(ref)
                .orElseThrow());
        assertEquals(EnterpriseClass.C, imported.enterpriseClass);
        assertEquals(7, imported.memberCount);
        assertEquals(List.of("golf", "tea"), imported.interests);
        String export = supervisor.request().accept("text/csv").queryParam("q", tag + " imported")
                .get("/api/v1/customers/export").then().statusCode(200).extract().asString();
        assertTrue(export.lines().findFirst().orElseThrow().endsWith(",enterpriseClass,industry,memberCount"), export);
        assertTrue(export.contains(",C,mining,7"), export);
    }

    @Test
    void interestsAndReferralsMakeTheRelationshipValue() {
        Caller owner = TestData.newUser(Role.AGENT);
        String company = TestData.createCustomer(owner, enterprise(TestData.unique("Referrer"), "B", 25));
        Map<String, Object> referred = TestData.customerBody("Referred", Map.of("referredById", company,
                "interests", List.of(" golf ", "tea", "golf")));
        String one = TestData.createCustomer(owner, referred);
        TestData.createCustomer(owner, TestData.customerBody("Referred too", Map.of("referredById", company)));
        String erased = TestData.createCustomer(owner, TestData.customerBody("Referred, erased",
                Map.of("referredById", company)));
        TestData.admin().request().delete("/api/v1/customers/" + erased).then().statusCode(204);

        // 2 referred customers not erased + 25 members / 10
        owner.request().get("/api/v1/customers/" + company).then().statusCode(200)
                .body("relationshipValue", equalTo(4.5f));
        owner.request().get("/api/v1/customers/" + one).then().statusCode(200)
                .body("interests", contains("golf", "tea"), "referredById", equalTo(company),
                        "relationshipValue", equalTo(0.0f));
        TestData.newUser(Role.AGENT).request().get("/api/v1/customers/" + one).then().statusCode(200)
                .body("masked", is(true), "interests", nullValue(), "referredById", equalTo(company));
        assertEquals(List.of("golf", "tea"), TestData.customer(UUID.fromString(one)).interests);

        owner.request().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("referredById", one)).patch("/api/v1/customers/" + one).then().statusCode(400)
                .body("violations[0].code", equalTo("customer.referred-by.self"));
        owner.request().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("referredById", erased)).patch("/api/v1/customers/" + one).then().statusCode(400)
                .body("violations[0].code", equalTo("customer.referred-by.unknown"));
        owner.request().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("interests", IntStream.range(0, 21).mapToObj(i -> "tag" + i).toList()))
                .patch("/api/v1/customers/" + one).then().statusCode(400)
                .body("violations[0].field", equalTo("interests"));
        owner.request().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("interests", List.of("x".repeat(41)))).patch("/api/v1/customers/" + one)
                .then().statusCode(400);
        assertEquals(0L, TestData.customer(UUID.fromString(one)).version);

        String tag = TestData.unique("RV");
        String high = TestData.createCustomer(owner, enterprise(tag + " high", "A", 90));
        String low = TestData.createCustomer(owner, enterprise(tag + " low", "A", 10));
        TestData.createCustomer(owner, TestData.customerBody(tag + " ref", Map.of("referredById", low)));
        // high 9.0, low 1 + 1.0 = 2.0, the referred one 0.0
        owner.request().queryParam("q", tag).queryParam("sort", "relationshipValue,desc").get("/api/v1/customers")
                .then().statusCode(200).body("items.relationshipValue", contains(9.0f, 2.0f, 0.0f),
                        "items[0].id", equalTo(high));
    }

    @Test
    void billAnalysisComparesEachMonthWithTheOneBeforeAndTheThreeBefore() {
        Caller agent = TestData.newUser(Role.AGENT);
        Caller integration = TestData.as(Role.INTEGRATION);
        Caller stranger = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(agent, TestData.customerBody("Bill"));
        TestData.TestUser reader = TestData.newConsoleUser(Role.SUPERVISOR, "en");
        // 30 April 2046 17:00 UTC is 1 May 01:00 in Shanghai: the last complete month is April
        clock.pin(Instant.parse("2046-04-30T17:00:00Z"));
        List<Map<String, Object>> batch = new ArrayList<>();
        batch.add(record(customer, "2045-11-15T04:00:00Z", "SPEND", "100.00"));
        batch.add(record(customer, "2045-12-15T04:00:00Z", "SPEND", "100.00"));
        batch.add(record(customer, "2046-01-15T04:00:00Z", "SPEND", "100.00"));
        // 1 February 00:30 in Shanghai, still January in UTC: February's
        batch.add(record(customer, "2046-01-31T16:30:00Z", "SPEND", "60.00"));
        batch.add(record(customer, "2046-02-10T04:00:00Z", "BOTH", "40.00"));
        batch.add(record(customer, "2046-02-11T04:00:00Z", "VISIT", null));
        batch.add(record(customer, "2046-03-15T04:00:00Z", "BOTH", "131.00"));
        batch.add(record(customer, "2046-04-15T04:00:00Z", "VISIT", null));
        // 1 May in Shanghai: not yet over, not shown
        batch.add(record(customer, "2046-04-30T16:30:00Z", "SPEND", "999.00"));
        integration.request().body(batch).post("/api/v1/consumption-records").then().statusCode(200)
                .body("accepted", is(batch.size()));

        // February 100 against January 100 and the average of November to January 100: unchanged.
        // March 131: +31.0 % against February and against the average of December to February (100): flagged.
        // April 0 (a visit only): -100.0 % against March and against the average of January to March (110.33).
        stranger.request().get("/api/v1/customers/" + customer + "/bill-analysis").then().statusCode(200)
                .body("thresholdPercent", is(30), "months.month", contains("2046-02", "2046-03", "2046-04"),
                        "months.spend", contains(100.0f, 131.0f, 0.0f), "months.visits", contains(2, 1, 1),
                        "months.changeVsPrevious", contains(0.0f, 31.0f, -100.0f),
                        "months.changeVsAverage", contains(0.0f, 31.0f, -100.0f),
                        "months.flagged", contains(false, true, true));
        // Six months: November has nothing before it (no change, not flagged); December 100 against an average of
        // 100 / 3 (only November had spend) is +200.0 %, January 100 against 200 / 3 is +50.0 %: both flagged.
        agent.request().queryParam("months", 6).get("/api/v1/customers/" + customer + "/bill-analysis")
                .then().statusCode(200).body("months.month", contains("2045-11", "2045-12", "2046-01", "2046-02",
                        "2046-03", "2046-04"),
                        "months[0].changeVsPrevious", nullValue(), "months[0].changeVsAverage", nullValue(),
                        "months[1].changeVsPrevious", equalTo(0.0f), "months[1].changeVsAverage", equalTo(200.0f),
                        "months[2].changeVsAverage", equalTo(50.0f),
                        "months.flagged", contains(false, true, true, false, true, true));
        // the customer page shows the same three months, March and April marked
        // signed in at the pinned time: console sessions are stamped by the service's clock
        String page = ConsoleSession.login(reader.username(), TestData.PASSWORD).request().get("/admin/customers/" + customer).then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("Bill analysis") && page.contains("<td>2046-03</td>")
                && page.contains("<tr class=\"flagged\"><td>2046-04</td>") && !page.contains("<td>2045-12</td>"),
                page);
        agent.request().queryParam("months", 13).get("/api/v1/customers/" + customer + "/bill-analysis")
                .then().statusCode(400).body("violations[0].field", equalTo("months"));
        agent.request().queryParam("months", "three").get("/api/v1/customers/" + customer + "/bill-analysis")
                .then().statusCode(400);
        agent.request().get("/api/v1/customers/" + UUID.randomUUID() + "/bill-analysis").then().statusCode(404);
    }

    private static Map<String, Object> record(String customer, String at, String kind, String amountText) {
        Map<String, Object> record = new HashMap<>(Map.of("customerId", customer, "occurredAt", at, "kind", kind,
                "externalId", TestData.unique("BA")));
        if (amountText != null) {
            record.put("amount", new java.math.BigDecimal(amountText));
        }
        return record;
    }

    private static Map<String, Object> enterprise(String name, String enterpriseClass, int members) {
        Map<String, Object> body = TestData.customerBody(name, Map.of("type", "ENTERPRISE", "enterpriseClass",
                enterpriseClass, "industry", "logistics", "memberCount", members,
                "idDocument", Map.of("type", "BUSINESS_LICENSE", "number", TestData.idNumber())));
        body.remove("phones");
        return body;
    }

    private void setDocument(UUID customer, String number) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update customer set id_doc_type = 'ID_CARD', id_doc_number = ?1 where id = ?2")
                .setParameter(1, number).setParameter(2, customer).executeUpdate());
    }

    private static long holders(String number, String type) {
        return QuarkusTransaction.requiringNew().call(() -> Customer.count(
                "idDocNumber = ?1 and idDocType = ?2 and erasedAt is null", number, IdDocumentType.valueOf(type)));
    }
}
