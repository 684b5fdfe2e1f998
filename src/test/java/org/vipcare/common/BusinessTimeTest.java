package org.vipcare.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.PastOrPresent;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** 17:30 UTC on 23 November is 01:30 on the 24th in Shanghai: the business day is the 24th. */
class BusinessTimeTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant EVENING_UTC = Instant.parse("2026-11-23T17:30:00Z");
    private static final LocalDate BUSINESS_DAY = LocalDate.parse("2026-11-24");

    private final BusinessTime time = new BusinessTime(Clock.fixed(EVENING_UTC, ZoneOffset.UTC), config(SHANGHAI));

    record Joined(@PastOrPresent LocalDate joinedAt, @Future LocalDate callBack) {
    }

    @Test
    void todayIsTheDateInTheBusinessZoneNotInTheClocksZone() {
        assertEquals(BUSINESS_DAY, time.today());
        assertEquals(SHANGHAI, time.clock().getZone());
        assertEquals(EVENING_UTC, time.clock().instant());
    }

    @Test
    void aBusinessDayStartsAtMidnightInTheBusinessZone() {
        assertEquals(Instant.parse("2026-11-23T16:00:00Z"), time.startOf(BUSINESS_DAY));
    }

    @Test
    void dateConstraintsJudgeWithTheBusinessClock() {
        Joined today = new Joined(BUSINESS_DAY, BUSINESS_DAY.plusDays(1));
        assertEquals(List.of(), messages(validator(new BusinessClockProvider(time)), today));
        // the JVM-zone clock Hibernate Validator uses by default refuses the same dates: that was the bug
        ClockProvider utc = () -> Clock.fixed(EVENING_UTC, ZoneOffset.UTC);
        assertEquals(List.of("joinedAt"), messages(validator(utc), new Joined(BUSINESS_DAY, null)));
        assertEquals(List.of("callBack"), messages(validator(new BusinessClockProvider(time)),
                new Joined(null, BUSINESS_DAY)));
    }

    @Test
    void theValidatorsClockReadsTheZoneOnlyWhenItJudges() {
        // Quarkus builds the validator before the configuration can be read: taking the clock must not read it
        BusinessClockProvider early = new BusinessClockProvider(new BusinessTime(Clock.systemUTC(), config(null)));
        assertNotNull(early.getClock());
    }

    private static List<String> messages(Validator validator, Joined bean) {
        Set<ConstraintViolation<Joined>> violations = validator.validate(bean);
        return violations.stream().map(v -> v.getPropertyPath().toString()).sorted().toList();
    }

    private static Validator validator(ClockProvider clock) {
        return Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .clockProvider(clock).buildValidatorFactory().getValidator();
    }

    /** A configuration whose only setting is the zone; {@code null} fails any read. */
    private static VipCareConfig config(ZoneId zone) {
        return (VipCareConfig) Proxy.newProxyInstance(VipCareConfig.class.getClassLoader(),
                new Class<?>[] { VipCareConfig.class }, (proxy, method, args) -> {
                    if (method.getName().equals("zone") && zone != null) {
                        return zone;
                    }
                    throw new IllegalStateException("not configured: " + method.getName());
                });
    }
}
