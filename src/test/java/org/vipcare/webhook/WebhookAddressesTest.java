package org.vipcare.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vipcare.common.ProblemException;

/** Where webhooks may point when the server keeps them off its own network (production: allow-private=false). */
class WebhookAddressesTest {

    private final WebhookAddresses production = new WebhookAddresses(false, false);

    @Test
    void loopbackPrivateLinkLocalUniqueLocalMulticastAndReservedAddressesArePrivate() throws UnknownHostException {
        for (String address : List.of("127.0.0.1", "127.8.9.10", "0.0.0.0", "10.1.2.3", "172.16.0.1",
                "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1", "224.0.0.1", "239.255.255.250",
                "255.255.255.255", "198.18.0.1", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1",
                "::ffff:10.0.0.1", "::ffff:127.0.0.1")) {
            assertTrue(WebhookAddresses.isPrivate(InetAddress.getByName(address)), address);
        }
        for (String address : List.of("8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888",
                "::ffff:8.8.8.8")) {
            assertFalse(WebhookAddresses.isPrivate(InetAddress.getByName(address)), address);
        }
    }

    @Test
    void registrationRefusesAPrivateAddressByNameOrLiteral() {
        for (String url : List.of("https://127.0.0.1/hook", "https://localhost:8443/hook", "https://[::1]/hook",
                "https://10.0.0.5/hook", "https://169.254.169.254/latest/meta-data")) {
            ProblemException refused = assertThrows(ProblemException.class, () -> production.requireAllowed(url));
            assertEquals("webhook.url.private-address", refused.violations.get(0).code(), url);
            assertEquals("url", refused.violations.get(0).field());
        }
    }

    @Test
    void deliveryIsRefusedWhenTheNameNowResolvesToAPrivateAddress() {
        assertTrue(production.refusalBeforeDelivery("localhost").isPresent());
        assertTrue(production.refusalBeforeDelivery("no-such-host.invalid").isPresent());
        assertFalse(new WebhookAddresses(false, true).refusalBeforeDelivery("localhost").isPresent());
    }

    @Test
    void plainHttpOnlyWhereAllowed() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> new WebhookAddresses(false, true).requireAllowed("http://127.0.0.1/hook"));
        assertEquals("webhook.url.not-https", refused.violations.get(0).code());
        new WebhookAddresses(true, true).requireAllowed("http://127.0.0.1/hook");
        new WebhookAddresses(false, true).requireAllowed("https://127.0.0.1/hook");
    }

    @Test
    void theSignatureIsTheHmacOfTimestampDotBody() {
        // echo -n '1700000000.{"a":1}' | openssl dgst -sha256 -hmac 'a-secret-of-16-chars'
        assertEquals("sha256=966dfd9e7287134bae9078b9ca8cad81556798be645cd07bef60884b917d8d01",
                WebhookSignature.sign("a-secret-of-16-chars", 1700000000L, "{\"a\":1}"));
    }
}
