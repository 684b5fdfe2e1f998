package org.vipcare.support;

import static io.restassured.RestAssured.given;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.vipcare.customer.Customer;
import org.vipcare.customer.CustomerType;
import org.vipcare.security.Role;
import org.vipcare.security.User;
import org.vipcare.tier.Tier;
import org.vipcare.tier.TierHistory;

/**
 * The users, tokens and customers a test needs, each with unique keys, and the few facts only the database can fake.
 * The test database is recreated for every build, but every test class of the run writes to it: nothing here assumes
 * a table is empty or that a name is free.
 */
public final class TestData {

    /** The password of every user made here. */
    public static final String PASSWORD = "Lantern-Orchid-Ferry-73";
    public static final String ADMIN_PASSWORD = "Test-Admin-Quokka-Harbour-19";
    /**
     * Starts anywhere: a Quarkus restart for a test profile loads this class again against the same database, and
     * the numbers of the new start must not meet the old ones.
     */
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    private static final Map<Role, Caller> SHARED = new ConcurrentHashMap<>();
    private static volatile Caller admin;

    private TestData() {
    }

    /** A signed-in user: its id, name and bearer token. */
    public record Caller(UUID id, String username, String token) {
        public RequestSpecification request() {
            return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
        }
    }

    /** A user as stored, not signed in yet (console tests sign in through the login form). */
    public record TestUser(UUID id, String username, String displayName) {
    }

    /**
     * The hash of {@link #PASSWORD}, made once: bcrypt is slow on purpose, and every sign-in checks the hash at the
     * cost it was made with, so the lowest cost makes both making a user and signing in cheap. Users made through the
     * API, and the bootstrapped admin, keep the service's own cost.
     */
    private static final class PasswordHash {
        static final String VALUE = BcryptUtil.bcryptHash(PASSWORD, 4);
    }

    // ------------------------------------------------------------------ keys

    public static String unique(String prefix) {
        return prefix + "-" + Long.toString(SEQUENCE.incrementAndGet(), 36) + UUID.randomUUID().toString()
                .substring(0, 6);
    }

    /** An 11-digit mainland mobile number no other call of the run gets. */
    public static String mobile() {
        return "139" + String.format("%08d", Math.floorMod(SEQUENCE.incrementAndGet() * 7919, 100_000_000));
    }

    /**
     * An 18-character identity-card number no other customer of any run holds (one customer per document, V35):
     * 110, eleven random digits, 1234 — masked it reads 110***********1234.
     */
    public static String idNumber() {
        return "110" + String.format("%011d", Math.floorMod(java.util.concurrent.ThreadLocalRandom.current()
                .nextLong(), 100_000_000_000L)) + "1234";
    }

    /** Now, to the second, so that times written and read back compare equal. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    // ------------------------------------------------------------------ users

    /** One user per role shared by the tests of a run, for calls where who exactly does not matter. */
    public static Caller as(Role role) {
        return SHARED.computeIfAbsent(role, TestData::newUser);
    }

    /** The bootstrapped admin, signed in once per run. */
    public static Caller admin() {
        if (admin == null) {
            admin = new Caller(null, "admin", token("admin", ADMIN_PASSWORD));
        }
        return admin;
    }

    /** A fresh user with the given role, stored straight into the database and signed in for the API. */
    public static Caller newUser(Role role) {
        TestUser user = newConsoleUser(role);
        return new Caller(user.id(), user.username(), token(user.username(), PASSWORD));
    }

    /** A fresh user with the given role, stored straight into the database; it signs in with {@link #PASSWORD}. */
    public static TestUser newConsoleUser(Role role) {
        return newConsoleUser(role, null);
    }

