package org.vipcare.myday;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.complaint.console.ComplaintAdminResourceTest;
import org.vipcare.followup.FollowUp;
import org.vipcare.followup.FollowUpPurpose;
import org.vipcare.followup.FollowUpStatus;
import org.vipcare.security.Role;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.TestUser;

@QuarkusTest
class MyDayAdminResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static UUID followUp(UUID customerId, UUID assigneeId, FollowUpPurpose purpose, Instant dueAt, String note) {
        return QuarkusTransaction.requiringNew().call(() -> {
            FollowUp task = new FollowUp();
            task.stampNew(Instant.now());
            task.customerId = customerId;
            task.purpose = purpose;
            task.dueAt = dueAt;
            task.assigneeId = assigneeId;
            task.note = note;
            task.persist();
            return task.id;
        });
    }

    static FollowUp task(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> FollowUp.<FollowUp>findById(id));
    }

    @Test
    void anAgentLandsOnMyDayAndSeesItsOverdueComplaintAndDueCalls() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        String customerName = TestData.unique("My Day Customer");
        UUID customer = TestData.newCustomer(customerName, agent.id(), TestData.mobile());
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        String late = TestData.unique("Never called back");
        UUID overdue = ComplaintAdminResourceTest.record(console, customer, late,
                Instant.now().minus(Duration.ofDays(5)));
        String fresh = TestData.unique("Just received");
        ComplaintAdminResourceTest.record(console, customer, fresh, Instant.now());
        String welcome = TestData.unique("Welcome to Gold");
        UUID welcomeCall = followUp(customer, agent.id(), FollowUpPurpose.WELCOME,
                Instant.now().minus(Duration.ofHours(1)), welcome);
        String nextWeek = TestData.unique("Next week");
        followUp(customer, agent.id(), FollowUpPurpose.SATISFACTION, Instant.now().plus(Duration.ofDays(7)),
                nextWeek);

        console.request().get("/admin").then().statusCode(303).header("Location", containsString("/admin/my-day"));
        console.request().get("/admin/my-day")
                .then().statusCode(200)
                .body(containsString("My day"), containsString(late),
                        containsString("/admin/complaints/" + overdue), containsString("overdue by"),
                        containsString("sla-breached"), not(containsString(fresh)),
                        containsString(welcome), containsString("/admin/follow-ups/" + welcomeCall),
                        containsString("Welcome"), not(containsString(nextWeek)));
    }

    @Test
    void aSupervisorLandsOnMyDayToo() {
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR);
        ConsoleSession.login(supervisor.username(), TestData.PASSWORD).request().get("/admin")
                .then().statusCode(303).header("Location", containsString("/admin/my-day"));
    }

    @Test
    void theFollowUpQueueAndAnAttemptRecordedThroughTheConsole() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        UUID customer = TestData.newCustomer(TestData.unique("Called"), agent.id(),
                TestData.mobile());
        String note = TestData.unique("After the repair");
        UUID id = followUp(customer, agent.id(), FollowUpPurpose.AFTER_REPAIR,
                Instant.now().minus(Duration.ofMinutes(5)), note);
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);

        console.request().queryParam("purpose", "AFTER_REPAIR").get("/admin/follow-ups")
                .then().statusCode(200).body(containsString("/admin/follow-ups/" + id), containsString("After repair"));

        console.form().formParam("outcome", "REACHED").formParam("satisfaction", "9")
                .post("/admin/follow-ups/" + id + "/attempts")
                .then().statusCode(400).body(containsString("id=\"e-satisfaction\""));
        assertEquals(0, task(id).attempts);

        console.form().formParam("outcome", "REACHED").formParam("satisfaction", "5")
                .formParam("answers", "Happy with the repair")
                .post("/admin/follow-ups/" + id + "/attempts")
                .then().statusCode(303).header("Location", containsString("notice=recorded"));
        FollowUp done = task(id);
        assertEquals(FollowUpStatus.DONE, done.status);
        assertEquals(1, done.attempts);

        console.request().get("/admin/follow-ups/" + id)
                .then().statusCode(200).body(containsString("Happy with the repair"), containsString("Reached"),
                        not(containsString("action=\"/admin/follow-ups/" + id + "/attempts\"")));
    }

    @Test
    void anOpinionRaisedInACallWaitsOnMyDayUntilAnswered() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        UUID customer = TestData.newCustomer(TestData.unique("Opinionated"), agent.id(),
                TestData.mobile());
        UUID id = followUp(customer, agent.id(), FollowUpPurpose.SATISFACTION,
                Instant.now().minus(Duration.ofMinutes(5)), null);
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        String suggestion = TestData.unique("Open the lounge on Sundays");
        console.form().formParam("outcome", "REACHED").formParam("suggestion", suggestion)
                .post("/admin/follow-ups/" + id + "/attempts").then().statusCode(303);

        console.request().get("/admin/my-day").then().statusCode(200).body(containsString(suggestion));
        String page = console.request().get("/admin/follow-ups/" + id).then().statusCode(200)
                .body(containsString("/answer\"")).extract().asString();
        String action = page.replaceAll("(?s).*action=\"(/admin/follow-ups/[^\"]*/answer)\".*", "$1");

        console.form().formParam("answer", " ").post(action).then().statusCode(400)
                .body(containsString("must be filled in"));
        console.form().formParam("answer", "We will from next month").post(action)
                .then().statusCode(303).header("Location", containsString("notice=answered"));
        console.request().get("/admin/my-day").then().statusCode(200).body(not(containsString(suggestion)));
    }
}
