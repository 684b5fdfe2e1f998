package org.vipcare.security;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditEntry;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

@QuarkusTest
class UserResourceTest {

    @Test
    void adminsCreateUsersWithHashedPasswordsAndTheyCanSignIn() {
        Caller admin = TestData.admin();
        String username = TestData.unique("mgr");
        String id = admin.request().body(Map.of("username", username, "displayName", "Wang Fang",
                "password", "Sesame-Kettle-Marble-8", "roles", List.of("AGENT"), "department", "Beijing VIP Centre",
                "star", 4))
                .post("/api/v1/users")
                .then().statusCode(201).header("Location", containsString("/api/v1/users/"))
                .body("username", equalTo(username), "roles", hasItem("AGENT"), "star", is(4))
                .extract().path("id");
        User stored = QuarkusTransaction.requiringNew().call(() -> User.findById(UUID.fromString(id)));
        assertNotEquals("Sesame-Kettle-Marble-8", stored.passwordHash);
        assertTrue(stored.passwordHash.startsWith("$2"));
        TestData.token(username, "Sesame-Kettle-Marble-8");

        admin.request().body(Map.of("username", username, "displayName", "Again", "password", "Another-Kettle-Marble-9",
                "roles", List.of("AGENT"))).post("/api/v1/users").then().statusCode(409);
        admin.request().body(Map.of("username", "bad name!", "displayName", "", "password", "short",
                "roles", List.of(), "star", 9)).post("/api/v1/users")
                .then().statusCode(400).body("violations.field", containsInAnyOrder(
                        "username", "displayName", "password", "roles", "star"));
    }

    @Test
    void onlyAdminsManageUsers() {
        TestData.as(Role.SUPERVISOR).request().get("/api/v1/users").then().statusCode(403);
        TestData.as(Role.AGENT).request().body(Map.of("username", TestData.unique("x"), "displayName", "X",
                "password", "Xq7#kP2!vL9m", "roles", List.of("ADMIN"))).post("/api/v1/users").then().statusCode(403);
        TestData.admin().request().queryParam("size", 200).get("/api/v1/users").then().statusCode(200)
                .body("items.username", hasItem("admin"));
    }

    @Test
    void roleChangesNeedTheVersionAndAreAudited() {
        Caller agent = TestData.newUser(Role.AGENT);
        Caller admin = TestData.admin();
        Map<String, Object> promote = Map.of("displayName", "Promoted", "roles", List.of("SUPERVISOR"),
                "enabled", true);
        admin.request().body(promote).put("/api/v1/users/" + agent.id()).then().statusCode(428);
        admin.request().header("If-Match", "\"5\"").body(promote).put("/api/v1/users/" + agent.id())
                .then().statusCode(412);
        admin.request().header("If-Match", "\"0\"").body(promote).put("/api/v1/users/" + agent.id())
                .then().statusCode(200).body("roles", hasItem("SUPERVISOR"), "version", is(1));
        long audited = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = ?1 and detail like ?2", AuditAction.ROLE_CHANGE, agent.username() + ":%"));
        assertEquals(1, audited);
        TestData.token(agent.username(), TestData.PASSWORD);
    }
}
