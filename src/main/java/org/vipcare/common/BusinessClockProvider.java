package org.vipcare.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Bean Validation's clock: {@code @Past}, {@code @PastOrPresent} and {@code @Future} judge with the service's clock
 * in the business zone, so a join date that defaults to today's business date is never "in the future" while UTC
 * is still on the day before. Quarkus hands a {@link ClockProvider} bean to its validator factory.
 */
@ApplicationScoped
public class BusinessClockProvider implements ClockProvider {

    private final Clock clock;

    public BusinessClockProvider(BusinessTime time) {
        this.clock = new Live(time);
    }

    @Override
    public Clock getClock() {
        return clock;
    }

    /**
     * Hibernate Validator takes its clock once, while Quarkus starts and before the configuration can be read, so
     * this one asks {@link BusinessTime} for the time and the zone on every reading.
     */
    private static final class Live extends Clock {

        private final BusinessTime time;

        Live(BusinessTime time) {
            this.time = time;
        }

        @Override
        public Instant instant() {
            return time.clock().instant();
        }

        @Override
        public ZoneId getZone() {
            return time.zone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return time.clock().withZone(zone);
        }
    }
}
