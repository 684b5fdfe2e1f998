package org.vipcare.calendar.console;

import org.vipcare.console.FormErrors;
import java.time.DayOfWeek;
import java.util.List;
import org.vipcare.calendar.CalendarDayDto;
import org.vipcare.calendar.CalendarDayKind;
import org.vipcare.common.VipCareConfig;

/**
 * Everything the calendar page shows: the zone and what the SLA clocks count, the week's hours with their form, one
 * year's holidays and make-up days, and the form to declare a day. A refused form comes back as typed, with its
 * messages; the other form shows what is stored.
 */
public record CalendarPage(String zone, VipCareConfig.SlaTime contactClock, VipCareConfig.SlaTime feedbackClock,
        WorkingHoursForm hours, FormErrors hoursErrors, boolean hoursStale, int year, List<CalendarDayDto> days,
        CalendarDayForm dayForm, FormErrors dayErrors, boolean mayEdit, String notice) {

    public DayOfWeek weekday(CalendarDayDto day) {
        return day.date().getDayOfWeek();
    }

    public List<CalendarDayKind> kinds() {
        return List.of(CalendarDayKind.values());
    }

    public boolean isKind(CalendarDayKind kind) {
        return kind.name().equals(dayForm.kind);
    }

    public int previousYear() {
        return year - 1;
    }

    public int nextYear() {
        return year + 1;
    }
}
