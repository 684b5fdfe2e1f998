package org.vipcare.calendar;

/** How a calendar day differs from its weekday: a public holiday (closed) or a make-up working day (调休, open). */
public enum CalendarDayKind {
    HOLIDAY, WORKDAY
}
