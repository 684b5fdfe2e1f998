package org.vipcare.complaint.console;

import org.vipcare.console.ConsoleMessages;
import org.vipcare.console.ConsoleContext;
import org.vipcare.console.ConsolePaging;
import org.vipcare.console.ConsoleTime;
import org.vipcare.console.FormErrors;
import org.vipcare.console.FormText;
import org.vipcare.console.LocalizedValidator;
import org.vipcare.console.Managers;
import org.vipcare.customer.console.CustomerChoice;
import org.vipcare.customer.console.CustomerNames;
import org.vipcare.customer.console.CustomerPicker;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
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
import org.vipcare.complaint.Complaint;
import org.vipcare.complaint.ComplaintCreate;
import org.vipcare.complaint.ComplaintDto;
import org.vipcare.complaint.ComplaintEventDto;
import org.vipcare.complaint.ComplaintService;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.Role;
import org.vipcare.security.UserService;

/**
 * The complaint pages of the console: the queue with its filters and SLA countdowns, one complaint with its history
 * and the moves allowed now, and the complaint record form. Every rule is {@link ComplaintService}'s; this class
 * only renders what it answers, including its refusals.
 */
@Path("/admin/complaints")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
public class ComplaintAdminResource {

    static final int PAGE_SIZE = 20;
    static final List<String> MOVES = List.of("contact", "progress", "resolve", "close", "reopen", "handover");

    /** A move the page tried and the service refused: which one, what was typed, and why. */
    public record MoveRefusal(String move, ComplaintMoveForm form, FormErrors errors, ProblemException problem) {

        /** No move was tried: every form shows its defaults. */
        static final MoveRefusal NONE = new MoveRefusal("", new ComplaintMoveForm(),
                new FormErrors(ComplaintMoveForm.FIELDS), null);

        /** The field messages for the given move's form; null for the other forms. */
        public FormErrors errorsFor(String name) {
            return move.equals(name) ? errors : null;
        }

        /** The input was refused field by field (rather than the move by the state machine). */
        public boolean invalid() {
            return problem == null && !errors.isEmpty();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<ComplaintDto> complaints, ComplaintListQuery query,
                Managers managers, ComplaintCategories categories, CustomerNames customers);

        static native TemplateInstance detail(ComplaintDto complaint, List<ComplaintEventDto> history,
                String customerName, String staffConcerned, Managers managers, ComplaintCategories categories,
                boolean mayMove,
                String now, String notice, MoveRefusal refusal, Map<UUID, String> people);

        static native TemplateInstance form(ComplaintForm form, FormErrors errors, CustomerChoice customer,
                ComplaintCategories categories, Managers staff);
    }

    private final ComplaintService complaints;
    private final CustomerPicker customers;
    private final UserService users;
    private final CurrentUser caller;
    private final LocalizedValidator validator;
    private final ConsoleContext console;

    public ComplaintAdminResource(ComplaintService complaints, CustomerPicker customers, UserService users,
            CurrentUser caller, LocalizedValidator validator, ConsoleContext console) {
        this.complaints = complaints;
        this.customers = customers;
        this.users = users;
        this.caller = caller;
        this.validator = validator;
        this.console = console;
    }

    @GET
    public TemplateInstance list(@RestQuery String status, @RestQuery String category, @RestQuery String overdue,
            @RestQuery String ownerId, @RestQuery String slaState, @RestQuery String sort, @RestQuery String page) {
        ComplaintListQuery query = ComplaintListQuery.of(status, category, overdue, ownerId, slaState, sort);
        Page<ComplaintDto> found = complaints.list(query.filter(caller.id()),
                PageRequest.of(ConsolePaging.pageNumber(page), PAGE_SIZE, query.sort().apiSort()));
        return Templates.list(found, query, Managers.load(users), ComplaintCategories.load(console.languageTag()),
                CustomerNames.of(found.items().stream().map(ComplaintDto::customerId).toList()));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@RestPath UUID id, @RestQuery String notice) {
        return detailPage(id, notice, MoveRefusal.NONE);
    }

    /** The record form, for the customer given (from its page or the caller box) or with the customer to find. */
    @GET
    @Path("/new")
    public TemplateInstance newForm(@RestQuery String customerId) {
        return form(ComplaintForm.blank(customerId, complaints.now(), console.zone()), customers.preset(customerId),
                new FormErrors(ComplaintForm.FIELDS));
    }

