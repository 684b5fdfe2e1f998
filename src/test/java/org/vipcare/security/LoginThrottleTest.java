package org.vipcare.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditEntry;
import org.vipcare.support.TestData;

/**
 * Finding 7 of issue 11: failed logins slow down the address they come from instead of locking the username. The
 * test profile trusts the loopback peer as a proxy, so X-Forwarded-For plays the client addresses here.
 */
@QuarkusTest
class LoginThrottleTest {

    private static final String OWNER_ADDRESS = "198.51.100.7";
    private static final String ATTACKER_ADDRESS = "203.0.113.66";

    @Inject
    EntityManager em;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void delaysGrowWithEveryFailureFromTheSameAddress() {
        String username = TestData.newConsoleUser(Role.AGENT).username();
        // An address of its own (198.18.0.0/15, used by no other test): the attacker test's 203.0.113.66 carries 25
        // failures, which would put a shared address over its ceiling and turn every delay into an hour.
        String address = "198.18." + (int) (Math.random() * 256) + "." + (int) (Math.random() * 254 + 1);
        for (int i = 0; i < 3; i++) {
            login(username, "wrong-" + i, address).then().statusCode(401);
        }
        Response fourth = login(username, TestData.PASSWORD, address);
        fourth.then().statusCode(429).contentType("application/problem+json")
                .body("type", endsWith("/too-many-requests"));
        long first = Long.parseLong(fourth.header("Retry-After"));
        assertTrue(first >= 1 && first <= 2, "1 s after the third failure: " + first);

        addFailures(username, address, 3); // 6 in all: 8 s
        long sixth = Long.parseLong(login(username, TestData.PASSWORD, address).then().statusCode(429)
                .extract().header("Retry-After"));
        addFailures(username, address, 3); // 9 in all: 64 s
        long ninth = Long.parseLong(login(username, TestData.PASSWORD, address).then().statusCode(429)
                .extract().header("Retry-After"));
        assertTrue(sixth >= 7 && sixth <= 9, "8 s after six failures: " + sixth);
        assertTrue(ninth >= 63 && ninth <= 65, "64 s after nine failures: " + ninth);

        // Another address of the same user is not slowed down by these.
        login(username, TestData.PASSWORD, "192.0.2.44").then().statusCode(200);
    }

    @Test
    void anAttackerCannotLockTheOwnerOutOfAnAddressItUsedBefore() {
        String username = TestData.newConsoleUser(Role.AGENT).username();
        login(username, TestData.PASSWORD, OWNER_ADDRESS).then().statusCode(200);
        addFailures(username, ATTACKER_ADDRESS, 25); // past the username ceiling (20)

        login(username, TestData.PASSWORD, ATTACKER_ADDRESS).then().statusCode(429);
        login(username, TestData.PASSWORD, "192.0.2.99").then().statusCode(429); // unknown address: ceiling
        login(username, "typo", OWNER_ADDRESS).then().statusCode(401);
        login(username, TestData.PASSWORD, OWNER_ADDRESS).then().statusCode(200);
        // The owner's success forgives its own address only: the attacker's count stands.
        login(username, TestData.PASSWORD, ATTACKER_ADDRESS).then().statusCode(429);
        long audited = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "actor = ?1 and action = ?2 and detail = ?3", username, AuditAction.LOGIN, "from " + OWNER_ADDRESS));
        assertEquals(2, audited, "X-Forwarded-For from the trusted loopback proxy names the client");
    }

    @Test
    void theDelayDoublesFromOneSecondUpToItsCeiling() {
        var config = new org.vipcare.common.VipCareConfig.LoginThrottle() {
            public int freeFailures() {
                return 3;
            }

            public Duration baseDelay() {
                return Duration.ofSeconds(1);
            }

            public Duration maxDelay() {
                return Duration.ofMinutes(15);
            }

            public int usernameCeiling() {
                return 20;
            }

            public int maxFailuresPerAddress() {
                return 20;
            }

            public Duration window() {
                return Duration.ofHours(1);
            }
        };
        assertEquals(Duration.ZERO, LoginThrottle.delayAfter(2, config));
        assertEquals(Duration.ofSeconds(1), LoginThrottle.delayAfter(3, config));
        assertEquals(Duration.ofSeconds(2), LoginThrottle.delayAfter(4, config));
        assertEquals(Duration.ofSeconds(512), LoginThrottle.delayAfter(12, config));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.delayAfter(13, config));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.delayAfter(400, config));
    }

    static Response login(String username, String password, String address) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", address)
                .body(Map.of("username", username, "password", password)).post("/api/v1/auth/token");
    }

    private void addFailures(String username, String address, int count) {
        Instant at = Instant.now().minusMillis(200);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                em.createNativeQuery("insert into login_failure (username, client_address, at) values (?1, ?2, ?3)")
                        .setParameter(1, username).setParameter(2, address).setParameter(3, at.minusMillis(i))
                        .executeUpdate();
            }
        });
    }
}
