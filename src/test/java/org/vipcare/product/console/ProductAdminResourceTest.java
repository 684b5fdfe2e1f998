package org.vipcare.product.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.TestUser;

/** The Products section of the customer page: the manager adds, edits and deletes; a colleague sees it masked. */
@QuarkusTest
class ProductAdminResourceTest {

    @Test
    void theManagerAddsEditsAndDeletesAColleagueSeesTheNumberMasked() {
        TestUser owner = TestData.newConsoleUser(Role.AGENT);
        TestUser colleague = TestData.newConsoleUser(Role.AGENT);
        UUID customer = TestData.newCustomer(TestData.unique("Console products"), owner.id(), TestData.mobile());
        ConsoleSession console = ConsoleSession.login(owner.username(), TestData.PASSWORD);
        String base = "/admin/customers/" + customer + "/products";

        console.request().get(base + "/new").then().statusCode(200).body(containsString("New product"));
        // An end before the start re-renders the form with the message; nothing is stored
        console.form().formParam("kind", "CONTRACT").formParam("name", "Broadband 24 months")
                .formParam("identifier", "BB-2025-004512").formParam("startedAt", "2025-01-01")
                .formParam("endsAt", "2024-12-31").formParam("status", "ACTIVE").post(base).then().statusCode(400)
                .body(containsString("must not be before the start"));
        assertEquals(0, TestData.count("product", "customer_id", customer.toString()));
        console.form().formParam("kind", "CONTRACT").formParam("name", "Broadband 24 months")
                .formParam("identifier", "BB-2025-004512").formParam("startedAt", "2025-01-01")
                .formParam("endsAt", "2026-12-31").formParam("status", "ACTIVE").post(base).then().statusCode(303);
        assertEquals(1, TestData.count("product", "customer_id", customer.toString()));
        String page = console.request().get("/admin/customers/" + customer).then().statusCode(200)
                .body(containsString("Broadband 24 months"), containsString("BB-2025-004512")).extract().asString();
        String product = page.replaceAll("(?s).*" + base + "/([0-9a-f-]{36})/edit.*", "$1");

        console.request().get(base + "/" + product + "/edit").then().statusCode(200)
                .body(containsString("BB-2025-004512"));
        console.form().formParam("kind", "CONTRACT").formParam("name", "Broadband renewed")
                .formParam("identifier", "BB-2025-004512").formParam("endsAt", "2027-12-31")
                .formParam("status", "ACTIVE").formParam("version", "0").post(base + "/" + product).then()
                .statusCode(303);
        // A stale version says so
        console.form().formParam("kind", "CONTRACT").formParam("name", "Again").formParam("status", "ACTIVE")
                .formParam("version", "0").post(base + "/" + product).then().statusCode(409);

        ConsoleSession other = ConsoleSession.login(colleague.username(), TestData.PASSWORD);
        other.request().get("/admin/customers/" + customer).then().statusCode(200)
                .body(containsString("Numbers are masked"), containsString("BB-*******4512"),
                        not(containsString("BB-2025-004512")), not(containsString(base + "/new")));
        other.request().get(base + "/new").then().statusCode(403);

        console.form().formParam("version", "1").post(base + "/" + product + "/delete").then().statusCode(303);
        assertEquals(0, TestData.count("product", "customer_id", customer.toString()));
    }
}
