package org.vipcare.contact.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;
import org.vipcare.support.TestData.TestUser;

/**
 * The Contacts section of an enterprise customer's page: the manager adds, edits and deletes; a colleague sees phones
 * masked; a person's page has no such section; a contact's birthday call is worded with the contact's name.
 */
@QuarkusTest
class ContactAdminResourceTest {

    @Inject
    EntityManager em;

    @Test
    void theManagerAddsEditsAndDeletesAColleagueSeesThePhonesMasked() {
        TestUser owner = TestData.newConsoleUser(Role.AGENT, "en");
        TestUser colleague = TestData.newConsoleUser(Role.AGENT, "en");
        String customer = enterprise(owner, "Console contacts");
        ConsoleSession console = ConsoleSession.login(owner.username(), TestData.PASSWORD);
        String base = "/admin/customers/" + customer + "/contacts";

        console.request().get("/admin/customers/" + customer).then().statusCode(200)
                .body(containsString("No contacts recorded."), containsString(base + "/new"));
        console.request().get(base + "/new").then().statusCode(200).body(containsString("New contact"),
                containsString("Decision maker"));
        // No role and a bad email re-render the form with the messages; nothing is stored
        console.form().formParam("name", "Wang Li").formParam("email", "not an email").post(base).then()
                .statusCode(400).body(containsString("id=\"e-buyingRole\""), containsString("id=\"e-email\""));
        // a masked number read back is refused in the user's words
        console.form().formParam("name", "Wang Li").formParam("buyingRole", "DECISION_MAKER")
                .formParam("email", "w***@example.com").post(base).then().statusCode(400)
                .body(containsString("still holds the masked value"));
        assertEquals(0, TestData.count("customer_contact", "customer_id", customer));

        console.form().formParam("name", "Wang Li").formParam("title", "Deputy general manager")
                .formParam("buyingRole", "DECISION_MAKER").formParam("phones.mobile", "13812345678")
                .formParam("email", "wang.li@example.com").formParam("liaison", "true").post(base).then()
                .statusCode(303);
        assertEquals(1, TestData.count("customer_contact", "customer_id", customer));
        String page = console.request().get("/admin/customers/" + customer).then().statusCode(200)
                .body(containsString("Wang Li"), containsString("13812345678"), containsString("Liaison"),
                        containsString("data-role=\"DECISION_MAKER\"")).extract().asString();
        String contact = page.replaceAll("(?s).*" + base + "/([0-9a-f-]{36})/edit.*", "$1");

        console.request().get(base + "/" + contact + "/edit").then().statusCode(200)
                .body(containsString("13812345678"), containsString("checked"));
        console.form().formParam("name", "Wang Li").formParam("buyingRole", "BUYER")
                .formParam("phones.mobile", "13812345678").formParam("version", "0").post(base + "/" + contact)
                .then().statusCode(303);
        // A stale version says so
        console.form().formParam("name", "Again").formParam("buyingRole", "USER").formParam("version", "0")
                .post(base + "/" + contact).then().statusCode(409)
                .body(containsString("Someone changed or removed this contact"));

        ConsoleSession other = ConsoleSession.login(colleague.username(), TestData.PASSWORD);
        other.request().get("/admin/customers/" + customer).then().statusCode(200)
                .body(containsString("Phones and email are masked"), containsString("138****5678"),
                        not(containsString("13812345678")), not(containsString(base + "/new")),
                        containsString("data-role=\"BUYER\""));
        other.request().get(base + "/new").then().statusCode(403);

        console.form().formParam("version", "1").post(base + "/" + contact + "/delete").then().statusCode(303);
        assertEquals(0, TestData.count("customer_contact", "customer_id", customer));
        // the timeline words each change
        console.request().get("/admin/customers/" + customer).then().statusCode(200)
                .body(containsString("Contact removed: Wang Li (Buyer)"),
                        containsString("Contact added: Wang Li (Decision maker)"));
    }

    @Test
    void aPersonsPageHasNoContactsAndTheBirthdayCallNamesTheContact() {
        TestUser owner = TestData.newConsoleUser(Role.AGENT, "zh-CN");
        UUID person = TestData.newCustomer(TestData.unique("Person"), owner.id(), TestData.mobile());
        ConsoleSession console = ConsoleSession.login(owner.username(), TestData.PASSWORD);
        console.request().get("/admin/customers/" + person).then().statusCode(200)
                .body(not(containsString("id=\"contacts\"")));
        console.request().get("/admin/customers/" + person + "/contacts/new").then().statusCode(409);

        String customer = enterprise(owner, "Birthday wording");
        String contact = caller(owner).request().body(Map.of("name", "小姨", "buyingRole", "DECISION_MAKER"))
                .post("/api/v1/customers/" + customer + "/contacts").then().statusCode(201).extract().path("id");
        UUID call = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into follow_up (id, customer_id, purpose, due_at, assignee_id, status, note, attempts,
                                       max_attempts, special_date, brief, contact_id, created_at, updated_at, version)
                values (?1, ?2, 'SPECIAL_DATE', ?3, ?4, 'OPEN', 'Birthday of contact', 0, 3, current_date,
                        'CONTACT_BIRTHDAY', ?5, ?3, ?3, 0)""").setParameter(1, call)
                .setParameter(2, UUID.fromString(customer)).setParameter(3, Instant.now()).setParameter(4, owner.id())
                .setParameter(5, UUID.fromString(contact)).executeUpdate());
        String page = console.request().get("/admin/follow-ups/" + call).then().statusCode(200).extract().asString();
        assertTrue(page.contains("联系人 小姨 生日"), page);
    }

    private static Caller caller(TestUser user) {
        return new Caller(user.id(), user.username(), TestData.token(user.username(), TestData.PASSWORD));
    }

    private static String enterprise(TestUser owner, String name) {
        return TestData.createCustomer(caller(owner), TestData.customerBody(TestData.unique(name),
                Map.of("type", "ENTERPRISE")));
    }
}
