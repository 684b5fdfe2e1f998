package org.vipcare.visit.console;

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
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;
import org.vipcare.common.VipCareConfig;
import org.vipcare.console.ConsoleContext;
import org.vipcare.console.FormErrors;
import org.vipcare.console.LocalizedValidator;
import org.vipcare.customer.CustomerService;
import org.vipcare.customer.console.CustomerNames;
import org.vipcare.security.Role;
import org.vipcare.visit.Visit;
import org.vipcare.visit.VisitChecklistItem;
import org.vipcare.visit.VisitChecklists;
import org.vipcare.visit.VisitCreate;
import org.vipcare.visit.VisitService;
import org.vipcare.visit.VisitStatus;
import org.vipcare.visit.VisitUpdate;

/**
 * Planning, recording and cancelling an enterprise customer's visits, and ticking their checklists, from the customer
 * page (its Visits section is {@link CustomerVisits}). Who may do it is decided by {@link VisitService}; this class
 * only renders.
 */
@Path("/admin/customers/{id}/visits")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
public class VisitAdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plan(UUID customerId, String customerName, VisitPlanForm form,
                FormErrors errors, List<VisitService.VisitContact> contacts);

        static native TemplateInstance record(UUID customerId, String customerName, UUID visitId, String purpose,
                VisitRecordForm form, FormErrors errors, boolean stale, int defaultMinutes);
    }

    private final VisitService visits;
    private final VisitChecklists checklists;
    private final CustomerService customers;
    private final LocalizedValidator validator;
    private final ConsoleContext console;
    private final Clock clock;
    private final int defaultMinutes;

    public VisitAdminResource(VisitService visits, VisitChecklists checklists, CustomerService customers,
            LocalizedValidator validator, ConsoleContext console, Clock clock, VipCareConfig config) {
        this.visits = visits;
        this.checklists = checklists;
        this.customers = customers;
        this.validator = validator;
        this.console = console;
        this.clock = clock;
        this.defaultMinutes = config.visits().defaultDurationMinutes();
    }

    @GET
    @Path("/new")
    public TemplateInstance planForm(@RestPath UUID id) {
        visits.requirePlanner(id);
        return planPage(id, VisitPlanForm.blank(checklists.defaults(console.languageTag())),
                new FormErrors(VisitPlanForm.FIELDS));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response plan(@RestPath UUID id, @BeanParam VisitPlanForm form) {
        FormErrors errors = new FormErrors(VisitPlanForm.FIELDS);
        List<VisitChecklistItem> defaults = checklists.defaults(console.languageTag());
        VisitCreate input = form.toInput(defaults, console.zone(), errors, console.messages());
        validator.validate(input, console.locale()).forEach(errors::addUnlessNoted);
        if (errors.isEmpty()) {
            try {
                visits.plan(id, input, console.languageTag());
                return backToCustomer(id);
            } catch (ProblemException refused) {
                if (!errors.addProblem(refused, console)) {
                    throw refused;
                }
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(planPage(id, form, errors)).build();
    }

    @GET
    @Path("/{visitId}/record")
    public TemplateInstance recordForm(@RestPath UUID id, @RestPath UUID visitId) {
        Visit visit = visitOf(id, visitId);
        return Templates.record(id, name(id), visitId, visit.purpose,
                VisitRecordForm.of(clock.instant(), console.zone(), visit.version),
                new FormErrors(VisitRecordForm.FIELDS), visit.status != VisitStatus.PLANNED, defaultMinutes);
    }

    /** Records the visit only if nobody changed it since the form was loaded (its version rides as If-Match). */
    @POST
    @Path("/{visitId}/record")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@RestPath UUID id, @RestPath UUID visitId, @BeanParam VisitRecordForm form) {
        Visit visit = visitOf(id, visitId);
        FormErrors errors = new FormErrors(VisitRecordForm.FIELDS);
        VisitUpdate input = form.toInput(console.zone(), errors, console.messages());
        boolean stale = false;
        if (errors.isEmpty()) {
            try {
                visits.change(visitId, input, ifMatch(form.version));
                return backToCustomer(id);
            } catch (ProblemException refused) {
                stale = refused.isVersionMismatch() || refused.type == ProblemType.ILLEGAL_TRANSITION;
                if (!stale && !errors.addProblem(refused, console)) {
                    throw refused;
                }
            }
        }
        return Response.status(stale ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST)
                .entity(Templates.record(id, name(id), visitId, visit.purpose, form, errors, stale, defaultMinutes))
                .build();
    }

    /** Ticks the checklist: the items whose index is sent as {@code done} are done, the others not. */
    @POST
    @Path("/{visitId}/checklist")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response tick(@RestPath UUID id, @RestPath UUID visitId, @RestForm List<String> done,
            @RestForm String version) {
        Visit visit = visitOf(id, visitId);
        Set<String> ticked = Set.copyOf(done == null ? List.of() : done);
        List<VisitChecklistItem> items = new ArrayList<>();
        for (int i = 0; i < visit.checklist.size(); i++) {
            VisitChecklistItem item = visit.checklist.get(i);
            items.add(new VisitChecklistItem(item.key(), item.item(), ticked.contains(Integer.toString(i))));
        }
        visits.change(visitId, new VisitUpdate(null, null, null, items, null, null, null, null, null, null),
                ifMatch(version));
        return backToCustomer(id);
    }

    @POST
    @Path("/{visitId}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@RestPath UUID id, @RestPath UUID visitId, @RestForm String version) {
        visitOf(id, visitId);
        visits.change(visitId, new VisitUpdate(null, null, null, null, VisitStatus.CANCELLED, null, null, null, null,
                null), ifMatch(version));
        return backToCustomer(id);
    }

    private Visit visitOf(UUID customerId, UUID visitId) {
        Visit visit = visits.readable(visitId);
        if (!visit.customerId.equals(customerId)) {
            throw ProblemException.notFound("visit", visitId);
        }
        return visit;
    }

    private TemplateInstance planPage(UUID id, VisitPlanForm form, FormErrors errors) {
        return Templates.plan(id, name(id), form, errors, visits.contactsOf(id));
    }

    private String name(UUID id) {
        customers.live(id);
        return CustomerNames.of(List.of(id)).of(id);
    }

    private static String ifMatch(String version) {
        return "\"" + (version == null ? "" : version.trim()) + "\"";
    }

    private static Response backToCustomer(UUID id) {
        return Response.seeOther(URI.create("/admin/customers/" + id + "#visits")).build();
    }
}
