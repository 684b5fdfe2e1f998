package org.vipcare.calendar.console;

import org.vipcare.console.ConsoleContext;
import org.vipcare.console.FormErrors;
import org.vipcare.console.LocalizedValidator;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.vipcare.calendar.BusinessCalendars;
import org.vipcare.calendar.CalendarDayUpdate;
import org.vipcare.calendar.CalendarDto;
import org.vipcare.calendar.WorkingHoursDto;
import org.vipcare.common.BusinessTime;
import org.vipcare.common.ProblemException;
import org.vipcare.common.QueryParams;
import org.vipcare.common.VipCareConfig;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.Role;

/**
 * The business calendar page: everyone reads it; supervisors and admins change the working hours and declare
 * holidays and make-up days. The rules are {@link BusinessCalendars}'; this class turns forms into its calls.
 */
@Path("/admin/calendar")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
public class CalendarAdminResource {

    private static final String PAGE = "/admin/calendar";
    private static final int MIN_YEAR = 2000;
    private static final int MAX_YEAR = 2100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calendar(CalendarPage page);
    }

    private final BusinessCalendars calendars;
    private final CurrentUser caller;
    private final LocalizedValidator validator;
    private final ConsoleContext console;
    private final VipCareConfig config;
    private final BusinessTime time;

    public CalendarAdminResource(BusinessCalendars calendars, CurrentUser caller, LocalizedValidator validator,
            ConsoleContext console, VipCareConfig config, BusinessTime time) {
        this.calendars = calendars;
        this.caller = caller;
        this.validator = validator;
        this.console = console;
        this.config = config;
        this.time = time;
    }

    @GET
    public TemplateInstance calendar(@RestQuery String year, @RestQuery String notice) {
        return Templates.calendar(page(year(year), null, null, null, null, false, notice));
    }

    /** Replaces the week's hours, only if nobody saved others since the form was loaded. */
    @POST
    @Path("/working-hours")
    @RolesAllowed({ Role.SUPERVISOR_, Role.ADMIN_ })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveHours(@BeanParam WorkingHoursForm form) {
        FormErrors errors = new FormErrors(WorkingHoursForm.FIELDS);
        WorkingHoursDto hours = form.toDto(errors, messages());
        validator.validate(hours, console.locale()).forEach(errors::addUnlessNoted);
        boolean stale = false;
        if (errors.isEmpty()) {
            try {
                calendars.replaceWorkingHours(hours, form.ifMatch(), caller.username());
                return backToPage(null, "hours-saved");
            } catch (ProblemException refused) {
                stale = refused.isVersionMismatch();
                if (!stale && !form.addProblem(refused, hours, errors, console)) {
                    throw refused;
                }
            }
        }
        return Response.status(stale ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST)
                .entity(Templates.calendar(page(thisYear(), form, errors, null, null, stale, null))).build();
    }

    /** Declares a holiday or make-up day; a date already listed is changed (the form says so). */
    @POST
    @Path("/days")
    @RolesAllowed({ Role.SUPERVISOR_, Role.ADMIN_ })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveDay(@BeanParam CalendarDayForm form) {
        FormErrors errors = new FormErrors(CalendarDayForm.FIELDS);
        LocalDate date = form.dateOrNote(errors, messages());
        CalendarDayUpdate update = form.toUpdate(errors, messages());
        validator.validate(update, console.locale()).forEach(errors::addUnlessNoted);
        if (errors.isEmpty()) {
            try {
                calendars.putDay(date, update, "*", caller.username());
                return backToPage(date.getYear(), "day-saved");
            } catch (ProblemException refused) {
                if (!errors.addProblem(refused, console)) {
                    throw refused;
                }
            }
        }
        int year = date == null ? thisYear() : date.getYear();
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Templates.calendar(page(year, null, null, form, errors, false, null))).build();
    }

    @POST
    @Path("/days/{date}/delete")
    @RolesAllowed({ Role.SUPERVISOR_, Role.ADMIN_ })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeDay(@RestPath String date) {
        LocalDate day = QueryParams.requiredDate("date", date);
        calendars.deleteDay(day, null);
        return backToPage(day.getYear(), "day-removed");
    }

    // The form addresses answer a GET (the language switch on a re-rendered form) by going back to the page.

    @GET
    @Path("/working-hours")
    public Response hoursFormAddress() {
        return backToPage(null, null);
    }

    @GET
    @Path("/days")
    public Response dayFormAddress() {
        return backToPage(null, null);
    }

    private CalendarPage page(int year, WorkingHoursForm hoursForm, FormErrors hoursErrors, CalendarDayForm dayForm,
            FormErrors dayErrors, boolean stale, String notice) {
        CalendarDto calendar = calendars.read(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        VipCareConfig.Complaints sla = config.complaints();
        if (stale) {
            // the stored hours, with the version that is current now: the user reloads and starts over
            hoursForm = null;
        }
        return new CalendarPage(calendar.zone().getId(), sla.contactSlaTime().orElse(sla.slaTime()),
                sla.feedbackSlaTime().orElse(sla.slaTime()),
                hoursForm == null ? WorkingHoursForm.of(calendar) : hoursForm,
                hoursErrors == null ? new FormErrors(WorkingHoursForm.FIELDS) : hoursErrors, stale, year,
                        calendar.days(),
                dayForm == null ? new CalendarDayForm() : dayForm,
                dayErrors == null ? new FormErrors(CalendarDayForm.FIELDS) : dayErrors, caller.seesEverything(),
                notice);
    }

    private CalendarMessages messages() {
        return MessageBundles.get(CalendarMessages.class, Localized.Literal.of(console.languageTag()));
    }

    private int year(String text) {
        if (text == null || text.isBlank()) {
            return thisYear();
        }
        try {
            int year = Integer.parseInt(text.trim());
            if (year >= MIN_YEAR && year <= MAX_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid("year", "calendar.year.out-of-range",
                "must be a year from " + MIN_YEAR + " to " + MAX_YEAR);
    }

    private int thisYear() {
        return time.today().getYear();
    }


    private static Response backToPage(Integer year, String notice) {
        StringBuilder to = new StringBuilder(PAGE);
        if (year != null || notice != null) {
            to.append('?');
            if (year != null) {
                to.append("year=").append(year).append(notice == null ? "" : "&");
            }
            if (notice != null) {
                to.append("notice=").append(notice);
            }
        }
        return Response.seeOther(URI.create(to.toString())).build();
    }
}
