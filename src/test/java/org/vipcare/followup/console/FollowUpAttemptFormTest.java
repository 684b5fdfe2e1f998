package org.vipcare.followup.console;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vipcare.complaint.Complaint;
import org.vipcare.followup.FollowUp;
import org.vipcare.followup.FollowUpAttempt;
import org.vipcare.followup.FollowUpPurpose;
import org.vipcare.security.Role;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.TestUser;

/** The call-record form's callback time and complaint part, allowed and refused, through console posts. */
@QuarkusTest
class FollowUpAttemptFormTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    void aComplaintIsOpenedOnlyFromAReachedCallWithACategoryAndNothingIsKeptOtherwise() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        UUID customer = TestData.newCustomer(TestData.unique("Complaining"), agent.id(), TestData.mobile());
        UUID id = followUp(customer, agent.id());
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        String problem = TestData.unique("The new router drops every evening");

        console.form().formParam("outcome", "NO_ANSWER").formParam("problem", problem)
                .formParam("openComplaint", "true").formParam("complaint.category", "BILLING")
                .post("/admin/follow-ups/" + id + "/attempts")
                .then().statusCode(400).body(containsString("id=\"e-openComplaint\""));
        console.form().formParam("outcome", "REACHED").formParam("problem", problem)
                .formParam("openComplaint", "true")
                .post("/admin/follow-ups/" + id + "/attempts")
                .then().statusCode(400).body(containsString("id=\"e-complaint.category\""));
        assertEquals(0, task(id).attempts);
        assertEquals(0L, complaints(customer));

        String location = console.form().formParam("outcome", "REACHED").formParam("problem", problem)
                .formParam("openComplaint", "true").formParam("complaint.category", "BILLING")
                .formParam("complaint.summary", "Router drops in the evening").formParam("lead", "Mesh kit")
                .post("/admin/follow-ups/" + id + "/attempts")
                .then().statusCode(303).header("Location", containsString("notice=complaint")).extract()
                .header("Location");
        assertEquals(1L, complaints(customer));
        UUID complaint = QuarkusTransaction.requiringNew().call(() -> FollowUpAttempt.of(id).get(0).complaintId);
        assertNotNull(complaint);
        console.request().get(location).then().statusCode(200)
                .body(containsString("href=\"/admin/complaints/" + complaint + "\""), containsString("Mesh kit"));
    }

    @Test
    void theCallbackTimeIsReadInTheBusinessZoneAndKeptExactly() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        UUID customer = TestData.newCustomer(TestData.unique("Busy now"), agent.id(), TestData.mobile());
        UUID id = followUp(customer, agent.id());
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        LocalDate day = LocalDate.now(ZONE).plusDays(3);

        console.form().formParam("outcome", "NO_ANSWER").formParam("callbackAt", day + "T19:30")
                .post("/admin/follow-ups/" + id + "/attempts")
                .then().statusCode(400).body(containsString("id=\"e-callbackAt\""));
        console.form().formParam("outcome", "NO_TIME").formParam("callbackAt", day + "T19:30")
                .post("/admin/follow-ups/" + id + "/attempts")
                .then().statusCode(303);
        FollowUp task = task(id);
        assertEquals(day.atTime(19, 30).atZone(ZONE).toInstant(), task.dueAt);
        assertEquals(1, task.attempts);
        assertEquals(0, task.failedTries);
    }

    @Test
    void theCallsLengthIsKeptInMinutesAndRefusedPastTenHours() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        UUID customer = TestData.newCustomer(TestData.unique("Talkative"), agent.id(), TestData.mobile());
        UUID id = followUp(customer, agent.id());
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);

        console.request().get("/admin/follow-ups/" + id).then().statusCode(200)
                .body(containsString("name=\"durationMinutes\""));
        console.form().formParam("outcome", "REACHED").formParam("satisfaction", "4")
                .formParam("durationMinutes", "601").post("/admin/follow-ups/" + id + "/attempts")
                .then().statusCode(400).body(containsString("id=\"e-durationMinutes\""));
        console.form().formParam("outcome", "REACHED").formParam("satisfaction", "4")
                .formParam("durationMinutes", "a while").post("/admin/follow-ups/" + id + "/attempts")
                .then().statusCode(400).body(containsString("id=\"e-durationMinutes\""));
        assertEquals(0, task(id).attempts);
        console.form().formParam("outcome", "REACHED").formParam("satisfaction", "4")
                .formParam("durationMinutes", "25").post("/admin/follow-ups/" + id + "/attempts")
                .then().statusCode(303);
        assertEquals(25, QuarkusTransaction.requiringNew().call(() -> FollowUpAttempt.of(id).get(0).durationMinutes));
    }

    private static long complaints(UUID customer) {
        return QuarkusTransaction.requiringNew().call(() -> Complaint.count("customerId", customer));
    }

    private static FollowUp task(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> FollowUp.<FollowUp>findById(id));
    }

    private static UUID followUp(UUID customerId, UUID assigneeId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            FollowUp task = new FollowUp();
            task.stampNew(Instant.now());
            task.customerId = customerId;
            task.purpose = FollowUpPurpose.SATISFACTION;
            task.dueAt = Instant.now();
            task.assigneeId = assigneeId;
            task.persist();
            return task.id;
        });
    }
}
