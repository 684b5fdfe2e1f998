package org.vipcare.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditEntry;
import org.vipcare.support.TestData;

/** Finding 7 of issue 11: X-Forwarded-For from a peer that is not a trusted proxy is ignored. */
@QuarkusTest
@TestProfile(UntrustedProxyTest.OnlyAnIngressIsTrusted.class)
class UntrustedProxyTest {

    public static class OnlyAnIngressIsTrusted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "10.0.0.1");
        }
    }

    @Test
    void aForgedForwardedForDoesNotChangeTheClientAddress() {
        String username = TestData.newConsoleUser(Role.AGENT).username();
        LoginThrottleTest.login(username, "wrong", "203.0.113.5").then().statusCode(401);
        LoginThrottleTest.login(username, TestData.PASSWORD, "203.0.113.6").then().statusCode(200);
        String failedFrom = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find(
                "actor = ?1 and action = ?2", username, AuditAction.LOGIN_FAILED).firstResult().detail);
        String loggedInFrom = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find(
                "actor = ?1 and action = ?2", username, AuditAction.LOGIN).firstResult().detail);
        assertEquals(true, failedFrom.equals("from 127.0.0.1") || failedFrom.equals("from 0:0:0:0:0:0:0:1"),
                failedFrom);
        assertEquals(failedFrom, loggedInFrom);
    }
}
