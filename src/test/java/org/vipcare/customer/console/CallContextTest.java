package org.vipcare.customer.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditEntry;
import org.vipcare.complaint.console.ComplaintAdminResourceTest;
import org.vipcare.customer.Customer;
import org.vipcare.followup.FollowUp;
import org.vipcare.security.Masking;
import org.vipcare.security.Role;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.RetentionData;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.TestUser;

/**
 * The call context on the pages where a call is made (complaint, follow-up, retention case): the number in full with
 * a tel: link for the one whose work it is, masked without a link for another agent; the contact window and the last
 * contacts; and the links between a complaint, its verification call, the customer and its open work.
 */
@QuarkusTest
class CallContextTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static void contactWindow(UUID customer) {
        QuarkusTransaction.requiringNew().run(() -> Customer.getEntityManager().createNativeQuery(
                "update customer set contact_from = '09:00', contact_to = '21:00', preferred_channel = 'WECHAT'"
                        + " where id = ?1").setParameter(1, customer).executeUpdate());
    }

    @Test
    void theOwnerSeesTheFullNumberToCallAnotherAgentAMaskedOneWithoutALink() {
        TestUser manager = TestData.newConsoleUser(Role.AGENT);
        TestUser receiver = TestData.newConsoleUser(Role.AGENT);
        TestUser owner = TestData.newConsoleUser(Role.AGENT);
        String mobile = TestData.mobile();
        UUID customer = TestData.newCustomer(TestData.unique("Caller"), manager.id(), mobile);
        contactWindow(customer);
        ConsoleSession receiverConsole = ConsoleSession.login(receiver.username(), TestData.PASSWORD);
        String summary = TestData.unique("Dropped calls");
        UUID id = ComplaintAdminResourceTest.record(receiverConsole, customer, summary, Instant.now());
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR);
        ConsoleSession.login(supervisor.username(), TestData.PASSWORD).form()
                .formParam("toUserId", owner.id().toString())
                .post("/admin/my-day/complaints/" + id + "/handover").then().statusCode(303);

        ConsoleSession.login(owner.username(), TestData.PASSWORD).request().get("/admin/complaints/" + id)
                .then().statusCode(200)
                .body(containsString("Before you call"), containsString("href=\"tel:" + mobile + "\""),
                        containsString("WeChat"), containsString("09:00 – 21:00"),
                        containsString("Customer&#39;s local time"), containsString("Last contacts"),
                        containsString("class=\"kind kind-complaint\""));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = ?1 and customerId = ?2 and actor = ?3 and detail = 'call'", AuditAction.READ_UNMASKED,
                customer, owner.username())) >= 1, "showing the number in full is audited");

        // the first receiver still reads the complaint, but the customer is neither its customer nor its work now
        receiverConsole.request().get("/admin/complaints/" + id)
                .then().statusCode(200)
                .body(containsString("Before you call"), containsString(Masking.phone(mobile)),
                        not(containsString(mobile)), not(containsString("tel:")), containsString("masked:"));

        ConsoleSession.login(receiver.username(), TestData.PASSWORD).request()
                .cookie(org.vipcare.console.ConsoleLanguage.COOKIE, "zh-CN").get("/admin/complaints/" + id)
                .then().statusCode(200).body(containsString("致电前请看"), containsString("最近联系"));
    }

    @Test
    void aComplaintLinksItsVerificationCallWhichLinksBackAndTheCustomerListsItsOpenWork() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        String mobile = TestData.mobile();
        UUID customer = TestData.newCustomer(TestData.unique("Linked"), agent.id(), mobile);
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        UUID resolved = ComplaintAdminResourceTest.record(console, customer, TestData.unique("Wrong bill"),
                Instant.now());
        console.form().post("/admin/complaints/" + resolved + "/contact").then().statusCode(303);
        console.form().formParam("note", "Checked the bill").post("/admin/complaints/" + resolved + "/progress")
                .then().statusCode(303);
        console.form().formParam("resolution", "Refunded the double charge")
                .post("/admin/complaints/" + resolved + "/resolve").then().statusCode(303);
        UUID call = QuarkusTransaction.requiringNew().call(() -> FollowUp.<FollowUp>find("complaintId", resolved)
                .singleResult().id);
        UUID fresh = ComplaintAdminResourceTest.record(console, customer, TestData.unique("No signal"),
                Instant.now());

        console.request().get("/admin/complaints/" + resolved).then().statusCode(200)
                .body(containsString("href=\"/admin/follow-ups/verification/" + resolved + "\""),
                        containsString("class=\"link-customer\" href=\"/admin/customers/" + customer + "\""));
        console.request().get("/admin/follow-ups/verification/" + resolved)
                .then().statusCode(303).header("Location", containsString("/admin/follow-ups/" + call));
        console.request().get("/admin/follow-ups/" + call).then().statusCode(200)
                .body(containsString("class=\"link-complaint\" href=\"/admin/complaints/" + resolved + "\""),
                        containsString("class=\"link-customer\" href=\"/admin/customers/" + customer + "\""),
                        containsString("href=\"tel:" + mobile + "\""));

        // a complaint not resolved has no verification call yet: the link is not offered, the address says why
        console.request().get("/admin/complaints/" + fresh).then().statusCode(200)
                .body(not(containsString("/admin/follow-ups/verification/" + fresh)));
        console.request().get("/admin/follow-ups/verification/" + fresh).then().statusCode(303)
                .header("Location", containsString("/admin/complaints/" + fresh + "?notice=no-verification-call"));
        console.request().get("/admin/complaints/" + fresh + "?notice=no-verification-call").then().statusCode(200)
                .body(containsString("There is no verification call you can open"));

        String caseId = RetentionData.open(new TestData.Caller(agent.id(), agent.username(),
                TestData.token(agent.username(), TestData.PASSWORD)), customer.toString(), Map.of());
        console.request().get("/admin/retention/" + caseId).then().statusCode(200)
                .body(containsString("Before you call"), containsString("href=\"tel:" + mobile + "\""),
                        containsString("class=\"link-customer\" href=\"/admin/customers/" + customer + "\""),
                        containsString("the continued-care call is made when the case closes"));

        String page = console.request().get("/admin/customers/" + customer).then().statusCode(200)
                .extract().asString();
        int start = page.indexOf("id=\"open-work\"");
        assertTrue(start >= 0, "the customer page has its open work");
        String openWork = page.substring(start, page.indexOf("</section>", start));
        assertTrue(openWork.contains("href=\"/admin/complaints/" + resolved + "\""), openWork);
        assertTrue(openWork.contains("href=\"/admin/complaints/" + fresh + "\""), openWork);
        assertTrue(openWork.contains("href=\"/admin/follow-ups/" + call + "\""), openWork);
        assertTrue(openWork.contains("href=\"/admin/retention/" + caseId + "\""), openWork);
        assertEquals(4, openWork.split("<tr>").length - 2, "four open items and the header row");
    }
}
