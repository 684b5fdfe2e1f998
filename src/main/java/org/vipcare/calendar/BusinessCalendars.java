package org.vipcare.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vipcare.common.BusinessTime;
import org.vipcare.common.ETags;
import org.vipcare.common.Problem;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;

/**
 * The business calendar as data: reads it, loads {@link BusinessCalendar} snapshots for the SLA and follow-up
 * rules, and changes it (working hours as a whole with If-Match; holidays and make-up days one by one). No cache:
 * the calendar is a few dozen rows and every replica must see a change at once.
 */
@ApplicationScoped
@Transactional
public class BusinessCalendars {

    private final EntityManager em;
    private final Clock clock;
    private final BusinessTime time;

    public BusinessCalendars(EntityManager em, Clock clock, BusinessTime time) {
        this.em = em;
        this.clock = clock;
        this.time = time;
    }

    /** The calendar as it stands now, for working-time maths. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BusinessCalendar current() {
        Map<DayOfWeek, BusinessCalendar.Hours> week = new EnumMap<>(DayOfWeek.class);
        for (WorkingHours hours : WorkingHours.week()) {
            if (hours.isOpen()) {
                week.put(hours.day(), new BusinessCalendar.Hours(hours.opensAt, hours.closesAt));
            }
        }
        Map<LocalDate, CalendarDayKind> days = new HashMap<>();
        for (CalendarDay day : CalendarDay.<CalendarDay>listAll()) {
            days.put(day.day, day.kind);
        }
        return new BusinessCalendar(time.zone(), week, days);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CalendarDto read(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("to", "common.to-before-from", "must not be before from");
        }
        List<WorkingHours> week = WorkingHours.week();
        return new CalendarDto(time.zone(), revision(week), hours(week),
                CalendarDay.between(from, to).stream().map(CalendarDayDto::from).toList());
    }

    /** Replaces the week's hours; days not listed are closed. */
    public CalendarDto replaceWorkingHours(WorkingHoursDto input, String ifMatch, String actor) {
        List<WorkingHours> week = WorkingHours.weekForUpdate();
        ETags.requireMatch(ifMatch, revision(week), "working hours");
        Problem.Violations violations = new Problem.Violations();
        Map<DayOfWeek, WorkingHoursDto.Day> byDay = new EnumMap<>(DayOfWeek.class);
        for (int i = 0; i < input.days().size(); i++) {
            WorkingHoursDto.Day day = input.days().get(i);
            if (byDay.put(day.day(), day) != null) {
                violations.add("days[" + i + "].day", "calendar.day.listed-twice", "is listed twice");
            }
            if (!day.from().isBefore(day.to())) {
                violations.add("days[" + i + "].to", "common.to-not-after-from", "must be after from");
            }
        }
        violations.throwIfAny();
        Instant now = clock.instant();
        long next = revision(week) + 1;
        for (WorkingHours row : week) {
            WorkingHoursDto.Day day = byDay.get(row.day());
            row.opensAt = day == null ? null : day.from();
            row.closesAt = day == null ? null : day.to();
            row.revision = next;
            row.updatedAt = now;
            row.updatedBy = actor;
        }
        em.flush();
        return new CalendarDto(time.zone(), next, hours(week), List.of());
    }

    /** Creates or changes one day; a change needs If-Match with the day's version, a new day none. */
    public Saved<CalendarDay> putDay(LocalDate date, CalendarDayUpdate input, String ifMatch, String actor) {
        Instant now = clock.instant();
        CalendarDay day = CalendarDay.findForUpdate(date).orElse(null);
        boolean created = day == null;
        if (created) {
            day = new CalendarDay();
            day.day = date;
            day.createdAt = now;
        } else {
            ETags.requireMatch(ifMatch, day.version, "calendar day " + date);
        }
        day.kind = input.kind();
        day.name = input.name().trim();
        day.updatedAt = now;
        day.updatedBy = actor;
        if (created) {
            day.persist();
        }
        em.flush();
        return new Saved<>(day, created);
    }

    /** Removes a holiday or make-up day; the date then follows its weekday's hours again. */
    public void deleteDay(LocalDate date, String ifMatch) {
        CalendarDay day = CalendarDay.findForUpdate(date)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "calendar.day.not-found",
                        "No calendar day on " + date + "."));
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, day.version, "calendar day " + date);
        }
        day.delete();
    }

    public record Saved<T>(T value, boolean created) {
    }

    private static long revision(List<WorkingHours> week) {
        return week.stream().mapToLong(h -> h.revision).max().orElse(0);
    }

    private static List<WorkingHoursDto.Day> hours(List<WorkingHours> week) {
        return week.stream().filter(WorkingHours::isOpen)
                .map(h -> new WorkingHoursDto.Day(h.day(), h.opensAt, h.closesAt)).toList();
    }
}