    /**
     * Records the complaint once the form names a customer; until then the form comes back with the customers its
     * search box finds to pick from. "Find" ({@code find}) only lists them: nothing is recorded.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam ComplaintForm form, @RestForm String find) {
        CustomerChoice customer = customers.submitted(form.customerQuery, form.customerId, form.customerSearched,
                "POST /admin/complaints");
        FormErrors errors = new FormErrors(ComplaintForm.FIELDS);
        String unchosen = customers.problem(customer);
        if (find != null) {
            if (unchosen != null && customer.matches().isEmpty()) {
                errors.add("customerId", unchosen);
            }
            return Response.ok(form(form, customer, errors)).build();
        }
        if (unchosen != null) {
            errors.add("customerId", unchosen);
        }
        ComplaintCreate input = form.toInput(customer.id(), console.zone(), errors, console.messages());
        validator.validate(input, console.locale()).forEach(errors::addUnlessNoted);
        if (errors.isEmpty()) {
            try {
                Complaint created = complaints.open(input, "");
                return showDetail(created.id, "created");
            } catch (ProblemException refused) {
                if (!errors.addProblem(refused, console)) {
                    throw refused;
                }
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(form(form, customer, errors)).build();
    }

    /**
     * One move of the state machine, or a handover. A refusal (409 for a move the status does not allow, 403 for
     * somebody else's complaint, 400 for the input) comes back as the complaint page with the service's message.
     */
    @POST
    @Path("/{id}/{move}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@RestPath UUID id, @RestPath String move, @BeanParam ComplaintMoveForm form) {
        if (!MOVES.contains(move)) {
            throw new NotFoundException();
        }
        FormErrors errors = new FormErrors(ComplaintMoveForm.FIELDS);
        ConsoleMessages messages = console.messages();
        try {
            switch (move) {
                case "contact" -> {
                    var body = form.contact(console.zone(), errors, messages);
                    validate(body, errors);
                    complaints.contact(id, body);
                }
                case "progress" -> {
                    var body = form.progress();
                    validate(body, errors);
                    complaints.progress(id, body);
                }
                case "resolve" -> {
                    var body = form.resolve();
                    validate(body, errors);
                    complaints.resolve(id, body);
                }
                case "close" -> complaints.close(id);
                case "reopen" -> {
                    var body = form.reopen();
                    validate(body, errors);
                    complaints.reopen(id, body);
                }
                default -> {
                    var body = form.handover(errors, messages);
                    validate(body, errors);
                    complaints.handOver(id, body, "POST /admin/complaints/" + id + "/handover");
                }
            }
            return showDetail(id, "moved");
        } catch (InvalidMove invalid) {
            return refused(id, Response.Status.BAD_REQUEST, new MoveRefusal(move, form, errors, null));
        } catch (ProblemException refused) {
            // 409 (an illegal transition or a conflict such as "verification call not reached yet"), 403 and 400
            // are answers about this move; anything else (404, ...) is the error page's
            Response.Status status = Response.Status.fromStatusCode(refused.type.status);
            if (refused.type.status != 409 && refused.type != ProblemType.FORBIDDEN
                    && refused.type != ProblemType.VALIDATION) {
                throw refused;
            }
            if (refused.type == ProblemType.VALIDATION) {
                errors.addProblem(refused, console);
                return refused(id, status, new MoveRefusal(move, form, errors, null));
            }
            return refused(id, status, new MoveRefusal(move, form, errors, refused));
        }
    }

    /** Bean Validation of a move's body in the user's language; any message stops the move before the service. */
    private void validate(Object body, FormErrors errors) {
        validator.validate(body, console.locale()).forEach(errors::addUnlessNoted);
        if (!errors.isEmpty()) {
            throw new InvalidMove();
        }
    }

    private static final class InvalidMove extends RuntimeException {
        InvalidMove() {
            super(null, null, false, false);
        }
    }

    private Response refused(UUID id, Response.Status status, MoveRefusal refusal) {
        return Response.status(status).entity(detailPage(id, null, refusal)).build();
    }

    private TemplateInstance detailPage(UUID id, String notice, MoveRefusal refusal) {
        ComplaintDto complaint = ComplaintDto.from(complaints.get(id), complaints.now());
        List<ComplaintEventDto> history = complaints.history(id);
        String customerName = CustomerNames.of(List.of(complaint.customerId())).of(complaint.customerId());
        // The service decides; this only hides forms it would refuse anyway (owner, supervisor or admin moves).
        boolean mayMove = caller.seesEverything() || caller.id().equals(complaint.ownerId());
        String staffConcerned = complaint.staffConcernedId() == null ? null
                : users.get(complaint.staffConcernedId()).displayName;
        return Templates.detail(complaint, history, customerName, staffConcerned, Managers.load(users),
                ComplaintCategories.load(console.languageTag()), mayMove,
                ConsoleTime.input(complaints.now(), console.zone()), notice, refusal,
                users.displayNames(history.stream().map(ComplaintEventDto::actorId).toList()));
    }

    private TemplateInstance form(ComplaintForm form, CustomerChoice customer, FormErrors errors) {
        return Templates.form(form, errors, customer, ComplaintCategories.load(console.languageTag()),
                Managers.load(users));
    }

    private static Response showDetail(UUID id, String notice) {
        return Response.seeOther(URI.create("/admin/complaints/" + id + "?notice=" + notice)).build();
    }
}
