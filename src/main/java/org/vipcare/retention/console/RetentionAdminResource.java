package org.vipcare.retention.console;

import org.vipcare.console.AdminTemplateExtensions;
import org.vipcare.console.BarChart;
import org.vipcare.console.ConsoleContext;
import org.vipcare.console.ConsolePaging;
import org.vipcare.console.FormErrors;
import org.vipcare.console.LocalizedValidator;
import org.vipcare.console.Managers;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;
import org.vipcare.common.Text;
import org.vipcare.customer.console.CustomerChoice;
import org.vipcare.customer.console.CustomerNames;
import org.vipcare.customer.console.CustomerPicker;
import org.vipcare.retention.ChurnReasonDto;
import org.vipcare.retention.RetentionCase;
import org.vipcare.retention.RetentionCaseDto;
import org.vipcare.retention.RetentionEventDto;
import org.vipcare.retention.RetentionFilter;
import org.vipcare.retention.RetentionSaveDeskDto;
import org.vipcare.retention.RetentionService;
import org.vipcare.retention.RetentionStage;
import org.vipcare.retention.RetentionStatsDto;
import org.vipcare.retention.RetentionType;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.UserService;
import org.vipcare.security.Role;

/**
 * The retention pages of the console: the save desk and the case list, one case walked through its five stages,
 * opening a case from a customer, and the supervisors' dashboard. Every rule (who may act, which step is allowed,
 * the guards) is {@link RetentionService}'s; this class renders its answers and shows its refusals.
 */
@Path("/admin/retention")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
public class RetentionAdminResource {

    static final int PAGE_SIZE = 20;
    static final int DESK_SIZE = 10;
    static final int WATCH_SHOWN = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(RetentionListPage page, Managers managers);

        static native TemplateInstance detail(RetentionCasePage page);

        static native TemplateInstance open(RetentionOpenForm form, FormErrors errors, CustomerChoice customer,
                List<RetentionType> types);

        static native TemplateInstance refused(ProblemException message, UUID customerId);

