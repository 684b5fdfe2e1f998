package org.vipcare.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.http.HttpClosedException;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.ext.web.codec.BodyCodec;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.vipcare.common.JobRuns;
import org.vipcare.common.VipCareConfig;

/**
 * Posts the outbox's due deliveries. Each round claims up to a batch of them in a short transaction
 * ({@code FOR UPDATE SKIP LOCKED}, so replicas never claim the same row) and leases them ({@code locked_until}); then
 * POSTs them all at once, outside any transaction, with the Vert.x web client and a timeout; then records each
 * result in a short transaction of its own. A 2xx acknowledges; anything else is tried again after a doubling wait
 * with jitter until {@code retry-for} after the event, then FAILED. A sender that dies between claim and record leaves
 * the lease to run out, and the delivery is claimed again: at least once, the same {@code X-VipCare-Delivery} on every
 * try, so receivers de-duplicate on it. Redirects are not followed, and the host is checked again before each try.
 */
@ApplicationScoped
public class WebhookSender {

    static final String JOB = "webhook-sender";

    private static final String CLAIM = """
            with due as (
                select id
                  from webhook_delivery
                 where state = 'PENDING'
                   and next_attempt_at <= :now
                   and (locked_until is null or locked_until <= :now)
                 order by next_attempt_at
                 limit :batch
                   for update skip locked
            )
            update webhook_delivery d
               set locked_until = :lease, attempts = d.attempts + 1
              from due, webhook w
             where d.id = due.id and w.id = d.webhook_id
            returning d.id, d.webhook_id, d.event, d.body, d.attempts, d.created_at, w.url, w.secret_ciphertext
            """;

    private static final String RECORD = """
            update webhook_delivery
               set state = :state, next_attempt_at = coalesce(:next, next_attempt_at), locked_until = null,
                   finished_at = :finished
             where id = :id and attempts = :attempt and state = 'PENDING'
            """;

    private static final String LOG = """
            insert into webhook_attempt (delivery_id, attempt, at, status_code, error, duration_ms, state,
                                         next_attempt_at)
            select id, :attempt, :at, :status, :error, :duration, :state, :next
              from webhook_delivery where id = :id
            """;

    /** A claimed delivery, with what its POST needs. */
    record Claimed(UUID id, UUID webhookId, String event, String body, int attempt, Instant createdAt, String url,
            String secret) {
    }

    /** What one POST came to. */
    record Result(Integer status, String error, int durationMs) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final EntityManager em;
    private final Clock clock;
    private final VipCareConfig.Webhooks config;
    private final WebhookSecrets secrets;
    private final WebhookAddresses addresses;
    private final JobRuns runs;
    private final MeterRegistry registry;
    private final WebClient client;

