package org.vipcare.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The service's one clock read in its one zone ({@code vipcare.zone}): which day it is and where a plain date
 * begins. A plain date (a join date, a report day, a {@code from} filter) always means a day in this zone, never
 * in the JVM's or the database's.
 */
@ApplicationScoped
public class BusinessTime {

    private final Clock clock;
    private final VipCareConfig config;

    public BusinessTime(Clock clock, VipCareConfig config) {
        this.clock = clock;
        this.config = config;
    }

    public ZoneId zone() {
        return config.zone();
    }

    /** The injected clock, in the business zone. */
    public Clock clock() {
        return clock.withZone(zone());
    }

    public LocalDate today() {
        return LocalDate.now(clock());
    }

    /** The instant the business day {@code date} begins. */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone()).toInstant();
    }
}