    /** As {@link #newConsoleUser(Role)}, with a chosen console language ({@code zh-CN}, {@code en}). */
    public static TestUser newConsoleUser(Role role, String language) {
        String username = unique(role.name().toLowerCase());
        String displayName = "Test " + username;
        UUID id = QuarkusTransaction.requiringNew().call(() -> {
            User user = new User();
            user.stampNew(Instant.now());
            user.username = username;
            user.displayName = displayName;
            user.passwordHash = PasswordHash.VALUE;
            user.roles = EnumSet.of(role);
            user.department = "Test Centre";
            user.language = language;
            user.persist();
            return user.id;
        });
        return new TestUser(id, username, displayName);
    }

    public static String token(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/token")
                .then().statusCode(200).extract().path("accessToken");
    }

    // ------------------------------------------------------------------ customers

    /** Minimal valid customer body; callers override fields with {@link #customerBody(String, Map)}. */
    public static Map<String, Object> customerBody(String name) {
        return customerBody(name, Map.of());
    }

    public static Map<String, Object> customerBody(String name, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "externalRef", unique("EXT"),
                "name", name,
                "type", "INDIVIDUAL",
                "phones", Map.of("mobile", mobile()),
                "idDocument", Map.of("type", "ID_CARD", "number", idNumber()),
                "joinedAt", "2020-01-15"));
        body.putAll(overrides);
        return body;
    }

    /** Creates a customer through the API as {@code caller}; returns its id. */
    public static String createCustomer(Caller caller, Map<String, Object> body) {
        return caller.request().body(body).post("/api/v1/customers").then().statusCode(201).extract().path("id");
    }

    /** A customer stored straight into the database, joined 400 days ago. */
    public static UUID newCustomer(String name, UUID managerId, String mobile) {
        return newCustomer(name, managerId, mobile, LocalDate.now().minusDays(400));
    }

    public static UUID newCustomer(String name, UUID managerId, String mobile, LocalDate joinedAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Customer customer = new Customer();
            customer.stampNew(Instant.now());
            customer.name = name;
            customer.type = CustomerType.INDIVIDUAL;
            customer.phoneMobile = mobile;
            customer.joinedAt = joinedAt;
            customer.managerId = managerId;
            customer.persist();
            return customer.id;
        });
    }

    public static Customer customer(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Customer.<Customer>findById(id));
    }

    public static long customersNamed(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Customer.count("name", name));
    }

    /** Changes a customer behind the console's back, as a colleague saving first would. */
    public static void renameDirectly(UUID id, String name) {
        QuarkusTransaction.requiringNew().run(() -> {
            Customer customer = Customer.findById(id);
            customer.name = name;
            customer.updatedAt = Instant.now();
        });
    }

    // ------------------------------------------------------------------ what only the tier evaluation writes

    /** Sets a customer's tier and watch flag, which would otherwise need a whole population to produce. */
    public static void setTier(String customerId, Tier tier, boolean watch) {
        QuarkusTransaction.requiringNew().run(() -> Customer.getEntityManager()
                .createNativeQuery("update customer_standing set tier = ?1, watch = ?2 where customer_id = ?3")
                .setParameter(1, tier.name()).setParameter(2, watch).setParameter(3, UUID.fromString(customerId))
                .executeUpdate());
    }

    /** Sets a customer's spend in the evaluation window. */
    public static void windowSpend(String customerId, String spend) {
        QuarkusTransaction.requiringNew().run(() -> Customer.getEntityManager()
                .createNativeQuery("update customer_standing set window_spend = ?1 where customer_id = ?2")
                .setParameter(1, new BigDecimal(spend)).setParameter(2, UUID.fromString(customerId))
                .executeUpdate());
    }

    /** A tier change as an evaluation would have recorded it. */
    public static void recordTierChange(UUID customerId, Tier from, Tier to, String reason, int policyVersion,
            Instant at) {
        QuarkusTransaction.requiringNew().run(
                () -> TierHistory.of(customerId, from, to, reason, policyVersion, at).persist());
    }

    // ------------------------------------------------------------------ reading back

    /** How many rows of {@code table} have {@code column} = {@code id}. */
    public static long count(String table, String column, String id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Customer.getEntityManager()
                .createNativeQuery("select count(*) from " + table + " where " + column + " = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult()).longValue());
    }
}
