package org.vipcare.followup.console;

import org.vipcare.complaint.console.ComplaintCategories;
import org.vipcare.console.ConsoleContext;
import org.vipcare.console.ConsolePaging;
import org.vipcare.console.FormErrors;
import org.vipcare.console.LocalizedValidator;
import org.vipcare.console.Managers;
import org.vipcare.console.lists.ListSort;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.vipcare.followup.FollowUpCreate;
import org.vipcare.followup.FollowUpDetailDto;
import org.vipcare.followup.FollowUpDto;
import org.vipcare.followup.FollowUpPurpose;
import org.vipcare.followup.FollowUpService;
import org.vipcare.followup.FollowUpStatus;
import org.vipcare.followup.FollowUpUpdate;
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

    /**
     * The queue's filters and order as sent; status defaults to OPEN, {@code ALL} lifts it. {@code customerId} narrows
     * it to one customer's calls ("Log a call" on the customer page and the caller lookup).
     */
    public record Query(String status, String purpose, UUID customerId, ListSort sort) {

        /** The columns the queue sorts by, as the API's sort fields; without one it is most urgent first. */
        static final List<String> SORTS = List.of("dueAt", "failedTries");

        static Query of(String status, String purpose, UUID customerId, String sort) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("status", status == null || status.isBlank() ? FollowUpStatus.OPEN.name() : status);
            params.put("purpose", purpose);
            params.put("customerId", customerId == null ? null : customerId.toString());
            return new Query(status, purpose, customerId,
                    ListSort.parse(sort, SORTS, ListSort.link("/admin/follow-ups", params)));
        }

        public String statusOrDefault() {
            return status == null || status.isBlank() ? FollowUpStatus.OPEN.name() : status;
        }

        public String pageBase() {
            return sort.pageBase();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(Page<FollowUpDto> followUps, Query query, CustomerNames customers,
                Managers managers, FollowUpCreateForm create, FormErrors createErrors);

        static native TemplateInstance detail(FollowUpDetailDto followUp, String customerName, Managers managers,
                FollowUpAttemptForm form, FormErrors errors, ProblemException refusal, String notice,
                UUID openedComplaint, ComplaintCategories categories, FollowUpSteerForm steer,
                Map<UUID, String> people);
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
    public TemplateInstance queue(@RestQuery String status, @RestQuery String purpose, @RestQuery String customerId,
            @RestQuery String sort, @RestQuery String page) {
        Query query = Query.of(status, purpose, QueryParams.uuid("customerId", customerId), sort);
        FollowUpStatus statusFilter = "ALL".equals(query.statusOrDefault()) ? null
                : QueryParams.enumValue("status", FollowUpStatus.class, query.statusOrDefault());
        Page<FollowUpDto> found = followUps.queue(null, statusFilter,
                QueryParams.enumValue("purpose", FollowUpPurpose.class, purpose), null, query.customerId(), null,
                PageRequest.of(ConsolePaging.pageNumber(page), PAGE_SIZE, query.sort().apiSort()));
        List<UUID> named = new java.util.ArrayList<>(found.items().stream().map(FollowUpDto::customerId).toList());
        if (query.customerId() != null) {
            named.add(query.customerId());
        }
        return Templates.queue(found, query, CustomerNames.of(named), Managers.load(users),
                new FollowUpCreateForm(), new FormErrors(FollowUpCreateForm.FIELDS));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@RestPath UUID id, @RestQuery String notice, @RestQuery String complaint) {
        return page(id, new FollowUpAttemptForm(), new FormErrors(FollowUpAttemptForm.FIELDS), null, notice,
                QueryParams.uuid("complaint", complaint));
    }

    /**
     * The complaint page's link to its verification call (跟踪核实): the newest one the caller works, else back to the
     * complaint with a note that there is none yet.
     */
    @GET
    @Path("/verification/{complaintId}")
    public Response verification(@RestPath UUID complaintId) {
        return followUps.queue(null, null, FollowUpPurpose.AFTER_COMPLAINT, null, null, complaintId,
                PageRequest.of(0, 1, "createdAt,desc")).items().stream().findFirst()
                .map(call -> Response.seeOther(URI.create("/admin/follow-ups/" + call.id())))
                .orElseGet(() -> Response.seeOther(URI.create("/admin/complaints/" + complaintId
                        + "?notice=no-verification-call")))
                .build();
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
        ProblemException refusal = null;
        Response.Status status = Response.Status.BAD_REQUEST;
        if (errors.isEmpty()) {
            try {
                UUID complaint = followUps.attempt(id, input).attempt().complaintId();
                return Response.seeOther(URI.create("/admin/follow-ups/" + id + (complaint == null ? "?notice=recorded"
                        : "?notice=complaint&complaint=" + complaint))).build();
            } catch (ProblemException refused) {
                if (refused.type == ProblemType.CONFLICT) {
                    refusal = refused;
                    status = Response.Status.CONFLICT;
                } else if (!errors.addProblem(refused, console)) {
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
        ProblemException refusal = null;
        if (errors.isEmpty()) {
            try {
                followUps.answer(id, attemptId, input);
                return Response.seeOther(URI.create("/admin/follow-ups/" + id + "?notice=answered")).build();
            } catch (ProblemException refused) {
                if (refused.type != ProblemType.CONFLICT && !errors.addProblem(refused, console)) {
                    throw refused;
                }
                refusal = refused.type == ProblemType.CONFLICT ? refused : null;
            }
        }
        return Response.status(refusal == null ? Response.Status.BAD_REQUEST : Response.Status.CONFLICT)
                .entity(page(id, new FollowUpAttemptForm(), errors, refusal, null, null)).build();
    }

    private TemplateInstance page(UUID id, FollowUpAttemptForm form, FormErrors errors, ProblemException refusal,
            String notice, UUID openedComplaint) {
        return page(id, form, errors, refusal, notice, openedComplaint, new FollowUpSteerForm());
    }

    private TemplateInstance page(UUID id, FollowUpAttemptForm form, FormErrors errors, ProblemException refusal,
            String notice, UUID openedComplaint, FollowUpSteerForm steer) {
        FollowUpDetailDto task = followUps.detail(id);
        List<UUID> people = new java.util.ArrayList<>();
        task.changes().forEach(c -> {
            people.add(c.byUserId());
            people.add(c.fromAssigneeId());
            people.add(c.toAssigneeId());
        });
        return Templates.detail(task, CustomerNames.of(List.of(task.customerId())).of(task.customerId()),
                Managers.load(users), form, errors, refusal, notice, openedComplaint,
                ComplaintCategories.load(console.languageTag()), steer, users.displayNames(people));
    }

    // steer: reschedule, reassign, cancel; a call made by hand

    /** A new due time, kept exactly as chosen (in the business zone), with an optional note on the change. */
    @POST
    @Path("/{id}/reschedule")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reschedule(@RestPath UUID id, @BeanParam FollowUpSteerForm form) {
        FormErrors errors = new FormErrors(FollowUpSteerForm.FIELDS);
        java.time.Instant due = org.vipcare.console.ConsoleTime.read("dueAt", form.dueAt, console.zone(), errors,
                console.messages().invalid_date_time());
        if (due == null && !errors.has("dueAt")) {
            errors.add("dueAt", console.messages().required_value());
        }
        return steer(id, form, "reschedule", errors,
                new FollowUpUpdate(due, org.vipcare.common.Text.trimToNull(form.note), null, null, null));
    }

    /** Supervisors and admins give the call to another agent or supervisor, who is notified. */
    @POST
    @Path("/{id}/reassign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Role.SUPERVISOR_, Role.ADMIN_ })
    public Response reassign(@RestPath UUID id, @BeanParam FollowUpSteerForm form) {
        FormErrors errors = new FormErrors(FollowUpSteerForm.FIELDS);
        UUID assignee = null;
        try {
            assignee = form.assigneeId == null || form.assigneeId.isBlank() ? null : UUID.fromString(form.assigneeId);
        } catch (IllegalArgumentException e) {
            errors.add("assigneeId", console.messages().required_value());
        }
        if (assignee == null && !errors.has("assigneeId")) {
            errors.add("assigneeId", console.messages().required_value());
        }
        return steer(id, form, "reassign", errors,
                new FollowUpUpdate(null, org.vipcare.common.Text.trimToNull(form.note), assignee, null, null));
    }

    /** Cancels the call; the reason is required and kept on the call and its timeline. */
    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@RestPath UUID id, @BeanParam FollowUpSteerForm form) {
        FormErrors errors = new FormErrors(FollowUpSteerForm.FIELDS);
        return steer(id, form, "cancel", errors,
                new FollowUpUpdate(null, null, null, FollowUpStatus.CANCELLED, form.cancelReason));
    }

    private Response steer(UUID id, FollowUpSteerForm form, String action, FormErrors errors, FollowUpUpdate input) {
        ProblemException refusal = null;
        Response.Status status = Response.Status.BAD_REQUEST;
        if (errors.isEmpty()) {
            try {
                followUps.steer(id, input, form.ifMatch());
                String notice = switch (action) {
                    case "reschedule" -> "rescheduled";
                    case "reassign" -> "reassigned";
                    default -> "cancelled";
                };
                return Response.seeOther(URI.create("/admin/follow-ups/" + id + "?notice=" + notice)).build();
            } catch (ProblemException refused) {
                if (refused.type == ProblemType.CONFLICT || refused.type == ProblemType.PRECONDITION_FAILED
                        || refused.type == ProblemType.PRECONDITION_REQUIRED) {
                    refusal = refused;
                    status = refused.type == ProblemType.CONFLICT ? Response.Status.CONFLICT
                            : Response.Status.PRECONDITION_FAILED;
                } else if (!errors.addProblem(refused, console)) {
                    throw refused;
                }
            }
        }
        return Response.status(status).entity(page(id, new FollowUpAttemptForm(),
                new FormErrors(FollowUpAttemptForm.FIELDS), refusal, null, null, form.sent(action, errors))).build();
    }

    /** A call of any purpose made by hand for a customer (the queue of one customer's calls has the form). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam FollowUpCreateForm form) {
        FormErrors errors = new FormErrors(FollowUpCreateForm.FIELDS);
        FollowUpCreate input = form.toInput(console.zone(), errors, console.messages());
        validator.validate(input, console.locale()).forEach(errors::addUnlessNoted);
        if (errors.isEmpty()) {
            try {
                UUID created = followUps.create(input).id;
                return Response.seeOther(URI.create("/admin/follow-ups/" + created + "?notice=created")).build();
            } catch (ProblemException refused) {
                if (!errors.addProblem(refused, console)) {
                    throw refused;
                }
            }
        }
        UUID customer = input.customerId();
        Query query = Query.of(null, null, customer, null);
        Page<FollowUpDto> found = followUps.queue(null, FollowUpStatus.OPEN, null, null, customer, null,
                PageRequest.of(0, PAGE_SIZE, query.sort().apiSort()));
        List<UUID> named = new java.util.ArrayList<>(found.items().stream().map(FollowUpDto::customerId).toList());
        if (customer != null) {
            named.add(customer);
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(Templates.queue(found, query,
                CustomerNames.of(named), Managers.load(users), form, errors)).build();
    }
}
