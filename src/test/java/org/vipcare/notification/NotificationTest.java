package org.vipcare.notification;

import static org.hamcrest.Matchers.allOf;
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
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.complaint.BreachDetector;
import org.vipcare.security.ConsoleSessions;
import org.vipcare.security.Role;
import org.vipcare.support.ComplaintData;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;
import org.vipcare.support.TestData.TestUser;

/**
 * Notifications: one per event and person, written with the event (hand-over, assignment) or by the scans (breach,
 * warning), read and marked on the console page, and pushed to an open live stream.
 */
@QuarkusTest
class NotificationTest {

    @Inject
    BreachDetector breaches;

    @Inject
    SlaWarningScan warnings;

    @TestHTTPResource("/admin/live")
    URL live;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static List<Notification> of(UUID recipient) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list(
                "recipientId = ?1 order by id", recipient));
    }

    static long count(UUID recipient, NotificationKind kind, String subjectId) {
        return of(recipient).stream().filter(n -> n.kind == kind && n.subjectId.toString().equals(subjectId))
                .count();
    }

    static void handOver(Caller by, String complaintId, UUID to) {
        by.request().body(Map.of("toUserId", to.toString(), "note", "Over to you"))
                .post("/api/v1/complaints/" + complaintId + "/handover").then().statusCode(200);
    }

    @Test
    void aHandOverTellsTheNewOwnerAndThePreviousOneOnce() {
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        TestUser first = TestData.newConsoleUser(Role.AGENT);
        TestUser second = TestData.newConsoleUser(Role.AGENT);
        String name = TestData.unique("Handed Customer");
        String customer = TestData.createCustomer(supervisor, TestData.customerBody(name));
        String complaint = ComplaintData.createComplaint(supervisor, customer, Map.of());

        handOver(supervisor, complaint, first.id());
        assertEquals(1, count(first.id(), NotificationKind.ASSIGNED, complaint));
        // The supervisor handed its own complaint away: nobody to tell that it went.
        assertEquals(0, count(supervisor.id(), NotificationKind.HANDOVER, complaint));

        handOver(supervisor, complaint, second.id());
        assertEquals(1, count(second.id(), NotificationKind.ASSIGNED, complaint));
        assertEquals(1, count(first.id(), NotificationKind.HANDOVER, complaint));
        assertEquals(1, count(first.id(), NotificationKind.ASSIGNED, complaint));

        ConsoleSession console = ConsoleSession.login(second.username(), TestData.PASSWORD);
        console.request().get("/admin/notifications").then().statusCode(200)
                .body(allOf(containsString("Test " + supervisor.username() + " handed you the complaint of " + name),
                        containsString("data-bell-count>1<")));
        console.request().header("Accept-Language", "zh-CN").cookie("vipcare-lang", "zh-CN")
                .get("/admin/notifications").then().statusCode(200)
                .body(containsString("将客户 " + name + " 的抱怨转交给您"));
        ConsoleSession previous = ConsoleSession.login(first.username(), TestData.PASSWORD);
        previous.request().get("/admin/notifications").then().statusCode(200)
                .body(containsString("handed your complaint of " + name + " over to " + second.displayName()));
    }

    @Test
    void aFollowUpGivenToSomeoneElseTellsTheAssignee() {
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        String customer = TestData.createCustomer(supervisor, TestData.customerBody(TestData.unique("Called")));
        String call = supervisor.request().body(Map.of("customerId", customer, "purpose", "SATISFACTION",
                "dueAt", Instant.now().plus(Duration.ofDays(1)).toString(), "assigneeId", agent.id().toString()))
                .post("/api/v1/follow-ups").then().statusCode(201).extract().path("id");
        assertEquals(1, count(agent.id(), NotificationKind.ASSIGNED, call));
        assertEquals(NotificationSubject.FOLLOW_UP, of(agent.id()).get(0).subjectType);

        // A call one makes for oneself tells nobody.
        supervisor.request().body(Map.of("customerId", customer, "purpose", "SATISFACTION",
                "dueAt", Instant.now().plus(Duration.ofDays(1)).toString())).post("/api/v1/follow-ups")
                .then().statusCode(201);
        assertTrue(of(supervisor.id()).stream().noneMatch(n -> n.kind == NotificationKind.ASSIGNED));
    }

    @Test
    void aBreachTellsTheOwnerAndTheSupervisorsOnceAndTheNextScanAddsNothing() {
        Caller owner = TestData.newUser(Role.AGENT);
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        String customer = TestData.createCustomer(owner, TestData.customerBody(TestData.unique("Waiting")));
        JsonPath created = owner.request().body(ComplaintData.complaintBody(customer,
                Map.of("receivedAt", TestData.now().minus(Duration.ofMinutes(10)).toString())))
                .post("/api/v1/complaints").then().statusCode(201).extract().jsonPath();
        String complaint = created.getString("id");
        Instant contactDue = Instant.parse(created.getString("contactDueAt"));

        breaches.scan(contactDue.plusSeconds(1));
        assertEquals(1, count(owner.id(), NotificationKind.SLA_BREACH, complaint));
        assertEquals(1, count(supervisor.id(), NotificationKind.SLA_BREACH, complaint));
        assertEquals("CONTACT", of(owner.id()).get(0).eventKey);

        breaches.scan(contactDue.plus(Duration.ofMinutes(5)));
        warnings.scan(contactDue.plus(Duration.ofMinutes(5)));
        assertEquals(1, count(owner.id(), NotificationKind.SLA_BREACH, complaint));
        assertEquals(1, count(supervisor.id(), NotificationKind.SLA_BREACH, complaint));
        // A breached clock is past warning.
        assertEquals(0, count(owner.id(), NotificationKind.SLA_WARNING, complaint));
    }

    @Test
    void aClockAtSeventyFivePercentWarnsItsOwnerOnce() {
        Caller owner = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(owner, TestData.customerBody(TestData.unique("Nearly late")));
        JsonPath created = owner.request().body(ComplaintData.complaintBody(customer, Map.of()))
                .post("/api/v1/complaints").then().statusCode(201).extract().jsonPath();
        String complaint = created.getString("id");
        Instant warnAt = Instant.parse(created.getString("contactWarnAt"));

        warnings.scan(warnAt.minusSeconds(1));
        assertEquals(0, count(owner.id(), NotificationKind.SLA_WARNING, complaint));
        warnings.scan(warnAt.plusSeconds(1));
        warnings.scan(warnAt.plusSeconds(60));
        assertEquals(1, count(owner.id(), NotificationKind.SLA_WARNING, complaint));
    }

    @Test
    void aBreachStillUnresolvedADayLaterEscalatesToTheAdminsOnce() {
        Caller owner = TestData.newUser(Role.AGENT);
        Caller admin = TestData.newUser(Role.ADMIN);
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        Caller bystander = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(owner, TestData.customerBody(TestData.unique("Forgotten")));
        JsonPath created = owner.request().body(ComplaintData.complaintBody(customer,
                Map.of("receivedAt", TestData.now().minus(Duration.ofHours(30)).toString())))
                .post("/api/v1/complaints").then().statusCode(201).extract().jsonPath();
        String complaint = created.getString("id");
        Instant escalated = Instant.parse(created.getString("contactDueAt")).plusSeconds(1);
        breaches.scan(escalated);

        warnings.scan(escalated.plus(Duration.ofHours(24)).minusSeconds(1));
        assertEquals(0, count(admin.id(), NotificationKind.ESCALATION, complaint));
        warnings.scan(escalated.plus(Duration.ofHours(24)).plusSeconds(1));
        warnings.scan(escalated.plus(Duration.ofHours(25)));
        assertEquals(1, count(admin.id(), NotificationKind.ESCALATION, complaint));
        // The escalation reaches the admins, and the owner and the supervisors hear that it went up, once each.
        assertEquals(1, count(owner.id(), NotificationKind.ESCALATION, complaint));
        assertEquals(1, count(supervisor.id(), NotificationKind.ESCALATION, complaint));
        assertEquals(0, count(bystander.id(), NotificationKind.ESCALATION, complaint));
    }

    @Test
    void theOwnerMarksItsNotificationsReadWithTheTokenAndNobodyElseCan() {
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        TestUser other = TestData.newConsoleUser(Role.AGENT);
        String customer = TestData.createCustomer(supervisor, TestData.customerBody(TestData.unique("Read")));
        String one = ComplaintData.createComplaint(supervisor, customer, Map.of());
        String two = ComplaintData.createComplaint(supervisor, customer, Map.of());
        handOver(supervisor, one, agent.id());
        handOver(supervisor, two, agent.id());
        List<Notification> mine = of(agent.id());
        assertEquals(2, mine.size());
        long first = mine.get(0).id;

        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        console.request().get("/admin/notifications").then().statusCode(200)
                .body(containsString("data-bell-count>2<"));
        // Without the CSRF token nothing changes.
        console.request().contentType(ConsoleSession.FORM_UTF8).post("/admin/notifications/" + first + "/read")
                .then().statusCode(403);
        assertNull(of(agent.id()).get(0).readAt);
        // Someone else's notification is not found, and stays unread.
        ConsoleSession intruder = ConsoleSession.login(other.username(), TestData.PASSWORD);
        intruder.form().post("/admin/notifications/" + first + "/read").then().statusCode(404);
        intruder.form().post("/admin/notifications/read-all").then().statusCode(303);
        assertNull(of(agent.id()).get(0).readAt);

        console.form().post("/admin/notifications/" + first + "/read?open=true").then().statusCode(303)
                .header("Location", containsString("/admin/complaints/" + one));
        assertNotNull(of(agent.id()).get(0).readAt);
        assertNull(of(agent.id()).get(1).readAt);
        console.request().get("/admin/notifications").then().body(containsString("data-bell-count>1<"));

        console.form().post("/admin/notifications/read-all").then().statusCode(303);
        assertTrue(of(agent.id()).stream().allMatch(n -> n.readAt != null));
        console.request().get("/admin/notifications").then()
                .body(allOf(containsString("data-bell-count>0<"), not(containsString("notification unread"))));
    }

    @Test
    void anOpenLiveStreamReceivesAHandOverWithinSeconds() throws Exception {
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        String name = TestData.unique("Live Customer");
        String customer = TestData.createCustomer(supervisor, TestData.customerBody(name));
        String complaint = ComplaintData.createComplaint(supervisor, customer, Map.of());
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);

        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(live.toString()))
                .header("Accept", "text/event-stream").header("Accept-Language", "en")
                .header("Cookie", ConsoleSession.FORM_COOKIE + "=" + console.sessionCookie() + "; "
                        + ConsoleSessions.COOKIE + "=" + console.sessionIdCookie())
                .build();
        CompletableFuture<HttpResponse<Stream<String>>> response = client.sendAsync(request,
                HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> opened = response.get(10, TimeUnit.SECONDS);
        assertEquals(200, opened.statusCode());
        assertTrue(opened.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        Thread reader = new Thread(() -> {
            try {
                opened.body().forEach(lines::add);
            } catch (RuntimeException closed) {
                // the test closed the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            assertEquals("unread", value(next(lines, "event:")));
            assertEquals(0, new JsonPath(value(next(lines, "data:"))).getInt("unread"));

            handOver(supervisor, complaint, agent.id());
            Instant handedOver = Instant.now();
            assertEquals("notification", value(next(lines, "event:")));
            String data = next(lines, "data:");
            assertTrue(Duration.between(handedOver, Instant.now()).toSeconds() < 5, "arrived within seconds");
            JsonPath event = new JsonPath(value(data));
            assertEquals("ASSIGNED", event.getString("kind"));
            assertEquals("/admin/complaints/" + complaint, event.getString("href"));
            assertEquals(1, event.getInt("unread"));
            assertTrue(event.getString("text").contains("handed you the complaint of " + name), data);
            // A quiet stream still carries a comment line now and then, for proxies and to find clients that left.
            assertEquals(":heartbeat", next(lines, ":", 17).replace(" ", ""));
        } finally {
            opened.body().close();
        }
    }

    private static String value(String line) {
        return line.substring(line.indexOf(':') + 1).trim();
    }

    /** The next line starting with {@code prefix}, waiting up to 8 seconds. */
    private static String next(LinkedBlockingQueue<String> lines, String prefix) throws InterruptedException {
        return next(lines, prefix, 8);
    }

    private static String next(LinkedBlockingQueue<String> lines, String prefix, int seconds)
            throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < until) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("no line starting with " + prefix + " within " + seconds + " s");
    }
}
