package org.vipcare.customer;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.vipcare.common.SqlList;

/**
 * Totals for the customer list. An exact count costs as much as the rows it counts, so a total is counted exactly
 * only below {@link #EXACT_BELOW} and estimated by the planner from there on (docs/api.md, "Lists"); a large total is
 * also kept for a few seconds and shared by the pages that follow. Small totals are always counted afresh, so a list
 * a manager just changed shows the change.
 */
@ApplicationScoped
public class CustomerCounts {

    /** Totals from here on are the planner's estimate, never below this (the OpenAPI description of total says so). */
    public static final long EXACT_BELOW = 10_000;

    static final long CACHE_FROM = 1_000;
    static final Duration CACHE_FOR = Duration.ofSeconds(10);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(long total, Instant expires) {
    }

    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private final Clock clock;

    public CustomerCounts(Clock clock) {
        this.clock = clock;
    }

    public long total(SqlList where, LongSupplier count) {
        String key = where.where() + where.params();
        Instant now = clock.instant();
        Entry cached = cache.get(key);
        if (cached != null && cached.expires().isAfter(now)) {
            return cached.total();
        }
        long total = count.getAsLong();
        if (total >= CACHE_FROM) {
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(key, new Entry(total, now.plus(CACHE_FOR)));
        } else if (cached != null) {
            cache.remove(key);
        }
        return total;
    }
}
