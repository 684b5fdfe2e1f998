package org.vipcare.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditLog;
import org.vipcare.calendar.BusinessCalendars;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.common.Problem;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;
import org.vipcare.common.SqlList;
import org.vipcare.common.RecordRef;
import org.vipcare.common.Text;
import org.vipcare.common.VipCareConfig;
import org.vipcare.customer.CustomerLookup;
import org.vipcare.customer.LiveCustomer;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.Role;
import org.vipcare.security.User;
import org.vipcare.tier.TierPolicies;

/**
 * Complaints: open with tier-scaled SLA clocks, move through the state machine, hand over. Ownership follows 首问负责:
 * only the owner, a supervisor or an admin moves a complaint; agents read the complaints they own, first received,
 * or that concern customers they manage.
 */
@ApplicationScoped
@Transactional
public class ComplaintService {

    /** Sort fields; a status sorts in the order of the workflow (RECEIVED first), not by its code. */
    static final Map<String, String> SORTABLE = Map.of("receivedAt", "c.received_at", "contactDueAt",
            "c.contact_due_at", "feedbackDueAt", "c.feedback_due_at", "createdAt", "c.created_at", "updatedAt",
            "c.updated_at", "status", "case c.status " + Arrays.stream(ComplaintStatus.values())
                    .map(s -> "when '" + s.name() + "' then " + s.ordinal()).collect(Collectors.joining(" ")) + " end");
    /** Escalated first (SPEC 4: top of the queue), then the clock that runs out soonest. */
    static final String QUEUE_ORDER = "c.escalated desc, c.next_due_at asc nulls last, c.received_at asc";
    /** How far ahead of our clock a client's time may be (phones are not exact). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final EntityManager em;
    private final Clock clock;
    private final CurrentUser caller;
    private final TierPolicies policies;
    private final CustomerLookup customers;
    private final Event<ComplaintResolved> resolved;
    private final Event<ComplaintHandedOver> handedOver;
    private final Event<ComplaintOpened> opened;
    private final Event<ComplaintClosed> closed;
    private final VerificationCalls verificationCalls;
    private final BusinessCalendars calendars;
    private final VipCareConfig config;
    private final AuditLog audit;

    public ComplaintService(EntityManager em, Clock clock, CurrentUser caller, TierPolicies policies,
            CustomerLookup customers, BusinessCalendars calendars, VipCareConfig config, AuditLog audit,
            Event<ComplaintResolved> resolved, Event<ComplaintHandedOver> handedOver,
            VerificationCalls verificationCalls, Event<ComplaintOpened> opened, Event<ComplaintClosed> closed) {
        this.opened = opened;
        this.closed = closed;
        this.verificationCalls = verificationCalls;
        this.em = em;
        this.clock = clock;
        this.caller = caller;
        this.policies = policies;
        this.customers = customers;
        this.calendars = calendars;
        this.config = config;
        this.audit = audit;
        this.resolved = resolved;
        this.handedOver = handedOver;
    }

    public Instant now() {
        return clock.instant();
    }

    /**
     * Records a complaint, owned by its first receiver, with contact and feedback due times from the customer's
     * current tier. {@code field} prefixes violation names when the complaint is part of a larger body.
     */
    public Complaint open(ComplaintCreate input, String field) {
        Instant now = clock.instant();
        Problem.Violations violations = new Problem.Violations();
        LiveCustomer customer = customers.find(input.customerId()).orElse(null);
        if (customer == null) {
            violations.add(field + "customerId", "common.unknown-customer", "must be the id of an existing customer");
        }
        String category = input.category().trim().toUpperCase();
        if (!ComplaintCategory.isActive(category)) {
            violations.add(field + "category", "complaint.category.unknown",
                    "must be one of " + ComplaintCategory.listActive().stream()
                    .map(c -> c.code).toList());
        }
        Instant receivedAt = input.receivedAt() == null ? now : input.receivedAt();
        if (receivedAt.isAfter(now.plus(CLOCK_SKEW))) {
            violations.add(field + "receivedAt", "common.in-the-future", "must not be in the future");
        }
        UUID firstReceiver = input.firstReceiverId() == null ? caller.id() : input.firstReceiverId();
        if (input.firstReceiverId() != null && !input.firstReceiverId().equals(caller.id())) {
            if (!caller.seesEverything()) {
                throw ProblemException.forbidden("complaint.create.not-own-receiver",
                        "An agent records complaints it received itself.");
            }
            if (User.findWorkOwner(input.firstReceiverId()).isEmpty()) {
                violations.add(field + "firstReceiverId", "common.unknown-work-owner",
                        "must be the id of an enabled agent or supervisor");
            }
        }
        if (input.staffConcernedId() != null && !isStaff(input.staffConcernedId())) {
            violations.add(field + "staffConcernedId", "complaint.staff.unknown", "must be the id of a staff member");
        }
        violations.throwIfAny();

        Complaint complaint = new Complaint();
        complaint.stampNew(now);
        complaint.customerId = customer.id();
        complaint.receivedAt = receivedAt;
        complaint.channel = input.channel();
        complaint.place = Text.trimToNull(input.place());
        complaint.category = category;
        complaint.summary = input.summary().trim();
        complaint.demand = Text.trimToNull(input.demand());
        complaint.complainantType = input.complainantType();
        complaint.purpose = input.purpose();
        complaint.firstReceiverId = firstReceiver;
        complaint.ownerId = firstReceiver;
        complaint.staffConcernedId = input.staffConcernedId();
        complaint.status = ComplaintStatus.RECEIVED;
        complaint.slaMultiplier = ComplaintSla.multiplier(policies.current(), customer.tier(), customer.watch());
        VipCareConfig.Complaints sla = config.complaints();
        ComplaintSla.Deadline contact = ComplaintSla.deadline(receivedAt, ComplaintSla.CONTACT,
                complaint.slaMultiplier, sla.contactSlaTime().orElse(sla.slaTime()), calendars::current);
        ComplaintSla.Deadline feedback = ComplaintSla.deadline(receivedAt, ComplaintSla.FEEDBACK,
                complaint.slaMultiplier, sla.feedbackSlaTime().orElse(sla.slaTime()), calendars::current);
        complaint.contactWarnAt = contact.warnAt();
        complaint.contactDueAt = contact.dueAt();
        complaint.feedbackWarnAt = feedback.warnAt();
        complaint.feedbackDueAt = feedback.dueAt();
        complaint.persist();
        record(complaint, ComplaintEventKind.RECEIVED, null, receivedAt, null);
        opened.fire(new ComplaintOpened(complaint.id, complaint.customerId, complaint.ownerId, category, now));
        em.flush();
        return complaint;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Complaint get(UUID id) {
        Complaint complaint = Complaint.<Complaint>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("complaint", id));
        requireReader(complaint);
        return complaint;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ComplaintEventDto> history(UUID id) {
        get(id);
        return ComplaintEvent.history(id).stream().map(ComplaintEventDto::from).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ComplaintDto> list(ComplaintFilter filter, PageRequest request) {
        PageRequest.Paging paging = request.resolve(SORTABLE, QUEUE_ORDER);
        Instant now = clock.instant();
        return filter.toSql(now, caller.seesEverything() ? null : caller.id())
                .page(em, "c.*", "complaint c", paging.orderBy() + ", c.id", paging, Complaint.class)
                .map(c -> ComplaintDto.from(c, now));
    }

    /**
     * Open complaints that need someone now: escalated, with a clock missed or in its warning share; the most urgent
     * first (SLA state: BREACHED, WARNING; then escalated, then the clock due soonest), at most {@code limit}.
     * {@code ownerId} null means the whole team, which only supervisors and admins see. Reads the open complaints in
     * queue order ({@code complaint_queue}), so it stays bounded however many closed ones there are.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ComplaintDto> needingAttention(UUID ownerId, int limit) {
        if (ownerId == null && !caller.seesEverything()) {
            throw ProblemException.forbidden("security.forbidden", "Only supervisors and admins see the whole team's complaints.");
        }
        if (ownerId != null && !caller.seesEverything() && !ownerId.equals(caller.id())) {
            throw ProblemException.forbidden("security.forbidden", "An agent sees its own complaints needing attention.");
        }
        Instant now = clock.instant();
        SqlList where = new SqlList()
                .and("c.status not in ('CLOSED', 'RESOLVED')")
                .and("(c.escalated or " + ComplaintSla.stateSql(ComplaintSlaState.BREACHED) + " or "
                        + ComplaintSla.stateSql(ComplaintSlaState.WARNING) + ")", "now", now)
                .andIfGiven("c.owner_id = :ownerId", "ownerId", ownerId);
        return where.rows(em, "c.*", "complaint c", QUEUE_ORDER + ", c.id",
                new PageRequest.Paging(0, Math.max(1, limit), QUEUE_ORDER), Complaint.class)
                .stream().map(c -> ComplaintDto.from(c, now))
                .sorted(Comparator.comparing((ComplaintDto c) -> c.slaState() != ComplaintSlaState.BREACHED)
                        .thenComparing(c -> c.slaState() != ComplaintSlaState.WARNING)
                        .thenComparing(c -> !c.escalated())
                        .thenComparing(c -> ComplaintSla.runningDue(c.status(), c.contactedAt(), c.contactDueAt(),
                                c.feedbackAt(), c.feedbackDueAt()), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** A customer's complaints not closed yet that the caller may read, in queue order, at most {@code limit}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ComplaintDto> openFor(UUID customerId, int limit) {
        Instant now = clock.instant();
        SqlList where = new ComplaintFilter(null, null, null, null, customerId, null, null, null)
                .toSql(now, caller.seesEverything() ? null : caller.id())
                .and("c.status <> 'CLOSED'");
        return where.rows(em, "c.*", "complaint c", QUEUE_ORDER + ", c.id",
                new PageRequest.Paging(0, Math.max(1, limit), QUEUE_ORDER), Complaint.class)
                .stream().map(c -> ComplaintDto.from(c, now)).toList();
    }

    /** First contact with the customer; records whether the contact clock was met. */
    public Complaint contact(UUID id, ComplaintMoves.Contact body) {
        Instant now = clock.instant();
        Complaint complaint = forMove(id);
        Instant at = body.contactedAt() == null ? now : body.contactedAt();
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.invalid("contactedAt", "common.in-the-future", "must not be in the future");
        }
        if (at.isBefore(complaint.receivedAt)) {
            throw ProblemException.invalid("contactedAt", "complaint.contact.before-received",
                    "must not be before the complaint was received");
        }
        ComplaintStatus from = complaint.moveTo(ComplaintStatus.CONTACTED, now);
        complaint.contact(at);
        record(complaint, ComplaintEventKind.CONTACTED, from, at, Text.trimToNull(body.note()));
        return flushed(complaint);
    }

    /** A progress entry; with feedbackGiven the first one satisfies the feedback clock. */
    public Complaint progress(UUID id, ComplaintMoves.Progress body) {
        Instant now = clock.instant();
        Complaint complaint = forMove(id);
        ComplaintStatus from = complaint.moveTo(ComplaintStatus.IN_PROGRESS, now);
        if (body.feedbackGiven()) {
            complaint.feedback(now);
        }
        ComplaintEvent event = ComplaintEvent.of(complaint, ComplaintEventKind.PROGRESS, from, caller.id(),
                caller.username(), now, body.note().trim());
        event.feedbackGiven = body.feedbackGiven();
        event.persist();
        return flushed(complaint);
    }

    /**
     * Resolution; telling the customer the result is feedback too. The follow-up feature schedules the verification
     * call (跟踪核实) for the owner on {@link ComplaintResolved}; without it reaching the customer the complaint does
     * not close.
     */
    public Complaint resolve(UUID id, ComplaintMoves.Resolve body) {
        Instant now = clock.instant();
        Complaint complaint = forMove(id);
        ComplaintStatus from = complaint.moveTo(ComplaintStatus.RESOLVED, now);
        complaint.resolvedAt = now;
        complaint.resolution = body.resolution().trim();
        complaint.compensation = Text.trimToNull(body.compensation());
        complaint.feedback(now);
        resolved.fire(new ComplaintResolved(complaint.id, complaint.customerId, complaint.ownerId, now));
        record(complaint, ComplaintEventKind.RESOLVED, from, now, complaint.resolution);
        return flushed(complaint);
    }

    /** Closes a resolved complaint once its verification call reached the customer. */
    public Complaint close(UUID id) {
        Instant now = clock.instant();
        Complaint complaint = forMove(id);
        if (complaint.allowedMoves(now).contains(ComplaintStatus.CLOSED) && !complaint.isVerified()) {
            Optional<UUID> call = verificationCalls.latestOf(id);
            String code = call.isPresent() ? "complaint.close.needs-verification"
                    : "complaint.close.needs-verification-call";
            throw new ProblemException(ProblemType.CONFLICT, code, "Complaint " + id
                    + " closes only after its AFTER_COMPLAINT follow-up call has reached the customer.")
                    .with("call", call.map(RecordRef::followUp).orElse(null));
        }
        ComplaintStatus from = complaint.moveTo(ComplaintStatus.CLOSED, now);
        complaint.closedAt = now;
        record(complaint, ComplaintEventKind.CLOSED, from, now, null);
        closed.fire(new ComplaintClosed(complaint.id, complaint.customerId, complaint.ownerId, now));
        return flushed(complaint);
    }

    public Complaint reopen(UUID id, ComplaintMoves.Reopen body) {
        Instant now = clock.instant();
        Complaint complaint = forMove(id);
        ComplaintStatus from = complaint.moveTo(ComplaintStatus.REOPENED, now);
        complaint.reopenedAt = now;
        complaint.closedAt = null;
        record(complaint, ComplaintEventKind.REOPENED, from, now, body.reason().trim());
        return flushed(complaint);
    }

    /**
     * The only way ownership moves; the open verification call goes with it. Audited (COMPLAINT_HANDOVER) in the same
     * transaction, with the {@code endpoint} it came through.
     */
    public Complaint handOver(UUID id, ComplaintMoves.Handover body, String endpoint) {
        Instant now = clock.instant();
        Complaint complaint = forMove(id);
        if (complaint.status == ComplaintStatus.CLOSED) {
            throw new ProblemException(ProblemType.CONFLICT, "complaint.hand-over.closed",
                    "Complaint " + id + " is CLOSED; reopen it before handing it over.");
        }
        if (User.findWorkOwner(body.toUserId()).isEmpty()) {
            throw ProblemException.invalid("toUserId", "common.unknown-work-owner",
                    "must be the id of an enabled agent or supervisor");
        }
        if (complaint.isOwnedBy(body.toUserId())) {
            throw new ProblemException(ProblemType.CONFLICT, "complaint.hand-over.same-owner",
                    "Complaint " + id + " is already owned by that user.");
        }
        UUID from = complaint.ownerId;
        complaint.ownerId = body.toUserId();
        complaint.updatedAt = now;
        ComplaintEvent event = ComplaintEvent.of(complaint, ComplaintEventKind.HANDOVER, complaint.status,
                caller.id(), caller.username(), now, body.note().trim());
        event.fromOwnerId = from;
        event.toOwnerId = body.toUserId();
        event.persist();
        handedOver.fire(new ComplaintHandedOver(complaint.id, body.toUserId(), now, complaint.customerId, from,
                caller.id()));
        audit.record(caller.username(), AuditAction.COMPLAINT_HANDOVER, complaint.customerId, endpoint,
                "Complaint " + complaint.id + " handed over from " + username(from) + " to "
                        + username(body.toUserId()) + ": " + event.note);
        return flushed(complaint);
    }

    /**
     * The port through which the follow-up feature tells that the complaint's verification call reached the customer
     * at {@code at}; the caller holds the complaint's lock (a call attempt takes it first).
     */
    public void recordVerified(UUID id, Instant at) {
        Complaint.recordVerified(id, at);
    }

    /**
     * The port through which the follow-up feature tells that the complaint's verification call reached a dissatisfied
     * customer at {@code at} ({@link Complaint#notVerified}); {@code note} is what the customer said, if anything. The
     * caller holds the complaint's lock and works the call, so no owner check: the call's worker records it.
     */
    public void recordNotVerified(UUID id, Instant at, String note) {
        Complaint complaint = Complaint.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("complaint", id));
        ComplaintStatus from = complaint.notVerified(at);
        record(complaint, ComplaintEventKind.NOT_VERIFIED, from, at, note);
    }

