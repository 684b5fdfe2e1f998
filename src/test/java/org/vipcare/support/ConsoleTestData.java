package org.vipcare.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.vipcare.customer.Customer;
import org.vipcare.customer.CustomerType;
import org.vipcare.security.Passwords;
import org.vipcare.security.Role;
import org.vipcare.security.User;
import org.vipcare.tier.Tier;
import org.vipcare.tier.TierHistory;

/**
 * Users and customers for console tests, written straight to the database with unique names: the database is
 * shared with other test runs, so nothing here assumes it is empty or that a name is free.
 */
public final class ConsoleTestData {

    public static final String PASSWORD = "console-test-password";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000L);

    private ConsoleTestData() {
    }

    public record TestUser(UUID id, String username, String displayName) {
    }

    public static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An 11-digit mainland mobile number unlikely to be used by anyone else. */
    public static String mobile() {
        return "139" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
    }

    public static TestUser newUser(Role role) {
        return newUser(role, null);
    }

    public static TestUser newUser(Role role, String language) {
        String username = unique(role.name().toLowerCase());
        String displayName = "Test " + username;
        UUID id = QuarkusTransaction.requiringNew().call(() -> {
            User user = new User();
            user.stampNew(Instant.now());
            user.username = username;
            user.displayName = displayName;
            user.passwordHash = Passwords.hash(PASSWORD);
            user.roles = EnumSet.of(role);
            user.language = language;
            user.persist();
            return user.id;
        });
        return new TestUser(id, username, displayName);
    }

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

    /** A tier change as an evaluation would have recorded it. */
    public static void recordTierChange(UUID customerId, Tier from, Tier to, String reason, int policyVersion,
            Instant at) {
        QuarkusTransaction.requiringNew().run(
                () -> TierHistory.of(customerId, from, to, reason, policyVersion, at).persist());
    }

    /** Changes a customer behind the console's back, as a colleague saving first would. */
    public static void renameDirectly(UUID id, String name) {
        QuarkusTransaction.requiringNew().run(() -> {
            Customer customer = Customer.findById(id);
            customer.name = name;
            customer.updatedAt = Instant.now();
        });
    }
}
