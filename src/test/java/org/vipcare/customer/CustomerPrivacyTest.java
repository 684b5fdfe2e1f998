package org.vipcare.customer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.ComplaintData;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.RetentionData;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/**
 * What a caller learns of a customer around the mask and the object-level rules: the timeline, search, the masked
 * fields, and what erasure leaves.
 */
@QuarkusTest
class CustomerPrivacyTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** Agent 1's customer with a complaint, a retention case with an offer and a follow-up call, each naming a secret. */
    record Contacts(String customer, String complaint, String retentionCase, String followUp) {
    }

    static Contacts contacts(Caller manager, String secret) {
        String customer = TestData.createCustomer(manager, TestData.customerBody("Private customer"));
        String complaint = ComplaintData.createComplaint(manager, customer, Map.of("summary", "Complaint " + secret,
                "demand", "Demand " + secret));
        String retentionCase = RetentionData.open(manager, customer, Map.of("statedReason", "Stated " + secret));
        RetentionData.probe(manager, retentionCase, RetentionData.probe("COMPETITOR", true, null, 3, 2));
        manager.request().body(Map.of("kind", "PROMOTION", "description", "Offer " + secret, "monthlyValue", "20.00"))
                .post(RetentionData.BASE + "/" + retentionCase + "/offers").then().statusCode(201);
        String followUp = manager.request().body(Map.of("customerId", customer, "purpose", "AFTER_REPAIR",
                "dueAt", Instant.now().toString(), "note", "Call " + secret)).post("/api/v1/follow-ups")
                .then().statusCode(201).extract().path("id");
        manager.request().body(Map.of("outcome", "NO_ANSWER", "problem", "Problem " + secret))
                .post("/api/v1/follow-ups/" + followUp + "/attempts").then().statusCode(201);
        return new Contacts(customer, complaint, retentionCase, followUp);
    }

    @Test
    void theTimelineShowsAnotherFeaturesRecordOnlyToThoseWhoMayReadIt() {
        Caller agent1 = TestData.newUser(Role.AGENT);
        Caller agent2 = TestData.newUser(Role.AGENT);
        String secret = TestData.unique("secret");
        Contacts contacts = contacts(agent1, secret);
        agent2.request().get("/api/v1/complaints/" + contacts.complaint()).then().statusCode(403);
        agent2.request().get(RetentionData.BASE + "/" + contacts.retentionCase()).then().statusCode(403);
        agent2.request().get("/api/v1/follow-ups/" + contacts.followUp()).then().statusCode(403);

        String timeline = "/api/v1/customers/" + contacts.customer() + "/timeline";
        agent2.request().queryParam("size", 50).get(timeline).then().statusCode(200)
                .body(not(containsString(secret)))
                .body("items.kind", hasItems("TIER_CHANGE", "COMPLAINT", "RETENTION_CASE", "FOLLOW_UP_ATTEMPT"),
                        "items.findAll { it.kind != 'TIER_CHANGE' }.withheld", everyItem(is(true)),
                        "items.findAll { it.kind != 'TIER_CHANGE' }.summary", everyItem(nullValue()),
                        "items.findAll { it.kind != 'TIER_CHANGE' }.refId", everyItem(nullValue()),
                        "items.findAll { it.kind != 'TIER_CHANGE' }.at", everyItem(containsString("T")),
                        "items.find { it.kind == 'TIER_CHANGE' }.withheld", is(false),
                        "items.find { it.kind == 'TIER_CHANGE' }.summary", containsString("new customer"));

        for (Caller reader : new Caller[] { agent1, TestData.as(Role.SUPERVISOR) }) {
            reader.request().queryParam("size", 50).get(timeline).then().statusCode(200)
                    .body("items.withheld", everyItem(is(false)),
                            "items.summary", hasItems(containsString("Complaint " + secret),
                                    containsString("Offer " + secret), containsString("Problem " + secret)),
                            "items.find { it.kind == 'COMPLAINT' }.refId", equalTo(contacts.complaint()));
        }

        String page = "/admin/customers/" + contacts.customer();
        ConsoleSession.login(agent2.username(), TestData.PASSWORD).request().header("Accept-Language", "en")
                .get(page).then().statusCode(200)
                .body(not(containsString(secret)), containsString("Not shown: you may not read this record."));
        ConsoleSession.login(agent1.username(), TestData.PASSWORD).request().header("Accept-Language", "en")
                .get(page).then().statusCode(200)
                .body(containsString("Problem " + secret), not(containsString("Not shown")));
    }
}
