package org.vipcare.notification;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/** The API of one's own notifications: list (newest first, unread filter), mark one read, mark all read. */
@QuarkusTest
class NotificationResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static List<Notification> of(UUID recipient) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list(
                "recipientId = ?1 order by id", recipient));
    }

    static Notification stored(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>findById(id));
    }

    /** A call the supervisor gives the agent: one ASSIGNED notification for the agent. */
    static String give(Caller supervisor, Caller agent, String customer) {
        return supervisor.request().body(Map.of("customerId", customer, "purpose", "SATISFACTION",
                "dueAt", Instant.now().plus(Duration.ofDays(1)).toString(), "assigneeId", agent.id().toString()))
                .post("/api/v1/follow-ups").then().statusCode(201).extract().path("id");
    }

    @Test
    void eachUserListsOnlyTheirOwnNewestFirstAndFiltersTheUnread() {
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        Caller agent = TestData.newUser(Role.AGENT);
        Caller other = TestData.newUser(Role.AGENT);
        String name = TestData.unique("Listed");
        String customer = TestData.createCustomer(supervisor, TestData.customerBody(name));
        String first = give(supervisor, agent, customer);
        String second = give(supervisor, agent, customer);
        String third = give(supervisor, agent, customer);
        String others = give(supervisor, other, customer);

        agent.request().header("Accept-Language", "en").get("/api/v1/notifications").then().statusCode(200)
                .body("total", is(3), "page", is(0), "size", is(20),
                        "items.subject.id", contains(third, second, first),
                        "items.subject.type", everyItem(equalTo("FOLLOW_UP")),
                        "items.kind", everyItem(equalTo("ASSIGNED")),
                        "items[0].text", equalTo("Test " + supervisor.username() + " gave you a call to " + name
                                + " (Satisfaction survey)."),
                        "items[0].args.customer", equalTo(customer), "items[0].args.purpose", equalTo("SATISFACTION"),
                        "items[0].args.by", equalTo(supervisor.id().toString()),
                        "items[0].createdAt", notNullValue(), "items[0].readAt", nullValue());
        agent.request().get("/api/v1/notifications").then()
                .body("items.subject.id", not(contains(others)));
        other.request().get("/api/v1/notifications").then().statusCode(200)
                .body("total", is(1), "items.subject.id", contains(others));
        agent.request().header("Accept-Language", "zh-CN,zh;q=0.9").queryParam("size", "1")
                .queryParam("sort", "createdAt,asc").get("/api/v1/notifications").then().statusCode(200)
                .body("total", is(3), "items.subject.id", contains(first),
                        "items[0].text", equalTo("Test " + supervisor.username() + " 给您分配了一项回访：" + name
                                + "（满意度调查）。"));

        long readOne = of(agent.id()).get(1).id;
        agent.request().post("/api/v1/notifications/" + readOne + "/read").then().statusCode(200);
        agent.request().queryParam("unread", "true").get("/api/v1/notifications").then().statusCode(200)
                .body("total", is(2), "items.subject.id", contains(third, first),
                        "items.readAt", everyItem(nullValue()));
        agent.request().queryParam("unread", "false").get("/api/v1/notifications").then().statusCode(200)
                .body("total", is(1), "items.subject.id", contains(second), "items[0].readAt", notNullValue());
        agent.request().queryParam("unread", "maybe").get("/api/v1/notifications").then().statusCode(400)
                .body("violations[0].field", equalTo("unread"));
        agent.request().queryParam("sort", "kind").get("/api/v1/notifications").then().statusCode(400);
    }

    @Test
    void markingOneReadIsIdempotentAndSomeoneElsesIsNotFound() {
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        Caller agent = TestData.newUser(Role.AGENT);
        Caller other = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(supervisor, TestData.customerBody(TestData.unique("Read")));
        String call = give(supervisor, agent, customer);
        long id = of(agent.id()).get(0).id;

        other.request().post("/api/v1/notifications/" + id + "/read").then().statusCode(404)
                .contentType(containsString("application/problem+json"))
                .body("code", equalTo("common.not-found"));
        supervisor.request().post("/api/v1/notifications/" + id + "/read").then().statusCode(404);
        assertNull(stored(id).readAt, "someone else's stays unread");
        agent.request().post("/api/v1/notifications/" + Long.MAX_VALUE + "/read").then().statusCode(404);

        String readAt = agent.request().post("/api/v1/notifications/" + id + "/read").then().statusCode(200)
                .body("id", is((int) id), "subject.id", equalTo(call), "readAt", notNullValue())
                .extract().path("readAt");
        Instant first = stored(id).readAt;
        assertNotNull(first);
        assertEquals(first, Instant.parse(readAt));
        agent.request().post("/api/v1/notifications/" + id + "/read").then().statusCode(200)
                .body("readAt", equalTo(readAt));
        assertEquals(first, stored(id).readAt, "a second read keeps the first time");
    }

    @Test
    void markingAllReadCountsTheUnreadAndTouchesNobodyElse() {
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        Caller agent = TestData.newUser(Role.AGENT);
        Caller other = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(supervisor, TestData.customerBody(TestData.unique("All read")));
        give(supervisor, agent, customer);
        give(supervisor, agent, customer);
        give(supervisor, agent, customer);
        give(supervisor, other, customer);
        long early = of(agent.id()).get(0).id;
        agent.request().post("/api/v1/notifications/" + early + "/read").then().statusCode(200);
        Instant earlyRead = stored(early).readAt;

        String key = UUID.randomUUID().toString();
        agent.request().header("Idempotency-Key", key).post("/api/v1/notifications/read-all").then().statusCode(200)
                .body("marked", is(2));
        assertTrue(of(agent.id()).stream().allMatch(n -> n.readAt != null));
        assertEquals(earlyRead, stored(early).readAt, "read before keeps its time");
        assertTrue(of(other.id()).stream().allMatch(n -> n.readAt == null), "nobody else's");
        // A retry with the key answers the first count; without one, a new request finds nothing unread.
        agent.request().header("Idempotency-Key", key).post("/api/v1/notifications/read-all").then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("marked", is(2));
        agent.request().post("/api/v1/notifications/read-all").then().statusCode(200).body("marked", is(0));
        agent.request().queryParam("unread", "true").get("/api/v1/notifications").then().statusCode(200)
                .body("total", is(0));
    }

    @Test
    void anIntegrationHasNoNotificationsAndAnonymousCallersNone() {
        TestData.as(Role.INTEGRATION).request().get("/api/v1/notifications").then().statusCode(403);
        RestAssured.given().get("/api/v1/notifications").then().statusCode(401);
    }
}
