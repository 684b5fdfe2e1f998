package org.vipcare.calendar;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The business calendar: zone, working hours (version = their ETag) and the holidays and make-up days asked for. */
@RegisterForReflection
@Schema(examples = CalendarExamples.CALENDAR)
public record CalendarDto(
        @Schema(type = SchemaType.STRING, example = "Asia/Shanghai") ZoneId zone,
        long workingHoursVersion,
        List<WorkingHoursDto.Day> workingHours,
        List<CalendarDayDto> days) {
}
