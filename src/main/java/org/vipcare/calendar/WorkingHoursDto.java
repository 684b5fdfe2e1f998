package org.vipcare.calendar;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The week's working hours, in the service's zone; a weekday not listed is closed. Read by {@code GET
 * /api/v1/calendar}, sent back whole by {@code PUT /api/v1/calendar/working-hours}.
 */
@RegisterForReflection
@Schema(name = "WorkingHours")
public record WorkingHoursDto(@NotNull @Size(min = 1, max = 7) List<@Valid @NotNull Day> days) {

    @RegisterForReflection
    @Schema(name = "WorkingDay")
    public record Day(
            @NotNull DayOfWeek day,
            @NotNull @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, example = "09:00")
            LocalTime from,
            @NotNull @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, example = "18:00")
            LocalTime to) {
    }
}
