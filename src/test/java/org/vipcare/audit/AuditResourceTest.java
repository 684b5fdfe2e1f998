package org.vipcare.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

@QuarkusTest
class AuditResourceTest {

    @Inject
    EntityManager em;

    @Test
    void supervisorsReadWhoSawWhichCustomer() {
        Caller agent = TestData.newUser(Role.AGENT);
        String id = TestData.createCustomer(agent, TestData.customerBody("Audited"));
        agent.request().get("/api/v1/customers/" + id).then().statusCode(200);
        agent.request().get("/api/v1/customers/" + id).then().statusCode(200);

        TestData.as(Role.SUPERVISOR).request().queryParam("customerId", id).get("/api/v1/audit")
                .then().statusCode(200)
                .body("total", is(2), "items.actor", everyItem(equalTo(agent.username())),
                        "items.action", everyItem(equalTo("READ_UNMASKED")),
                        "items[0].endpoint", equalTo("GET /api/v1/customers/" + id));
        TestData.as(Role.SUPERVISOR).request().queryParam("actor", agent.username()).queryParam("action", "LOGIN")
                .queryParam("from", "2020-01-01").get("/api/v1/audit").then().statusCode(200)
                .body("total", is(1), "items[0].action", equalTo("LOGIN"));
        TestData.as(Role.SUPERVISOR).request().queryParam("from", "yesterday").get("/api/v1/audit")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
        agent.request().get("/api/v1/audit").then().statusCode(403);
        TestData.as(Role.INTEGRATION).request().get("/api/v1/audit").then().statusCode(403);
    }

    @Test
    void entriesCannotBeChangedOrDeletedEvenInTheDatabase() {
        Caller agent = TestData.newUser(Role.AGENT);
        String id = TestData.createCustomer(agent, TestData.customerBody("Tamper"));
        agent.request().get("/api/v1/customers/" + id).then().statusCode(200);
        UUID customerId = UUID.fromString(id);
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from audit_entry where customer_id = ?1").setParameter(1, customerId).executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update audit_entry set actor = 'someone' where customer_id = ?1").setParameter(1, customerId)
                .executeUpdate()));
        long left = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("customerId", customerId));
        assertEquals(1, left);
    }
}
