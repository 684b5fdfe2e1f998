package org.vipcare.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in every {@code @QuarkusTest}: the system clock (in microseconds, as in production) until a test
 * pins it. A test that pins it resets it in {@code @AfterEach}, so the tests after it see real time again; no
 * Quarkus restart is needed. Sign in (take tokens) before pinning: tokens are stamped with this clock but checked
 * against real time.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private static final Clock SYSTEM = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));

    private volatile Instant pinned;

    /** Stops the clock at {@code at} until {@link #reset()}. */
    public void pin(Instant at) {
        pinned = at;
    }

    public void reset() {
        pinned = null;
    }

    @Override
    public Instant instant() {
        Instant at = pinned;
        return at == null ? SYSTEM.instant() : at;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** A view in another zone that still follows this clock's pin. */
    @Override
    public Clock withZone(ZoneId zone) {
        TestClock source = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return source.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }
        };
    }
}
