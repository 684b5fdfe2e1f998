package org.vipcare.common;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts and logs transient database failures: one line each, no stack trace (an outage would otherwise bury the log),
 * and {@code vipcare_transient_failures_total{kind, outcome}} in the metrics, where outcome is {@code retried} (run
 * again inside the service) or {@code answered} (the client got 503).
 */
@ApplicationScoped
public class TransientFailures {

    private final MeterRegistry metrics;
    private final VipCareConfig config;

    public TransientFailures(MeterRegistry metrics, VipCareConfig config) {
        this.metrics = metrics;
        this.config = config;
    }

    void retried(TransientFailure kind) {
        count(kind, "retried");
    }

    /** Records a failure answered with 503 and returns the seconds the client should wait. */
    public long answered(TransientFailure kind, String method, String path, Throwable failure) {
        count(kind, "answered");
        Log.warnf("Database unavailable (%s): %s %s answered 503 [%s]", kind, method, path, rootMessage(failure));
        return config.http().retryAfter().toSeconds();
    }

    private void count(TransientFailure kind, String outcome) {
        metrics.counter("vipcare.transient.failures", "kind", kind.name(), "outcome", outcome).increment();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        int newline = message.indexOf('\n');
        return root.getClass().getSimpleName() + ": " + (newline < 0 ? message : message.substring(0, newline));
    }
}