    public WebhookSender(EntityManager em, Clock clock, VipCareConfig config, WebhookSecrets secrets,
            WebhookAddresses addresses, JobRuns runs, MeterRegistry registry, Vertx vertx) {
        this.em = em;
        this.clock = clock;
        this.config = config.webhooks();
        this.secrets = secrets;
        this.addresses = addresses;
        this.runs = runs;
        this.registry = registry;
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) this.config.timeout().toMillis())
                .setFollowRedirects(false)
                .setUserAgent("VipCare-Webhooks/1.0")
                .setKeepAlive(false));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    @Scheduled(every = "{vipcare.webhooks.send-every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runs.record(JOB, sendDue() > 0);
    }

    /** One round: claims, posts and records up to a batch of due deliveries; returns how many were tried. */
    public int sendDue() {
        List<Claimed> claimed = claim();
        if (claimed.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<Result>> posts = new ArrayList<>();
        for (Claimed delivery : claimed) {
            posts.add(post(delivery));
        }
        for (int i = 0; i < claimed.size(); i++) {
            Result result;
            try {
                result = posts.get(i).get(config.timeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                result = new Result(null, describe(e), (int) config.timeout().toMillis());
            }
            record(claimed.get(i), result);
        }
        return claimed.size();
    }

    /** Claims and leases the due deliveries in one short transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Claimed> claim() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(CLAIM).setParameter("now", now)
                .setParameter("batch", config.batch()).setParameter("lease", now.plus(config.lease()))
                .getResultList();
        List<Claimed> claimed = new ArrayList<>();
        Map<UUID, String> opened = new HashMap<>();
        for (Object[] r : rows) {
            UUID webhookId = (UUID) r[1];
            String secret = opened.computeIfAbsent(webhookId, id -> secrets.open(id, (byte[]) r[7]));
            claimed.add(new Claimed((UUID) r[0], webhookId, (String) r[2], (String) r[3], ((Number) r[4]).intValue(),
                    WebhookService.instant(r[5]), (String) r[6], secret));
        }
        return claimed;
    }

    /** The POST, outside any transaction; never fails, a failure is the result. */
    CompletableFuture<Result> post(Claimed delivery) {
        long started = System.nanoTime();
        URI uri = URI.create(delivery.url());
        var refusal = addresses.refusalBeforeDelivery(uri.getHost());
        if (refusal.isPresent()) {
            return CompletableFuture.completedFuture(new Result(null, "refused: " + refusal.get(), elapsed(started)));
        }
        long timestamp = clock.instant().getEpochSecond();
        return client.postAbs(delivery.url())
                .timeout(config.timeout().toMillis())
                .putHeader("Content-Type", "application/json")
                .putHeader("X-VipCare-Event", delivery.event())
                .putHeader("X-VipCare-Delivery", delivery.id().toString())
                .putHeader("X-VipCare-Timestamp", Long.toString(timestamp))
                .putHeader("X-VipCare-Signature", WebhookSignature.sign(delivery.secret(), timestamp, delivery.body()))
                .as(BodyCodec.none())
                .sendBuffer(Buffer.buffer(delivery.body()))
                .map(response -> new Result(response.statusCode(),
                        response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode(), elapsed(started)))
                .onFailure().recoverWithItem(e -> new Result(null, describe(e), elapsed(started)))
                .subscribeAsCompletionStage();
    }

    /** Records one try: DELIVERED, PENDING again after the backoff, or FAILED past the retry window. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void record(Claimed delivery, Result result) {
        Instant now = clock.instant();
        String state;
        Instant next = null;
        if (result.delivered()) {
            state = "DELIVERED";
        } else {
            next = now.plus(backoff(delivery.attempt()));
            state = next.isAfter(delivery.createdAt().plus(config.retryFor())) ? "FAILED" : "PENDING";
            if (state.equals("FAILED")) {
                next = null;
            }
        }
        int updated = em.createNativeQuery(RECORD).setParameter("state", state).setParameter("next", next)
                .setParameter("finished", state.equals("PENDING") ? null : now)
                .setParameter("id", delivery.id()).setParameter("attempt", delivery.attempt()).executeUpdate();
        em.createNativeQuery(LOG).setParameter("attempt", delivery.attempt()).setParameter("at", now)
                .setParameter("status", result.status()).setParameter("error", result.error())
                .setParameter("duration", result.durationMs()).setParameter("state", state)
                .setParameter("next", next).setParameter("id", delivery.id()).executeUpdate();
        String outcome = switch (state) {
            case "DELIVERED" -> "delivered";
            case "FAILED" -> "failed";
            default -> "retried";
        };
        counter(outcome).increment();
        if (updated == 0) {
            Log.debugf("Webhook delivery %s: try %d recorded after its lease ran out or its webhook went",
                    delivery.id(), delivery.attempt());
        } else if (!result.delivered()) {
            Log.infof("Webhook delivery %s (%s) try %d failed: %s; %s", delivery.id(), delivery.event(),
                    delivery.attempt(), result.error(), next == null ? "given up" : "next try at " + next);
        }
    }

    /** base × 2^(attempt−1), at most the configured maximum, plus up to 20 % jitter so receivers are not stampeded. */
    Duration backoff(int attempt) {
        long base = config.backoffBase().toMillis();
        long max = config.backoffMax().toMillis();
        long delay = attempt >= 30 ? max : Math.min(max, base << Math.max(0, attempt - 1));
        return Duration.ofMillis(delay + ThreadLocalRandom.current().nextLong(delay / 5 + 1));
    }

    private Counter counter(String outcome) {
        return Counter.builder("vipcare.webhook.deliveries")
                .description("Tries of webhook deliveries: delivered, retried later, or failed for good")
                .tag("outcome", outcome).register(registry);
    }

    private static int elapsed(long started) {
        return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
    }

    private static String describe(Throwable e) {
        Throwable cause = e.getCause() != null && e instanceof java.util.concurrent.ExecutionException ? e.getCause()
                : e;
        String text = cause instanceof HttpClosedException ? "connection closed"
                : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