    /** The complaint, locked, if the caller may move it: its owner, a supervisor or an admin. */
    private Complaint forMove(UUID id) {
        Complaint complaint = Complaint.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("complaint", id));
        requireReader(complaint);
        if (!caller.seesEverything() && !complaint.isOwnedBy(caller.id())) {
            throw ProblemException.forbidden("complaint.move.not-owner", "Only the owner of complaint " + id
                    + ", a supervisor or an admin moves it; ask for a handover.");
        }
        return complaint;
    }

    private void requireReader(Complaint complaint) {
        if (!mayRead(complaint)) {
            throw ProblemException.forbidden("complaint.read.not-yours",
                    "Complaint " + complaint.id + " is neither yours nor your customer's.");
        }
    }

    /** Supervisors and admins read every complaint; others those they own or received, or about their customers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayRead(Complaint complaint) {
        if (caller.seesEverything()) {
            return true;
        }
        UUID me = caller.id();
        return complaint.isOwnedBy(me) || complaint.firstReceiverId.equals(me)
                || customers.find(complaint.customerId).map(c -> c.isManagedBy(me)).orElse(false);
    }

    private void record(Complaint complaint, ComplaintEventKind kind, ComplaintStatus from, Instant at,
            String note) {
        ComplaintEvent.of(complaint, kind, from, caller.id(), caller.username(), at, note).persist();
    }

    private Complaint flushed(Complaint complaint) {
        em.flush();
        return complaint;
    }

    /** A person of the team, enabled or not (a complaint may be about someone who has left), not a machine client. */
    private static boolean isStaff(UUID userId) {
        return User.<User>findByIdOptional(userId)
                .filter(u -> u.has(Role.AGENT) || u.has(Role.SUPERVISOR) || u.has(Role.ADMIN)).isPresent();
    }

    private static String username(UUID userId) {
        return User.<User>findByIdOptional(userId).map(u -> u.username).orElse(String.valueOf(userId));
    }
}
