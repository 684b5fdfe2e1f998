package org.vipcare.calendar.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.DayOfWeek;
import org.vipcare.calendar.CalendarDayKind;
import org.vipcare.common.VipCareConfig;

/**
 * The texts of the business calendar page ({@code {calendar:key}},
 * {@code messages/calendar*.properties}); keys as in {@link org.vipcare.console.ConsoleMessages}.
 */
@MessageBundle(value = "calendar", locale = "en")
public interface CalendarMessages {

    @Message String calendar_title();
    @Message String calendar_intro();
    @Message String calendar_zone(String zone);
    @Message String calendar_sla_time();
    @Message String calendar_contact_clock();
    @Message String calendar_feedback_clock();
    @Message String sla_time(VipCareConfig.SlaTime time);
    @Message String calendar_sla_time_hint();
    @Message String weekday(DayOfWeek day);
    @Message String day_kind(CalendarDayKind kind);
    @Message String section_hours();
    @Message String hours_hint();
    @Message String hours_version(String version);
    @Message String hours_open();
    @Message String hours_from();
    @Message String hours_to();
    @Message String hours_closed();
    @Message String save_hours();
    @Message String section_days(int year);
    @Message String days_hint();
    @Message String days_empty();
    @Message String day_date();
    @Message String day_weekday();
    @Message String day_kind_column();
    @Message String day_name();
    @Message String day_updated();
    @Message String day_remove();
    @Message String day_remove_confirm(java.time.LocalDate date);
    @Message String section_declare();
    @Message String declare_hint();
    @Message String save_day();
    @Message String year_previous();
    @Message String year_next();
    @Message String notice_hours_saved();
    @Message String notice_day_saved();
    @Message String notice_day_removed();
    @Message String hours_stale();
    @Message String not_a_time();
    @Message String not_a_date();
    @Message String choose_kind();

    // ---- problems: the texts of ProblemException codes, worded by ProblemTexts (both languages)
    @Message String problem_calendar_day_listed_twice();
    @Message String problem_calendar_day_not_found();
    @Message String problem_calendar_year_out_of_range();
}
