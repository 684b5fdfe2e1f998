package org.vipcare.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.vipcare.common.SqlList;

class CustomerCountsTest {

    private final MutableClock clock = new MutableClock();
    private final CustomerCounts counts = new CustomerCounts(clock);
    private final SqlList condition = new SqlList().and("type = :type", "type", "INDIVIDUAL");

    @Test
    void smallTotalsAreAlwaysCountedAfresh() {
        AtomicLong rows = new AtomicLong(5);
        assertEquals(5, counts.total(condition, rows::get));
        rows.set(6);
        assertEquals(6, counts.total(condition, rows::get));
    }

    @Test
    void largeTotalsAreSharedForTenSeconds() {
        AtomicLong rows = new AtomicLong(50_000);
        assertEquals(50_000, counts.total(condition, rows::get));
        rows.set(50_001);
        clock.advance(Duration.ofSeconds(9));
        assertEquals(50_000, counts.total(condition, rows::get));
        clock.advance(Duration.ofSeconds(2));
        assertEquals(50_001, counts.total(condition, rows::get));
        assertEquals(7, counts.total(new SqlList().and("type = :type", "type", "ENTERPRISE"), () -> 7));
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
