package org.vipcare.myday;

import org.vipcare.complaint.console.ComplaintCategories;
import org.vipcare.complaint.console.ComplaintTemplateExtensions;
import org.vipcare.console.ConsoleContext;
import org.vipcare.customer.console.CustomerNames;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.vipcare.common.PageRequest;
import org.vipcare.complaint.ComplaintDto;
import org.vipcare.complaint.ComplaintFilter;
import org.vipcare.complaint.ComplaintService;
import org.vipcare.complaint.ComplaintSlaState;
import org.vipcare.complaint.ComplaintStatus;
import org.vipcare.followup.FollowUpDto;
import org.vipcare.followup.FollowUpOpinionDto;
import org.vipcare.followup.FollowUpService;
import org.vipcare.followup.FollowUpStatus;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.Role;

/**
 * "My day": the first page an account manager sees. The signed-in user's complaints that are overdue or at risk,
 * the follow-up calls due by the end of today (welcome and verification calls included) and the opinions raised in
 * calls still waiting for an answer, each linking to its page. The lists are the services' own queries.
 */
@Path("/admin/my-day")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
public class MyDayAdminResource {

    static final int LIMIT = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance myDay(List<ComplaintDto> complaints, List<FollowUpDto> followUps,
                List<FollowUpOpinionDto> opinions, CustomerNames customers, ComplaintCategories categories,
                String today);
    }

    private final ComplaintService complaints;
    private final FollowUpService followUps;
    private final CurrentUser caller;
    private final ConsoleContext console;
    private final Clock clock;

    public MyDayAdminResource(ComplaintService complaints, FollowUpService followUps, CurrentUser caller,
            ConsoleContext console, Clock clock) {
        this.complaints = complaints;
        this.followUps = followUps;
        this.caller = caller;
        this.console = console;
        this.clock = clock;
    }

    @GET
    public TemplateInstance myDay() {
        UUID me = caller.id();
        LocalDate today = LocalDate.now(clock.withZone(console.zone()));
        Instant endOfToday = today.plusDays(1).atStartOfDay(console.zone()).toInstant();

        List<ComplaintDto> attention = needingAttention(me);
        List<FollowUpDto> due = followUps.queue(me, FollowUpStatus.OPEN, null, endOfToday, null, null,
                PageRequest.of(0, LIMIT, null)).items();
        List<FollowUpOpinionDto> waiting = followUps.opinions(false, me, null, PageRequest.of(0, LIMIT, null))
                .items();

        List<UUID> customerIds = new ArrayList<>();
        attention.forEach(c -> customerIds.add(c.customerId()));
        due.forEach(f -> customerIds.add(f.customerId()));
        waiting.forEach(o -> customerIds.add(o.customerId()));
        return Templates.myDay(attention, due, waiting, CustomerNames.of(customerIds),
                ComplaintCategories.load(console.languageTag()), today.toString());
    }

    /**
     * My complaints past a due time, at 75 % of a clock (WARNING), or with a missed clock while still open; escalated
     * first, then the soonest due, as the complaint queue orders them.
     */
    private List<ComplaintDto> needingAttention(UUID me) {
        PageRequest first = PageRequest.of(0, LIMIT, null);
        Map<UUID, ComplaintDto> found = new LinkedHashMap<>();
        Stream.of(new ComplaintFilter(null, null, me, true, null, null, null, null),
                new ComplaintFilter(null, null, me, null, null, null, null, ComplaintSlaState.BREACHED),
                new ComplaintFilter(null, null, me, null, null, null, null, ComplaintSlaState.WARNING))
                .flatMap(filter -> complaints.list(filter, first).items().stream())
                .filter(c -> c.status() != ComplaintStatus.CLOSED && c.status() != ComplaintStatus.RESOLVED)
                .forEach(c -> found.putIfAbsent(c.id(), c));
        return found.values().stream()
                .sorted(Comparator.comparing(ComplaintDto::escalated).reversed()
                        .thenComparing(ComplaintTemplateExtensions::runningDue,
                                Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
