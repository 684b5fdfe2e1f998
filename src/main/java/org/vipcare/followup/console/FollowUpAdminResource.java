package org.vipcare.followup.console;

import org.vipcare.complaint.console.ComplaintCategories;
import org.vipcare.console.ConsoleContext;
import org.vipcare.console.ConsolePaging;
import org.vipcare.console.FormErrors;
import org.vipcare.console.LocalizedValidator;
import org.vipcare.console.Managers;
import org.vipcare.customer.console.CustomerNames;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;
import org.vipcare.common.QueryParams;
import org.vipcare.followup.FollowUpAnswer;
import org.vipcare.followup.FollowUpAttemptCreate;
import org.vipcare.followup.FollowUpDetailDto;
import org.vipcare.followup.FollowUpDto;
import org.vipcare.followup.FollowUpPurpose;
import org.vipcare.followup.FollowUpService;
import org.vipcare.followup.FollowUpStatus;
import org.vipcare.security.Role;
import org.vipcare.security.UserService;

/**
 * The follow-up pages of the console: the call queue (most urgent first; an agent sees its own, supervisors all)
 * and one task with its calls and the form to record the next one. Rules are {@link FollowUpService}'s.
 */
@Path("/admin/follow-ups")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
public class FollowUpAdminResource {

    static final int PAGE_SIZE = 20;

    /** The queue's filters as sent; status defaults to OPEN, {@code ALL} lifts it. */
    public record Query(String status, String purpose) {

        public String statusOrDefault() {
            return status == null || status.isBlank() ? FollowUpStatus.OPEN.name() : status;
        }

        public String pageBase() {
            return "/admin/follow-ups?status=" + statusOrDefault() + "&"
                    + (purpose == null || purpose.isBlank() ? "" : "purpose=" + purpose + "&");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(Page<FollowUpDto> followUps, Query query, CustomerNames customers,
                Managers managers);

        static native TemplateInstance detail(FollowUpDetailDto followUp, String customerName, Managers managers,
                FollowUpAttemptForm form, FormErrors errors, String refusal, String notice, UUID openedComplaint,
                ComplaintCategories categories);
    }

    private final FollowUpService followUps;
    private final UserService users;
    private final LocalizedValidator validator;
    private final ConsoleContext console;

    public FollowUpAdminResource(FollowUpService followUps, UserService users, LocalizedValidator validator,
            ConsoleContext console) {
        this.followUps = followUps;
        this.users = users;
        this.validator = validator;
        this.console = console;
    }

    @GET
    public TemplateInstance queue(@RestQuery String status, @RestQuery String purpose, @RestQuery String page) {
        Query query = new Query(status, purpose);
        FollowUpStatus statusFilter = "ALL".equals(query.statusOrDefault()) ? null
                : QueryParams.enumValue("status", FollowUpStatus.class, query.statusOrDefault());
        Page<FollowUpDto> found = followUps.queue(null, statusFilter,
                QueryParams.enumValue("purpose", FollowUpPurpose.class, purpose), null, null, null,
                PageRequest.of(ConsolePaging.pageNumber(page), PAGE_SIZE, null));
        return Templates.queue(found, query, CustomerNames.of(found.items().stream().map(FollowUpDto::customerId)
                .toList()), Managers.load(users));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@RestPath UUID id, @RestQuery String notice, @RestQuery String complaint) {
        return page(id, new FollowUpAttemptForm(), new FormErrors(FollowUpAttemptForm.FIELDS), null, notice,
                QueryParams.uuid("complaint", complaint));
    }

    /**
     * Records one call; REACHED ends the task, other outcomes reschedule it (the service's retry rules). A problem
     * raised can open a complaint in the same transaction; the page then links it.
     */
    @POST
    @Path("/{id}/attempts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response attempt(@RestPath UUID id, @BeanParam FollowUpAttemptForm form) {
        FormErrors errors = new FormErrors(FollowUpAttemptForm.FIELDS);
        FollowUpAttemptCreate input = form.toInput(console.zone(), errors, console.messages());
        validator.validate(input, console.locale()).forEach(errors::addUnlessNoted);
        String refusal = null;
        Response.Status status = Response.Status.BAD_REQUEST;
        if (errors.isEmpty()) {
            try {
                UUID complaint = followUps.attempt(id, input).attempt().complaintId();
                return Response.seeOther(URI.create("/admin/follow-ups/" + id + (complaint == null ? "?notice=recorded"
                        : "?notice=complaint&complaint=" + complaint))).build();
            } catch (ProblemException refused) {
                if (refused.type == ProblemType.CONFLICT) {
                    refusal = refused.getMessage();
                    status = Response.Status.CONFLICT;
                } else if (!errors.addProblem(refused)) {
                    throw refused;
                }
            }
        }
        return Response.status(status).entity(page(id, form, errors, refusal, null, null)).build();
    }

    /** Records what the customer was told about an opinion raised in a call; an empty answer is refused inline. */
    @POST
    @Path("/{id}/attempts/{attemptId}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@RestPath UUID id, @RestPath UUID attemptId, @RestForm String answer) {
        FollowUpAnswer input = new FollowUpAnswer(answer);
        FormErrors errors = new FormErrors(FollowUpAttemptForm.FIELDS);
        validator.validate(input, console.locale())
                .forEach(v -> errors.add("", console.messages().required_value()));
        String refusal = null;
        if (errors.isEmpty()) {
            try {
                followUps.answer(id, attemptId, input);
                return Response.seeOther(URI.create("/admin/follow-ups/" + id + "?notice=answered")).build();
            } catch (ProblemException refused) {
                if (refused.type != ProblemType.CONFLICT && !errors.addProblem(refused)) {
                    throw refused;
                }
                refusal = refused.type == ProblemType.CONFLICT ? refused.getMessage() : null;
            }
        }
        return Response.status(refusal == null ? Response.Status.BAD_REQUEST : Response.Status.CONFLICT)
                .entity(page(id, new FollowUpAttemptForm(), errors, refusal, null, null)).build();
    }

    private TemplateInstance page(UUID id, FollowUpAttemptForm form, FormErrors errors, String refusal,
            String notice, UUID openedComplaint) {
        FollowUpDetailDto task = followUps.detail(id);
        return Templates.detail(task, CustomerNames.of(List.of(task.customerId())).of(task.customerId()),
                Managers.load(users), form, errors, refusal, notice, openedComplaint,
                ComplaintCategories.load(console.languageTag()));
    }
}
