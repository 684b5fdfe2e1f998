package org.vipcare.calendar;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT /api/v1/calendar/days/{date}}. */
@RegisterForReflection
@Schema(name = "CalendarDayUpdate")
public record CalendarDayUpdate(
        @NotNull @Schema(description = "HOLIDAY: closed; WORKDAY: a make-up working day (调休) with the standard hours")
        CalendarDayKind kind,
        @NotBlank @Size(max = 100) String name) {
}
