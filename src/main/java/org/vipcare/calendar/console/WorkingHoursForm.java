package org.vipcare.calendar.console;

import org.vipcare.console.ConsoleContext;
import org.vipcare.console.FormErrors;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.RestForm;
import org.vipcare.calendar.CalendarDto;
import org.vipcare.calendar.WorkingHoursDto;
import org.vipcare.common.Problem;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;

/**
 * The week's working hours as typed: one row per weekday, Monday first, with a tick for open and two times. The
 * inputs repeat their names ({@code from}, {@code to}) once per weekday, in that order; {@code open} lists the ticked
 * weekdays. Field names in messages are {@code MONDAY.from} and the like.
 */
public class WorkingHoursForm {

    static final Set<String> FIELDS = Arrays.stream(DayOfWeek.values())
            .flatMap(day -> Stream.of(day + ".from", day + ".to")).collect(Collectors.toUnmodifiableSet());
    private static final Pattern API_FIELD = Pattern.compile("days\\[(\\d+)]\\.(\\w+)");

    @RestForm public List<String> open = new ArrayList<>();
    @RestForm public List<String> from = new ArrayList<>();
    @RestForm public List<String> to = new ArrayList<>();
    /** The working hours' version the user started from; sent to the service as If-Match. */
    @RestForm public String version;

    /** One weekday's row as the page shows it. */
    public record Row(DayOfWeek day, boolean open, String from, String to) {

        public String fromField() {
            return day + ".from";
        }

        public String toField() {
            return day + ".to";
        }
    }

    static WorkingHoursForm of(CalendarDto calendar) {
        WorkingHoursForm form = new WorkingHoursForm();
        for (DayOfWeek day : DayOfWeek.values()) {
            WorkingHoursDto.Day hours = calendar.workingHours().stream().filter(h -> h.day() == day).findFirst()
                    .orElse(null);
            if (hours != null) {
                form.open.add(day.name());
            }
            form.from.add(hours == null ? "" : hours.from().toString());
            form.to.add(hours == null ? "" : hours.to().toString());
        }
        form.version = Long.toString(calendar.workingHoursVersion());
        return form;
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            rows.add(new Row(day, open.contains(day.name()), at(from, day), at(to, day)));
        }
        return rows;
    }

    /** The open weekdays in order; unreadable times are noted and left out. */
    WorkingHoursDto toDto(FormErrors errors, CalendarMessages messages) {
        List<WorkingHoursDto.Day> days = new ArrayList<>();
        for (Row row : rows()) {
            if (!row.open()) {
                continue;
            }
            LocalTime opens = time(row.day() + ".from", row.from(), errors, messages);
            LocalTime closes = time(row.day() + ".to", row.to(), errors, messages);
            if (opens != null && closes != null) {
                days.add(new WorkingHoursDto.Day(row.day(), opens, closes));
            }
        }
        return new WorkingHoursDto(days);
    }

    /**
     * Takes over the field messages of the service's refusal, naming the weekday rows instead of the API's list
     * positions ({@code days[1].to} is the second open weekday's {@code to}); false for any other problem.
     */
    boolean addProblem(ProblemException problem, WorkingHoursDto sent, FormErrors errors, ConsoleContext console) {
        if (problem.type != ProblemType.VALIDATION) {
            return false;
        }
        for (Problem.Violation violation : problem.violations) {
            Matcher field = API_FIELD.matcher(violation.field());
            if (field.matches() && Integer.parseInt(field.group(1)) < sent.days().size()) {
                DayOfWeek day = sent.days().get(Integer.parseInt(field.group(1))).day();
                errors.add(day + "." + field.group(2), violation, console);
            } else {
                errors.add(violation.field(), violation, console);
            }
        }
        return true;
    }

    String ifMatch() {
        return "\"" + (version == null ? "" : version.trim()) + "\"";
    }

    private static String at(List<String> values, DayOfWeek day) {
        int i = day.getValue() - 1;
        return i < values.size() ? values.get(i).trim() : "";
    }

    private static LocalTime time(String field, String text, FormErrors errors, CalendarMessages messages) {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(field, messages.not_a_time());
            return null;
        }
    }
}