        static native TemplateInstance dashboard(RetentionDashboard page);
    }

    private final RetentionService retention;
    private final CustomerPicker customers;
    private final CurrentUser caller;
    private final LocalizedValidator validator;
    private final ConsoleContext console;
    private final UserService users;

    public RetentionAdminResource(RetentionService retention, CustomerPicker customers, CurrentUser caller,
            LocalizedValidator validator, ConsoleContext console, UserService users) {
        this.retention = retention;
        this.customers = customers;
        this.caller = caller;
        this.validator = validator;
        this.console = console;
        this.users = users;
    }

    // ------------------------------------------------------------------ save desk and list

    @GET
    public TemplateInstance list(@RestQuery String stage, @RestQuery String outcome, @RestQuery String reason,
            @RestQuery String managerId, @RestQuery String sort, @RestQuery String page) {
        RetentionListQuery query = RetentionListQuery.of(stage, outcome, reason, managerId, sort);
        RetentionFilter filter;
        try {
            filter = RetentionFilter.parse(query.stage(), query.outcome(), query.reason(),
                    query.managerFilter(caller.id()), null, null, null);
        } catch (ProblemException unreadable) {
            // A filter that cannot be read shows everything rather than an error.
            filter = RetentionFilter.NONE;
            query = RetentionListQuery.of(null, null, null, null, sort);
        }
        Page<RetentionSaveDeskDto> desk = retention.saveDesk(PageRequest.of(0, DESK_SIZE, null));
        Page<RetentionCaseDto> cases = retention.list(filter,
                PageRequest.of(ConsolePaging.pageNumber(page), PAGE_SIZE, query.sort().apiSort()),
                console.languageTag());
        List<ChurnReasonDto> reasons = retention.reasons(console.languageTag());
        return Templates.list(new RetentionListPage(desk, cases, query, reasons, names(reasons),
                CustomerNames.of(cases.items().stream().map(RetentionCaseDto::customerId).toList()),
                caller.seesEverything()), Managers.load(users));
    }

    // ------------------------------------------------------------------ one case

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@RestPath UUID id, @RestQuery String notice) {
        return Templates.detail(page(id, RetentionStepForm.blank(), new FormErrors(RetentionStepForm.FIELDS), null,
                notice));
    }

    /** The reason the customer gave, recorded or corrected while the case is early; later the service refuses (409). */
    @POST
    @Path("/{id}/reason")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response stateReason(@RestPath UUID id, @BeanParam RetentionStepForm form) {
        return step(id, "reason", form, errors -> form.toStatedReason(), body -> retention.stateReason(id, body));
    }

    @POST
    @Path("/{id}/probe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response probe(@RestPath UUID id, @BeanParam RetentionStepForm form) {
        return step(id, "probed", form, errors -> form.toProbe(errors, console.messages()),
                body -> retention.probe(id, body));
    }

    @POST
    @Path("/{id}/offers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response offer(@RestPath UUID id, @BeanParam RetentionStepForm form) {
        return step(id, "offered", form, errors -> form.toOffer(errors, console.messages()),
                body -> retention.offer(id, body));
    }

    @POST
    @Path("/{id}/agreement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response agree(@RestPath UUID id, @BeanParam RetentionStepForm form) {
        return step(id, "agreed", form, errors -> form.toAgreement(errors, console.messages()),
                body -> retention.agree(id, body));
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@RestPath UUID id, @BeanParam RetentionStepForm form) {
        return step(id, "closed", form, errors -> form.toClose(errors, console.messages()),
                body -> retention.close(id, body));
    }

    /**
     * One step: read the form, validate it in the user's language, let the service perform it. A rule of the practice
     * refusing it (409) shows the service's message; field problems show beside the fields (400).
     */
    private <T> Response step(UUID id, String notice, RetentionStepForm form, Function<FormErrors, T> read,
            Consumer<T> perform) {
        FormErrors errors = new FormErrors(RetentionStepForm.FIELDS);
        T body = read.apply(errors);
        validator.validate(body, console.locale()).forEach(errors::addUnlessNoted);
        if (errors.isEmpty()) {
            try {
                perform.accept(body);
                return Response.seeOther(URI.create("/admin/retention/" + id + "?notice=" + notice)).build();
            } catch (ProblemException refused) {
                if (refused.type == ProblemType.CONFLICT || refused.type == ProblemType.ILLEGAL_TRANSITION) {
                    return Response.status(Response.Status.CONFLICT)
                            .entity(Templates.detail(page(id, form, errors, refused, null))).build();
                }
                if (!errors.addProblem(refused, console)) {
                    throw refused;
                }
            }
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Templates.detail(page(id, form, errors, null, null))).build();
    }

    private RetentionCasePage page(UUID id, RetentionStepForm form, FormErrors errors, ProblemException refusal,
            String notice) {
        String language = console.languageTag();
        RetentionCase found = retention.get(id);
        RetentionCaseDto dto = retention.dto(found, language);
        List<ChurnReasonDto> reasons = retention.reasons(language);
        List<RetentionEventDto> events = retention.history(id);
        RetentionMessages messages = MessageBundles.get(RetentionMessages.class, Localized.Literal.of(language));
        Map<String, String> reasonNames = names(reasons);
        Map<UUID, String> eventWords = new HashMap<>();
        events.forEach(e -> eventWords.put(e.id(), RetentionEventWords.of(e, dto, messages, reasonNames)));
        return new RetentionCasePage(dto, customerName(dto.customerId()), reasons, reasonNames, events, form, errors,
                refusal, notice, eventWords, users.displayNames(events.stream().map(RetentionEventDto::actorId)
                        .toList()));
    }

    // ------------------------------------------------------------------ opening

    /**
     * The one way to start retention: for the customer given (from its page or the caller box), or with the customer
     * to find; for a WATCH customer it opens the proactive case.
     */
    @GET
    @Path("/new")
    public TemplateInstance openForm(@RestQuery String customerId) {
        CustomerChoice customer = customers.preset(customerId);
        boolean watch = customer.isChosen() && retention.isWatch(customer.id());
        return Templates.open(RetentionOpenForm.forCustomer(customer.id(), watch),
                new FormErrors(RetentionOpenForm.FIELDS), customer, List.of(RetentionType.values()));
    }

    /**
     * Opens the case once the form names a customer: on the customer's request, or proactively for a WATCH customer
     * (refused when the customer is no longer WATCH or already has an open case: the refusal page links the
     * customer). Until a customer is named the form comes back with the customers its search box finds to pick from;
     * "Find" ({@code find}) only lists them: nothing is opened.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@BeanParam RetentionOpenForm form, @RestForm String find) {
        CustomerChoice customer = customers.submitted(form.customerQuery, form.customerId, form.customerSearched,
                "POST /admin/retention");
        FormErrors errors = new FormErrors(RetentionOpenForm.FIELDS);
        String unchosen = customers.problem(customer);
        if (find != null) {
            if (unchosen != null && customer.matches().isEmpty()) {
                errors.add("customerId", unchosen);
            }
            return Response.ok(Templates.open(form, errors, customer, List.of(RetentionType.values()))).build();
        }
        if (unchosen != null) {
            errors.add("customerId", unchosen);
        }
        var input = form.toCreate(customer.id(), errors, console.messages());
        validator.validate(input, console.locale()).forEach(errors::addUnlessNoted);
        if (errors.isEmpty()) {
            try {
                RetentionCase opened = form.isProactive() ? retention.openFromWatch(input.customerId(), input)
                        : retention.open(input);
                return showCase(opened.id, "opened");
            } catch (ProblemException refused) {
                if (form.isProactive() && refused.type == ProblemType.CONFLICT) {
                    return Response.status(Response.Status.CONFLICT).entity(Templates.refused(refused,
                            input.customerId())).build();
                }
                if (!errors.addProblem(refused, console)) {
                    throw refused;
                }
            }
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Templates.open(form, errors, customer, List.of(RetentionType.values()))).build();
    }

    /** One click from the dashboard's WATCH customers without a case; a refusal (not WATCH, a case open already) shows its message. */
    @POST
    @Path("/from-watch")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response openFromWatch(@RestForm UUID customerId) {
        if (customerId == null) {
            throw ProblemException.invalid("customerId", "common.unknown-customer",
                    "must be the id of an existing customer");
        }
        try {
            return showCase(retention.openFromWatch(customerId).id, "opened");
        } catch (ProblemException refused) {
            if (refused.type != ProblemType.CONFLICT) {
                throw refused;
            }
            return Response.status(Response.Status.CONFLICT).entity(Templates.refused(refused,
                    customerId)).build();
        }
    }

    // ------------------------------------------------------------------ dashboard

    @GET
    @Path("/dashboard")
    @RolesAllowed({ Role.SUPERVISOR_, Role.ADMIN_ })
    public TemplateInstance dashboard() {
        RetentionMessages messages = MessageBundles.get(RetentionMessages.class,
                Localized.Literal.of(console.languageTag()));
        Map<String, String> reasonNames = names(retention.reasons(console.languageTag()));
        RetentionStatsDto stats = retention.stats(null, null, null);
        BarChart byReason = RetentionDashboard.rates(stats.byRealReason(),
                key -> "NONE".equals(key) ? messages.retention_no_reason() : reasonNames.getOrDefault(key, key),
                "retention-reason", messages, console.messages());
        BarChart byOffer = RetentionDashboard.rates(stats.byOfferKind(),
                key -> "NONE".equals(key) ? messages.retention_no_offer()
                        : messages.rmethod(org.vipcare.retention.RetentionMethod.valueOf(key)),
                "retention-offer", messages, console.messages());
        List<BarChart.Count> stages = new ArrayList<>();
        long total = 0;
        for (RetentionStage stage : RetentionStage.values()) {
            long count = retention.list(new RetentionFilter(stage, null, null, null, null, null, null),
                    PageRequest.of(0, 1, null), console.languageTag()).total();
            total += count;
            stages.add(new BarChart.Count(messages.rstage(stage), count,
                    "retention-stage-" + AdminTemplateExtensions.css(stage)));
        }
        return Templates.dashboard(new RetentionDashboard(stats,
                BarChart.percent(stats.overall().retentionRate()), byReason, byOffer,
                BarChart.counts(stages, total, console.messages()::chart_value),
                retention.watchWithoutOpenCase(WATCH_SHOWN), reasonNames));
    }

    // ------------------------------------------------------------------ helpers

    private static Map<String, String> names(List<ChurnReasonDto> reasons) {
        Map<String, String> names = new LinkedHashMap<>();
        reasons.forEach(r -> names.put(r.code(), r.name()));
        return names;
    }

    /** A name only, for a label: the customer page (with its access rules) is one click away. */
    private static String customerName(UUID id) {
        return Objects.requireNonNullElse(CustomerNames.of(List.of(id)).of(id), id.toString());
    }

    private static Response showCase(UUID id, String notice) {
        return Response.seeOther(URI.create("/admin/retention/" + id + "?notice=" + notice)).build();
    }
}
