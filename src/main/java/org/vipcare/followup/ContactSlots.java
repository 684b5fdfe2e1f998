package org.vipcare.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.vipcare.calendar.BusinessCalendar;

/**
 * When a customer may be called (SPEC 8, "When calls fall due"): inside the customer's preferred contact window
 * (09:00–18:00 in the business zone when none is named) on a working day of the business calendar. Pure: the
 * calendar and the window are given.
 *
 * <p>A window whose end is not after its start runs over midnight (22:00–02:00): it belongs to the working day it
 * starts on.
 */
public final class ContactSlots {

    public static final LocalTime DEFAULT_FROM = LocalTime.of(9, 0);
    public static final LocalTime DEFAULT_TO = LocalTime.of(18, 0);

    /** How far ahead a slot is searched before the calendar is declared broken (no working day in a year). */
    private static final int MAX_DAYS = 366;

    private final BusinessCalendar calendar;

    public ContactSlots(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    public ZoneId zone() {
        return calendar.zone();
    }

    /**
     * The first instant at or after {@code at} inside the window ({@code from}–{@code to}, either null for the
     * default window) on a working day: {@code at} itself when it is allowed, else the start of the next slot.
     */
    public Instant next(Instant at, LocalTime from, LocalTime to) {
        LocalTime opens = from == null || to == null ? DEFAULT_FROM : from;
        LocalTime closes = from == null || to == null ? DEFAULT_TO : to;
        ZoneId zone = calendar.zone();
        // The day before too: its window may run past midnight into at's day.
        LocalDate day = at.atZone(zone).toLocalDate().minusDays(1);
        for (int i = 0; i <= MAX_DAYS; i++, day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            Instant start = day.atTime(opens).atZone(zone).toInstant();
            Instant end = (closes.isAfter(opens) ? day : day.plusDays(1)).atTime(closes).atZone(zone).toInstant();
            if (at.isBefore(end)) {
                return at.isBefore(start) ? start : at;
            }
        }
        throw new IllegalStateException("No working day in " + MAX_DAYS + " days after " + at);
    }

    /** Whether {@code at} lies inside an allowed slot of the window. */
    public boolean allows(Instant at, LocalTime from, LocalTime to) {
        return next(at, from, to).equals(at);
    }
}
