package org.vipcare.webhook;

import com.sun.net.httpserver.HttpServer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An integrator's receiver for tests, on the JDK's HTTP server and a random port: keeps every request, checks each
 * signature as docs/webhooks.md tells integrators to, and answers 500 to the first {@code failures} requests.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received, with whether its signature and timestamp held. */
    record Received(String event, String delivery, long timestamp, String signature, String contentType, String body,
            boolean signatureValid) {
        JsonObject json() {
            return new JsonObject(body);
        }
    }

    private final HttpServer server;
    private final String secret;
    private final AtomicInteger failures = new AtomicInteger();
    private volatile Duration delay = Duration.ZERO;
    final ConcurrentLinkedDeque<Received> received = new ConcurrentLinkedDeque<>();

    WebhookReceiver(String secret) {
        this.secret = secret;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders();
            long timestamp = Long.parseLong(headers.getFirst("X-VipCare-Timestamp"));
            String signature = headers.getFirst("X-VipCare-Signature");
            received.add(new Received(headers.getFirst("X-VipCare-Event"), headers.getFirst("X-VipCare-Delivery"),
                    timestamp, signature, headers.getFirst("Content-Type"), body, verify(timestamp, body, signature)));
            if (!delay.isZero()) {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int status = failures.getAndDecrement() > 0 ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void failFirst(int count) {
        failures.set(count);
    }

    /** The receiver's side of the contract: HMAC of "<timestamp>.<body>", compared in constant time, and fresh. */
    private boolean verify(long timestamp, String body, String signature) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = "sha256=" + HexFormat.of().formatHex(
                    mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
            boolean fresh = Math.abs(Instant.now().getEpochSecond() - timestamp) <= 300;
            return fresh && signature != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                    signature.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            return false;
        }
    }

    List<Received> matching(Predicate<Received> which) {
        return new ArrayList<>(received.stream().filter(which).toList());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
