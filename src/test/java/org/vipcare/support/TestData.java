package org.vipcare.support;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.vipcare.security.Passwords;
import org.vipcare.security.Role;
import org.vipcare.security.User;

/** Makes the users, tokens and customers a test needs, each with unique keys; never relies on existing rows. */
public final class TestData {

    public static final String ADMIN_PASSWORD = "test-admin-password";
    private static final String PASSWORD = "password-123";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    private static final Map<Role, Caller> SHARED = new ConcurrentHashMap<>();

    private TestData() {
    }

    /** A signed-in user: its id, name and bearer token. */
    public record Caller(UUID id, String username, String token) {
        public RequestSpecification request() {
            return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
        }
    }

    public static String unique(String prefix) {
        return prefix + "-" + Long.toString(SEQUENCE.incrementAndGet(), 36) + UUID.randomUUID().toString()
                .substring(0, 6);
    }

    /** One user per role shared by the tests of a run, for calls where who exactly does not matter. */
    public static Caller as(Role role) {
        return SHARED.computeIfAbsent(role, TestData::newUser);
    }

    public static Caller admin() {
        return new Caller(null, "admin", token("admin", ADMIN_PASSWORD));
    }

    /** A fresh user with the given roles, stored straight into the database. */
    public static Caller newUser(Role role) {
        String username = unique(role.name().toLowerCase());
        UUID id = QuarkusTransaction.requiringNew().call(() -> {
            User user = new User();
            user.stampNew(Instant.now());
            user.username = username;
            user.displayName = "Test " + username;
            user.passwordHash = Passwords.hash(PASSWORD);
            user.roles = EnumSet.of(role);
            user.department = "Test Centre";
            user.persist();
            return user.id;
        });
        return new Caller(id, username, token(username, PASSWORD));
    }

    public static String token(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/token")
                .then().statusCode(200).extract().path("accessToken");
    }

    public static String mobile() {
        return "139" + String.format("%08d", Math.floorMod(SEQUENCE.incrementAndGet() * 7919, 100_000_000));
    }

    /** Minimal valid customer body; callers override fields with {@link #customerBody(String, Map)}. */
    public static Map<String, Object> customerBody(String name) {
        return customerBody(name, Map.of());
    }

    public static Map<String, Object> customerBody(String name, Map<String, Object> overrides) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "externalRef", unique("EXT"),
                "name", name,
                "type", "INDIVIDUAL",
                "phones", Map.of("mobile", mobile()),
                "idDocument", Map.of("type", "ID_CARD", "number", "110101198001011234"),
                "joinedAt", "2020-01-15"));
        body.putAll(overrides);
        return body;
    }

    /** Creates a customer through the API as {@code caller}; returns its id. */
    public static String createCustomer(Caller caller, Map<String, Object> body) {
        return caller.request().body(body).post("/api/v1/customers").then().statusCode(201).extract().path("id");
    }
}
