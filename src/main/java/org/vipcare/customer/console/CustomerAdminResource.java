package org.vipcare.customer.console;

import org.vipcare.console.ConsoleContext;
import org.vipcare.console.ConsolePaging;
import org.vipcare.console.FormErrors;
import org.vipcare.console.LocalizedValidator;
import org.vipcare.console.Managers;
import io.quarkus.arc.All;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;
import org.vipcare.common.Text;
import org.vipcare.customer.Customer;
import org.vipcare.customer.BillAnalysis;
import org.vipcare.customer.Customer;
import org.vipcare.customer.CustomerDto;
import org.vipcare.customer.CustomerInput;
import org.vipcare.customer.CustomerService;
import org.vipcare.customer.CustomerTimeline;
import org.vipcare.customer.OpenCases;
import org.vipcare.customer.TimelineEvent;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.Role;
import org.vipcare.security.UserService;
import org.vipcare.tier.TierHistoryDto;

/**
 * The customer pages of the console: search and list, one customer with its timeline, create and edit. Who may
 * see or change what, and how much is masked, is decided by {@link CustomerService}; this class only renders.
 */
@Path("/admin/customers")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
public class CustomerAdminResource {

    static final int PAGE_SIZE = 20;
    static final int TIMELINE_SIZE = 10;
    static final int TIER_HISTORY_SIZE = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<CustomerDto> customers, CustomerListQuery query, Managers managers,
                Map<UUID, UUID> openCases, boolean choosesAnyManager);

        static native TemplateInstance detail(CustomerDto customer, Page<TimelineLine> timeline,
                Page<TierHistoryDto> tierHistory, String managerName, boolean mayEdit, String notice,
                UUID openCase, BillAnalysis.Result bill, String referrerName);

        static native TemplateInstance form(CustomerForm form, FormErrors errors, UUID customerId, boolean stale,
                Managers managers, boolean mayAssign);

        static native TemplateInstance suggestions(String query, List<CustomerDto> matches, boolean tooLong,
                int max, int maxLength);

        static native TemplateInstance lookup(String query, List<CustomerDto> matches, boolean tooLong, int max,
                int maxLength, boolean masksPhones);
    }

    private final CustomerService customers;
    private final CustomerTimeline timeline;
    private final UserService users;
    private final CurrentUser caller;
    private final LocalizedValidator validator;
    private final ConsoleContext console;
    private final CustomerPicker picker;
    private final List<OpenCases> openCases;
    private final TimelineWordings wordings;

    private final BillAnalysis bills;

    public CustomerAdminResource(CustomerService customers, CustomerTimeline timeline, UserService users,
            CurrentUser caller, LocalizedValidator validator, ConsoleContext console, CustomerPicker picker,
            @All List<OpenCases> openCases, TimelineWordings wordings, BillAnalysis bills) {
        this.bills = bills;
        this.customers = customers;
        this.picker = picker;
        this.timeline = timeline;
        this.wordings = wordings;
        this.users = users;
        this.caller = caller;
        this.validator = validator;
        this.console = console;
        this.openCases = openCases;
    }

    @GET
    public TemplateInstance list(@RestQuery String q, @RestQuery String tier, @RestQuery String type,
            @RestQuery String lifecycleStage, @RestQuery String watch, @RestQuery String managerId,
            @RestQuery String sort, @RestQuery String page, @RestQuery String enterpriseClass,
            @RestQuery String contractEndsWithinDays, @RestQuery String healthBelow) {
        // An agent's list opens on its own customers; "all" is one choice away.
        CustomerListQuery query = CustomerListQuery.of(q, tier, type, lifecycleStage, watch, managerId, sort,
                caller.id(), !caller.seesEverything(), enterpriseClass, contractEndsWithinDays, healthBelow);
        Page<CustomerDto> found = customers.list(query.filter(),
                PageRequest.of(ConsolePaging.pageNumber(page), PAGE_SIZE, query.sort().apiSort()),
                "GET /admin/customers");
        List<UUID> watched = found.items().stream().filter(CustomerDto::watch).map(CustomerDto::id).toList();
        return Templates.list(found, query, Managers.load(users), openCasesOf(watched), caller.seesEverything());
    }

    /**
     * The suggestions of a search box, as an HTML fragment (admin/js/customer-picker.js): the first few customers the
     * text finds, newest first, never counted. Text no search could be is a 400 saying so.
     */
    @GET
    @Path("/suggestions")
    public Response suggestions(@RestQuery String q) {
        boolean tooLong = CustomerPicker.tooLong(q);
        List<CustomerDto> found = tooLong ? List.of() : picker.find(q, "GET /admin/customers/suggestions");
        return Response.status(tooLong ? Response.Status.BAD_REQUEST : Response.Status.OK)
                .entity(Templates.suggestions(Text.trimToNull(q), found, tooLong, CustomerPicker.SUGGESTIONS,
                        CustomerPicker.MAX_LENGTH))
                .build();
    }

    /**
     * The caller box: one customer found goes straight to its page; several are listed with what to do for each;
     * none says so. Without script the pickers' suggestions are reached here too.
     */
    @GET
    @Path("/lookup")
    public Response lookup(@RestQuery String q) {
        boolean tooLong = CustomerPicker.tooLong(q);
        List<CustomerDto> found = tooLong ? List.of() : picker.find(q, "GET /admin/customers/lookup");
        if (found.size() == 1) {
            return Response.seeOther(URI.create("/admin/customers/" + found.get(0).id())).build();
        }
        return Response.status(tooLong ? Response.Status.BAD_REQUEST : Response.Status.OK)
                .entity(Templates.lookup(Text.trimToNull(q), found, tooLong, CustomerPicker.SUGGESTIONS,
                        CustomerPicker.MAX_LENGTH, !caller.seesEverything()))
                .build();
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@RestPath UUID id, @RestQuery String page, @RestQuery String notice) {
        CustomerDto customer = customers.read(id, "GET /admin/customers/" + id);
        Page<TimelineEvent> events = timeline.of(id,
                PageRequest.of(ConsolePaging.pageNumber(page), TIMELINE_SIZE, null));
        Page<TierHistoryDto> tierHistory = customers.tierHistory(id,
                PageRequest.of(0, TIER_HISTORY_SIZE, "changedAt,desc"));
        String managerName = customer.managerId() == null ? null : users.get(customer.managerId()).displayName;
        UUID openCase = customer.watch() ? openCasesOf(List.of(id)).get(id) : null;
        String referrerName = customer.referredById() == null ? null
                : Customer.findLive(customer.referredById()).map(c -> c.name).orElse(null);
        return Templates.detail(customer, worded(events), tierHistory, managerName, mayEdit(id), notice, openCase,
                bills.of(id, BillAnalysis.DEFAULT_MONTHS), referrerName);
    }

    /** The timeline in the reader's language, each entry worded by its feature, people named by display name. */
    private Page<TimelineLine> worded(Page<TimelineEvent> events) {
        Map<UUID, String> names = users.displayNames(events.items().stream().map(TimelineEvent::actorId).toList());
        String language = console.languageTag();
        return events.map(e -> new TimelineLine(e.at(), e.kind(),
                wordings.line(e, language),
                e.actorId() == null ? null : names.get(e.actorId()), e.withheld()));
    }

    @GET
    @Path("/new")
    public TemplateInstance newForm() {
        return form(CustomerForm.blank(customers.today()), new FormErrors(CustomerForm.FIELDS), null, false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam CustomerForm form) {
        FormErrors errors = new FormErrors(CustomerForm.FIELDS);
        CustomerInput input = read(form, errors);
        if (errors.isEmpty()) {
            try {
                Customer created = customers.create(input);
                return showDetail(created.id, "created");
            } catch (ProblemException refused) {
                if (!errors.addProblem(refused, console)) {
                    throw refused;
                }
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(form(form, errors, null, false)).build();
    }

    @GET
    @Path("/{id}/edit")
    public TemplateInstance editForm(@RestPath UUID id) {
        customers.requireWriter(customers.live(id));
        CustomerDto current = customers.read(id, "GET /admin/customers/" + id + "/edit");
        return form(CustomerForm.of(current), new FormErrors(CustomerForm.FIELDS), id, false);
    }

    /** Saves an edit only if nobody saved another since the form was loaded (its version rides as If-Match). */
    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath UUID id, @BeanParam CustomerForm form) {
        FormErrors errors = new FormErrors(CustomerForm.FIELDS);
        CustomerInput input = read(form, errors);
        boolean stale = false;
        if (errors.isEmpty()) {
            try {
                customers.update(id, input, "\"" + (form.version == null ? "" : form.version.trim()) + "\"");
                return showDetail(id, "saved");
            } catch (ProblemException refused) {
                stale = refused.type == ProblemType.PRECONDITION_FAILED;
                if (!stale && !errors.addProblem(refused, console)) {
                    throw refused;
                }
            }
        }
        return Response.status(stale ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST)
                .entity(form(form, errors, id, stale)).build();
    }

    /** The form's text as the API's input, with conversion and Bean Validation messages in the user's language. */
    private CustomerInput read(CustomerForm form, FormErrors errors) {
        CustomerInput input = form.toInput(errors, console.messages());
        validator.validate(input, console.locale()).forEach(errors::add);
        return input;
    }

    private TemplateInstance form(CustomerForm form, FormErrors errors, UUID customerId, boolean stale) {
        return Templates.form(form, errors, customerId, stale, Managers.load(users), caller.seesEverything());
    }

    /** Whether the service would let the caller change this customer, asked rather than re-derived here. */
    private boolean mayEdit(UUID id) {
        try {
            customers.requireWriter(customers.live(id));
            return true;
        } catch (ProblemException refused) {
            return false;
        }
    }

    /** The open retention case of each of these customers, where the caller may read it. */
    private Map<UUID, UUID> openCasesOf(List<UUID> ids) {
        Map<UUID, UUID> open = new HashMap<>();
        if (!ids.isEmpty()) {
            openCases.forEach(source -> open.putAll(source.openRetentionCases(ids)));
        }
        return open;
    }

    private static Response showDetail(UUID id, String notice) {
        return Response.seeOther(URI.create("/admin/customers/" + id + "?notice=" + notice)).build();
    }
}
