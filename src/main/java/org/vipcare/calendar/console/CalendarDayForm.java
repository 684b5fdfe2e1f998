package org.vipcare.calendar.console;

import org.vipcare.console.FormErrors;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.vipcare.calendar.CalendarDayKind;
import org.vipcare.calendar.CalendarDayUpdate;

/** A holiday or make-up day as typed; field names are the API's ({@code kind}, {@code name}) plus {@code date}. */
public class CalendarDayForm {

    static final Set<String> FIELDS = Set.of("date", "kind", "name");

    @RestForm public String date;
    @RestForm public String kind;
    @RestForm public String name;

    LocalDate dateOrNote(FormErrors errors, CalendarMessages messages) {
        try {
            return LocalDate.parse(date == null ? "" : date.trim());
        } catch (DateTimeParseException e) {
            errors.add("date", messages.not_a_date());
            return null;
        }
    }

    CalendarDayUpdate toUpdate(FormErrors errors, CalendarMessages messages) {
        CalendarDayKind parsed = null;
        try {
            parsed = CalendarDayKind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            errors.add("kind", messages.choose_kind());
        }
        return new CalendarDayUpdate(parsed, name);
    }
}
