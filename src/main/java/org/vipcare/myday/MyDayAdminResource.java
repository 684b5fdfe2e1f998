package org.vipcare.myday;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.vipcare.common.PageRequest;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;
import org.vipcare.common.Text;
import org.vipcare.complaint.ComplaintDto;
import org.vipcare.complaint.ComplaintMoves;
import org.vipcare.complaint.ComplaintService;
import org.vipcare.complaint.console.ComplaintCategories;
import org.vipcare.console.ConsoleContext;
import org.vipcare.console.Managers;
import org.vipcare.customer.console.CustomerNames;
import org.vipcare.followup.FollowUpDto;
import org.vipcare.followup.FollowUpOpinionDto;
import org.vipcare.followup.FollowUpService;
import org.vipcare.followup.FollowUpStatus;
import org.vipcare.retention.RetentionService;
import org.vipcare.retention.RetentionWatchCustomerDto;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.Role;
import org.vipcare.security.UserService;
import org.vipcare.visit.VisitDue;
import org.vipcare.visit.VisitService;
import org.vipcare.common.VipCareConfig;

/**
 * "My day": the first page after sign-in. An account manager sees its complaints overdue or at risk, its calls due
 * by the end of today and the opinions raised in its calls still waiting for an answer. A supervisor or admin sees
 * the team's: complaints breached, at risk or escalated (SLA state order), calls unassigned or overdue, WATCH customers
 * without a retention case and unanswered opinions, each with its owner and a one-click hand-over of the complaint.
 * Every list is one of the services' bounded queries ({@value #LIMIT} rows at most).
 */
@Path("/admin/my-day")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
public class MyDayAdminResource {

    static final int LIMIT = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance myDay(MyDayPage page);
    }

    private final ComplaintService complaints;
    private final FollowUpService followUps;
    private final RetentionService retention;
    private final UserService users;
    private final CurrentUser caller;
    private final ConsoleContext console;
    private final Clock clock;
    private final VisitService visits;
    private final int visitDays;

    public MyDayAdminResource(ComplaintService complaints, FollowUpService followUps, RetentionService retention,
            UserService users, CurrentUser caller, ConsoleContext console, Clock clock, VisitService visits,
            VipCareConfig config) {
        this.visits = visits;
        this.visitDays = config.visits().dueSoonDays();
        this.complaints = complaints;
        this.followUps = followUps;
        this.retention = retention;
        this.users = users;
        this.caller = caller;
        this.console = console;
        this.clock = clock;
    }

    @GET
    public TemplateInstance myDay(@RestQuery String notice) {
        return Templates.myDay(page(Text.trimToNull(notice), null));
    }

    /**
     * Hands a complaint over from the team view: the service's own hand-over (its open verification call goes with
     * it, audited as COMPLAINT_HANDOVER). Supervisors and admins only; a refusal shows My day again with its reason.
     */
    @POST
    @Path("/complaints/{id}/handover")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Role.SUPERVISOR_, Role.ADMIN_ })
    public Response handOver(@RestPath UUID id, @RestForm String toUserId) {
        MyDayMessages messages = MessageBundles.get(MyDayMessages.class, Localized.Literal.of(console.languageTag()));
        UUID to = uuid(toUserId);
        if (to == null) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.myDay(page(null, messages.my_day_handover_choose()))).build();
        }
        try {
            complaints.handOver(id, new ComplaintMoves.Handover(to, messages.my_day_handover_note()),
                    "POST /admin/my-day/complaints/" + id + "/handover");
        } catch (ProblemException refused) {
            if (refused.type != ProblemType.CONFLICT && refused.type != ProblemType.VALIDATION) {
                throw refused;
            }
            return Response.status(refused.type.status)
                    .entity(Templates.myDay(page(null, refused.getMessage()))).build();
        }
        return Response.seeOther(URI.create("/admin/my-day?notice=handed-over")).build();
    }

    private MyDayPage page(String notice, String refusal) {
        LocalDate today = LocalDate.now(clock.withZone(console.zone()));
        boolean team = caller.seesEverything();
        List<ComplaintDto> attention;
        List<FollowUpDto> calls;
        List<FollowUpOpinionDto> opinions;
        List<RetentionWatchCustomerDto> watch;
        if (team) {
            attention = complaints.needingAttention(null, LIMIT);
            calls = followUps.unassignedOrOverdue(LIMIT);
            opinions = followUps.opinions(false, null, null, PageRequest.of(0, LIMIT, null)).items();
            watch = retention.watchWithoutOpenCase(LIMIT);
        } else {
            UUID me = caller.id();
            Instant endOfToday = today.plusDays(1).atStartOfDay(console.zone()).toInstant();
            attention = complaints.needingAttention(me, LIMIT);
            calls = followUps.queue(me, FollowUpStatus.OPEN, null, endOfToday, null, null,
                    PageRequest.of(0, LIMIT, null)).items();
            opinions = followUps.opinions(false, me, null, PageRequest.of(0, LIMIT, null)).items();
            watch = List.of();
        }
        // Visits due (SPEC 8 "Enterprise accounts"): the agent's enterprise customers, or the team's.
        List<VisitDue> due = visits.due(team ? null : caller.id(), today.plusDays(visitDays), LIMIT);
        List<UUID> customerIds = new ArrayList<>();
        attention.forEach(c -> customerIds.add(c.customerId()));
        calls.forEach(f -> customerIds.add(f.customerId()));
        opinions.forEach(o -> customerIds.add(o.customerId()));
        return new MyDayPage(team, attention, calls, opinions, watch, CustomerNames.of(customerIds),
                ComplaintCategories.load(console.languageTag()), Managers.load(users), today.toString(), LIMIT,
                notice, refusal, due, visitDays);
    }

    private static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
