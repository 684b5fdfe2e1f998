package org.vipcare.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A snapshot of the business calendar: working hours per weekday, holidays and make-up working days (调休), in the
 * service's zone. Pure and immutable; {@link BusinessCalendars#current()} loads one from the database.
 *
 * <p>A HOLIDAY is closed whatever its weekday; a WORKDAY is open with the {@linkplain #standardHours() standard
 * hours} even on a weekend. Working time is counted to the second; a clock that runs out exactly at closing time
 * is due at closing time, not at the next opening.
 */
public final class BusinessCalendar {

    /** How far ahead the calendar is searched for the next open day before it is declared broken. */
    private static final int MAX_CLOSED_DAYS = 366;

    /** Opening hours of one day, {@code opens} before {@code closes}. */
    public record Hours(LocalTime opens, LocalTime closes) {
        public Hours {
            Objects.requireNonNull(opens);
            Objects.requireNonNull(closes);
            if (!opens.isBefore(closes)) {
                throw new IllegalArgumentException("opens " + opens + " must be before closes " + closes);
            }
        }

        public Duration length() {
            return Duration.between(opens, closes);
        }
    }

    private final ZoneId zone;
    private final Map<DayOfWeek, Hours> week;
    private final Map<LocalDate, CalendarDayKind> days;
    private final Hours standard;

    public BusinessCalendar(ZoneId zone, Map<DayOfWeek, Hours> week, Map<LocalDate, CalendarDayKind> days) {
        this.zone = Objects.requireNonNull(zone);
        this.week = new EnumMap<>(DayOfWeek.class);
        this.week.putAll(week);
        this.days = new TreeMap<>(days);
        this.standard = this.week.entrySet().stream().min(Map.Entry.comparingByKey()).map(Map.Entry::getValue)
                .orElseThrow(() -> new IllegalArgumentException("a business calendar needs at least one open weekday"));
    }

    /** The default calendar: Monday to Friday 09:00–18:00, no holidays. */
    public static BusinessCalendar mondayToFriday(ZoneId zone, Map<LocalDate, CalendarDayKind> days) {
        Map<DayOfWeek, Hours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                week.put(day, new Hours(LocalTime.of(9, 0), LocalTime.of(18, 0)));
            }
        }
        return new BusinessCalendar(zone, week, days);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The hours of the first open weekday from Monday on; what a make-up working day works. */
    public Hours standardHours() {
        return standard;
    }

    /** A working day's length, for clocks counted in working days (3 days → 3 × 9 h by default). */
    public Duration workingDay() {
        return standard.length();
    }

    /** The hours {@code date} is open, or null when it is closed. */
    public Hours hours(LocalDate date) {
        CalendarDayKind kind = days.get(date);
        if (kind == CalendarDayKind.HOLIDAY) {
            return null;
        }
        Hours regular = week.get(date.getDayOfWeek());
        if (kind == CalendarDayKind.WORKDAY && regular == null) {
            return standard;
        }
        return regular;
    }

    public boolean isWorkingDay(LocalDate date) {
        return hours(date) != null;
    }

    /** The instant {@code amount} of working time after {@code start}; time outside working hours does not count. */
    public Instant plusWorkingTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        Duration remaining = amount;
        Instant cursor = start;
        LocalDate date = start.atZone(zone).toLocalDate();
        for (int closed = 0; closed <= MAX_CLOSED_DAYS; date = date.plusDays(1)) {
            Hours hours = hours(date);
            if (hours == null) {
                closed++;
                continue;
            }
            closed = 0;
            Instant opens = at(date, hours.opens());
            Instant closes = at(date, hours.closes());
            if (!cursor.isBefore(closes)) {
                continue;
            }
            if (cursor.isBefore(opens)) {
                cursor = opens;
            }
            if (remaining.isZero()) {
                return cursor;
            }
            Duration left = Duration.between(cursor, closes);
            if (remaining.compareTo(left) <= 0) {
                return cursor.plus(remaining);
            }
            remaining = remaining.minus(left);
            cursor = closes;
        }
        throw new IllegalStateException("No working day in " + MAX_CLOSED_DAYS + " days after " + date);
    }

    /** {@code days} working days after {@code start}, a working day being {@link #workingDay()} long. */
    public Instant plusWorkingDays(Instant start, int days) {
        return plusWorkingTime(start, workingDay().multipliedBy(days));
    }

    /** The working time between two instants; negative when {@code to} is before {@code from}. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate date = from.atZone(zone).toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
            Hours hours = hours(date);
            if (hours == null) {
                continue;
            }
            Instant start = max(from, at(date, hours.opens()));
            Instant end = min(to, at(date, hours.closes()));
            if (start.isBefore(end)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    private Instant at(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
