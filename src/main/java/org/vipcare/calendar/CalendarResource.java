package org.vipcare.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vipcare.common.ETags;
import org.vipcare.common.QueryParams;
import org.vipcare.common.SharedHeaders;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.Role;

@Path("/api/v1/calendar")
@Tag(name = "Calendar", description = "Working hours, public holidays and make-up working days.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
public class CalendarResource {

    private final BusinessCalendars calendars;
    private final CurrentUser caller;

    public CalendarResource(BusinessCalendars calendars, CurrentUser caller) {
        this.calendars = calendars;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getCalendar", summary = "Working hours, public holidays and make-up working days",
            description = "Hours are local times in the service's zone; a weekday not listed is closed. days lists "
                    + "the HOLIDAY and WORKDAY (调休) dates from from to to, both inclusive (all when omitted), "
                    + "in date order. ETag is the working hours' version. Used by SLA clocks counting working "
                    + "time and by the answer-due time of opinions raised in follow-up calls.")
    @APIResponse(responseCode = "200", description = "The calendar; ETag is the working hours' version",
            content = @Content(schema = @Schema(implementation = CalendarDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    public Response read(@Parameter(description = "Inclusive", schema = @Schema(type = SchemaType.STRING,
            format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Inclusive", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to) {
        CalendarDto calendar = calendars.read(QueryParams.date("from", from), QueryParams.date("to", to));
        return Response.ok(calendar).tag(ETags.of(calendar.workingHoursVersion())).build();
    }

    @PUT
    @Path("/working-hours")
    @RolesAllowed({ Role.SUPERVISOR_, Role.ADMIN_ })
    @Operation(operationId = "replaceWorkingHours", summary = "Replace the week's working hours",
            description = "Needs If-Match with the ETag of GET /api/v1/calendar. One range per weekday; weekdays "
                    + "not listed are closed. A make-up working day works the hours of the first open weekday "
                    + "from Monday on. Due times already stored do not move.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Monday to Friday", value = """
            {"days":[{"day":"MONDAY","from":"09:00","to":"18:00"},{"day":"TUESDAY","from":"09:00","to":"18:00"},
             {"day":"WEDNESDAY","from":"09:00","to":"18:00"},{"day":"THURSDAY","from":"09:00","to":"18:00"},
             {"day":"FRIDAY","from":"09:00","to":"18:00"}]}""")))
    @APIResponse(responseCode = "200", description = "Replaced; ETag is the new version",
            content = @Content(schema = @Schema(implementation = CalendarDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response replaceWorkingHours(@Valid @NotNull WorkingHoursDto input,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        CalendarDto calendar = calendars.replaceWorkingHours(input, ifMatch, caller.username());
        return Response.ok(calendar).tag(ETags.of(calendar.workingHoursVersion())).build();
    }

    @PUT
    @Path("/days/{date}")
    @RolesAllowed({ Role.SUPERVISOR_, Role.ADMIN_ })
    @Operation(operationId = "saveCalendarDay", summary = "Declare a public holiday or a make-up working day (调休)",
            description = "Creates the day (201) or changes it (200, needs If-Match with the day's ETag). HOLIDAY "
                    + "closes the date whatever its weekday; WORKDAY opens it with the standard hours. Due times "
                    + "already stored do not move.")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "holiday", value = "{\"kind\":\"HOLIDAY\",\"name\":\"春节 Spring Festival\"}"),
            @ExampleObject(name = "make-up day", value = "{\"kind\":\"WORKDAY\",\"name\":\"春节调休上班\"}") }))
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = CalendarDayDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = CalendarDayDto.class)),
            headers = { @Header(name = "Location", ref = SharedHeaders.LOCATION),
                    @Header(name = "ETag", ref = SharedHeaders.ETAG) })
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "The day exists and If-Match is missing")
    public Response putDay(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @PathParam("date")
            String date,
            @Valid @NotNull CalendarDayUpdate input, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        BusinessCalendars.Saved<CalendarDay> saved = calendars.putDay(QueryParams.requiredDate("date", date), input,
                ifMatch, caller.username());
        Response.ResponseBuilder response = saved.created()
                ? Response.created(UriBuilder.fromPath("/api/v1/calendar/days").path(saved.value().day.toString())
                        .build())
                : Response.ok();
        return response.tag(ETags.of(saved.value().version)).entity(CalendarDayDto.from(saved.value())).build();
    }

    @DELETE
    @Path("/days/{date}")
    @RolesAllowed({ Role.SUPERVISOR_, Role.ADMIN_ })
    @Operation(operationId = "deleteCalendarDay", summary = "Remove a holiday or make-up day",
            description = "The date follows its weekday's hours again. If-Match is optional; when sent it must "
                    + "be current.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such day")
    public Response deleteDay(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @PathParam("date")
            String date,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        calendars.deleteDay(QueryParams.requiredDate("date", date), ifMatch);
        return Response.noContent().build();
    }
}
