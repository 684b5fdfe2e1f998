package org.vipcare.calendar;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(examples = CalendarExamples.DAY)
public record CalendarDayDto(LocalDate date, CalendarDayKind kind, String name, Instant updatedAt, String updatedBy,
        long version) {

    public static CalendarDayDto from(CalendarDay d) {
        return new CalendarDayDto(d.day, d.kind, d.name, d.updatedAt, d.updatedBy, d.version);
    }
}
