package org.vipcare.myday;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditEntry;
import org.vipcare.complaint.Complaint;
import org.vipcare.complaint.console.ComplaintAdminResourceTest;
import org.vipcare.console.ConsoleLanguage;
import org.vipcare.followup.FollowUpPurpose;
import org.vipcare.security.Role;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.TestUser;

/**
 * The supervisor's My day: the team's complaints breached, at risk or escalated (escalated and breached on top), calls
 * unassigned or overdue, WATCH customers without a case, with owners' names and a one-click hand-over that only
 * supervisors and admins may use.
 */
@QuarkusTest
class TeamMyDayTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** Marks a complaint as the breach detector would after a missed contact clock. */
    static void escalate(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> Complaint.getEntityManager().createNativeQuery(
                "update complaint set escalated = true, escalated_at = now(), contact_breached = true where id = ?1")
                .setParameter(1, id).executeUpdate());
    }

    /** Puts a fresh complaint's contact clock into its warning share: amber, not yet due. */
    static void inWarning(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> Complaint.getEntityManager().createNativeQuery(
                "update complaint set contact_warn_at = now() - interval '1 minute',"
                        + " contact_due_at = now() + interval '1 hour' where id = ?1")
                .setParameter(1, id).executeUpdate());
    }

    static Complaint complaint(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Complaint.<Complaint>findById(id));
    }

    @Test
    void aSupervisorSeesTheTeamsEscalatedComplaintsFirstWithTheirOwners() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        UUID customer = TestData.newCustomer(TestData.unique("Team Customer"), agent.id(), TestData.mobile());
        ConsoleSession agentConsole = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        String escalatedSummary = TestData.unique("Escalated long ago");
        UUID escalated = ComplaintAdminResourceTest.record(agentConsole, customer, escalatedSummary,
                LocalDate.of(2015, 1, 5).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        escalate(escalated);
        String amberSummary = TestData.unique("Amber now");
        UUID amber = ComplaintAdminResourceTest.record(agentConsole, customer, amberSummary, Instant.now());
        inWarning(amber);
        String calmSummary = TestData.unique("On track");
        ComplaintAdminResourceTest.record(agentConsole, customer, calmSummary, Instant.now());
        String unassignedNote = TestData.unique("Nobody's call");
        UUID unassigned = MyDayAdminResourceTest.followUp(customer, null, FollowUpPurpose.SATISFACTION,
                Instant.now().plus(Duration.ofDays(2)), unassignedNote);
        String watchName = TestData.unique("Watch Without Case");
        UUID watch = TestData.newCustomer(watchName, agent.id(), TestData.mobile());
        TestData.setTier(watch.toString(), org.vipcare.tier.Tier.DIAMOND, true);
        TestData.windowSpend(watch.toString(), "9999999");

        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR);
        ConsoleSession console = ConsoleSession.login(supervisor.username(), TestData.PASSWORD);
        console.request().get("/admin").then().statusCode(303).header("Location", containsString("/admin/my-day"));
        String page = console.request().get("/admin/my-day").then().statusCode(200)
                .body(containsString("Team complaints breached, at risk or escalated"),
                        containsString(escalatedSummary), not(containsString(calmSummary)),
                        containsString("action=\"/admin/my-day/complaints/" + escalated + "/handover\""),
                        containsString(agent.displayName()),
                        containsString("Calls unassigned or overdue"), containsString("/admin/follow-ups/" + unassigned),
                        containsString("WATCH customers without a retention case"), containsString(watchName))
                .extract().asString();

        String complaints = section(page, "team-complaints");
        int escalatedAt = complaints.indexOf("data-complaint=\"" + escalated + "\"");
        assertTrue(escalatedAt >= 0, "the escalated complaint is listed");
        int firstWarning = complaints.indexOf("sla-warning");
        assertTrue(firstWarning < 0 || escalatedAt < firstWarning, "breached and escalated rows come before warnings");
        String escalatedRow = complaints.substring(escalatedAt, complaints.indexOf("</tr>", escalatedAt));
        assertTrue(escalatedRow.contains("sla-breached") && escalatedRow.contains("badge escalated"),
                "the escalated complaint carries its red badge and the escalated mark");
        int amberAt = complaints.indexOf("data-complaint=\"" + amber + "\"");
        if (amberAt >= 0) {
            assertTrue(escalatedAt < amberAt, "the escalated complaint is listed before the one at risk");
        } else {
            // only when the team has more breached complaints than the section shows: then warnings come later
            assertTrue(complaints.contains("Showing the first"), "a complaint at risk is listed unless the list is full");
        }
        assertTrue(section(page, "team-calls").contains("Unassigned"), "an unassigned call says so");
    }

    @Test
    void handOverFromMyDayIsForSupervisorsAndMovesTheComplaint() {
        TestUser owner = TestData.newConsoleUser(Role.AGENT);
        TestUser taker = TestData.newConsoleUser(Role.AGENT);
        UUID customer = TestData.newCustomer(TestData.unique("Handed Customer"), owner.id(), TestData.mobile());
        ConsoleSession ownerConsole = ConsoleSession.login(owner.username(), TestData.PASSWORD);
        UUID id = ComplaintAdminResourceTest.record(ownerConsole, customer, TestData.unique("Late reply"),
                Instant.now().minus(Duration.ofDays(5)));

        // an agent, even the owner, may not use the team's hand-over
        ownerConsole.form().formParam("toUserId", taker.id().toString())
                .post("/admin/my-day/complaints/" + id + "/handover").then().statusCode(403);
        assertEquals(owner.id(), complaint(id).ownerId);

        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR);
        ConsoleSession console = ConsoleSession.login(supervisor.username(), TestData.PASSWORD);
        console.form().formParam("toUserId", "").post("/admin/my-day/complaints/" + id + "/handover")
                .then().statusCode(400).body(containsString("Choose who takes the complaint."));
        assertEquals(owner.id(), complaint(id).ownerId);

        console.form().formParam("toUserId", taker.id().toString())
                .post("/admin/my-day/complaints/" + id + "/handover")
                .then().statusCode(303).header("Location", containsString("/admin/my-day?notice=handed-over"));
        assertEquals(taker.id(), complaint(id).ownerId);
        AuditEntry audited = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find(
                "action = ?1 and customerId = ?2", AuditAction.COMPLAINT_HANDOVER, customer).singleResult());
        assertEquals(supervisor.username(), audited.actor);
        assertEquals("POST /admin/my-day/complaints/" + id + "/handover", audited.endpoint);

        // handing it to the one who has it is refused with the service's reason, and changes nothing
        console.form().formParam("toUserId", taker.id().toString())
                .post("/admin/my-day/complaints/" + id + "/handover")
                .then().statusCode(409).body(containsString("The hand-over was refused"));
        assertEquals(taker.id(), complaint(id).ownerId);

        console.request().cookie(ConsoleLanguage.COOKIE, "zh-CN").get("/admin/my-day?notice=handed-over")
                .then().statusCode(200).body(containsString("已转交"));
        ConsoleSession.login(taker.username(), TestData.PASSWORD).request().get("/admin/my-day")
                .then().statusCode(200).body(containsString("/admin/complaints/" + id),
                        not(containsString("/handover\"")));
    }

    /** The HTML of one section of My day, from its heading's id to the section's end. */
    static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertTrue(start >= 0, "My day has the section " + id);
        return page.substring(start, page.indexOf("</section>", start));
    }
}
