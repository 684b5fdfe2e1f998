package org.vipcare.followup;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.vipcare.calendar.BusinessCalendars;
import org.vipcare.common.ETags;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.common.Problem;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;
import org.vipcare.common.SqlList;
import org.vipcare.common.Text;
import org.vipcare.complaint.Complaint;
import org.vipcare.complaint.ComplaintChannel;
import org.vipcare.complaint.ComplaintCreate;
import org.vipcare.complaint.ComplaintHandedOver;
import org.vipcare.complaint.ComplaintResolved;
import org.vipcare.complaint.ComplaintService;
import org.vipcare.customer.CustomerLookup;
import org.vipcare.customer.CustomerManagerChanged;
import org.vipcare.customer.LiveCustomer;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.User;

/**
 * Follow-up call tasks and their attempts. Agents see and work the tasks assigned to them; supervisors and admins
 * every task. Unreached customers are called again on a schedule until the task's maxAttempts, then it is given up.
 */
@ApplicationScoped
@Transactional
public class FollowUpService {

    /** The verification call after a resolution is due a day later (in the customer's next contact slot). */
    public static final Duration VERIFICATION_DELAY = Duration.ofDays(1);
    /** A customer opinion raised in a call is answered within this many working days (SPEC 5). */
    public static final int OPINION_ANSWER_WORKING_DAYS = 2;
    /** The highest satisfaction (1-5) that counts as dissatisfied (SPEC 8). */
    static final int DISSATISFIED = 2;

    private final EntityManager em;
    private final Clock clock;
    private final CurrentUser caller;
    private final ComplaintService complaints;
    private final CustomerLookup customers;
    private final BusinessCalendars calendars;
    private final CallTimes callTimes;
    private final Event<FollowUpAssigned> assigned;
    private final Event<FollowUpGaveUp> gaveUp;

    public FollowUpService(EntityManager em, Clock clock, CurrentUser caller, ComplaintService complaints,
            CustomerLookup customers, BusinessCalendars calendars, CallTimes callTimes,
            Event<FollowUpAssigned> assigned, Event<FollowUpGaveUp> gaveUp) {
        this.gaveUp = gaveUp;
        this.em = em;
        this.clock = clock;
        this.caller = caller;
        this.complaints = complaints;
        this.customers = customers;
        this.calendars = calendars;
        this.callTimes = callTimes;
        this.assigned = assigned;
    }

    /** Most urgent first: earliest due time on top. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<FollowUpDto> queue(UUID assigneeId, FollowUpStatus status, FollowUpPurpose purpose, Instant dueBefore,
            UUID customerId, UUID complaintId, PageRequest request) {
        PageRequest.Paging paging = request.resolve(
                Map.of("dueAt", "dueAt", "createdAt", "createdAt", "attempts", "attempts", "failedTries", "failedTries"),
                "dueAt asc");
        SqlList where = new SqlList()
                .andIfGiven("assigneeId = :assignee", "assignee", caller.seesEverything() ? assigneeId : caller.id())
                .andIfGiven("status = :status", "status", status)
                .andIfGiven("purpose = :purpose", "purpose", purpose)
                .andIfGiven("dueAt < :dueBefore", "dueBefore", dueBefore)
                .andIfGiven("customerId = :customerId", "customerId", customerId)
                .andIfGiven("complaintId = :complaintId", "complaintId", complaintId);
        String[] order = paging.orderBy().split(" ");
        Sort sort = Sort.by(order[0], paging.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending)
                .and("id");
        var query = FollowUp.<FollowUp>find(where.where(), sort, where.params());
        List<FollowUpDto> items = query.page(paging.page(), paging.size()).list().stream().map(FollowUpDto::from)
                .toList();
        return new Page<>(items, paging.page(), paging.size(), query.count());
    }

    /**
     * Open calls nobody is assigned to or past their due time, the longest overdue first, at most {@code limit}: what a
     * supervisor hands out. Two bounded index walks (the overdue ones end at now on {@code follow_up_status_due}, the
     * unassigned ones are {@code follow_up_queue}'s null assignee), ids first; one "or" would read every open call
     * when few match.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUpDto> unassignedOrOverdue(int limit) {
        if (!caller.seesEverything()) {
            throw ProblemException.forbidden("security.forbidden", "Only supervisors and admins see the team's unassigned and overdue calls.");
        }
        int size = Math.max(1, limit);
        Set<UUID> ids = new LinkedHashSet<>(em.createQuery("select f.id from FollowUp f where f.status = :open"
                + " and f.dueAt < :now order by f.dueAt, f.id", UUID.class)
                .setParameter("open", FollowUpStatus.OPEN).setParameter("now", clock.instant())
                .setMaxResults(size).getResultList());
        ids.addAll(em.createQuery("select f.id from FollowUp f where f.assigneeId is null and f.status = :open"
                + " order by f.dueAt, f.id", UUID.class)
                .setParameter("open", FollowUpStatus.OPEN).setMaxResults(size).getResultList());
        if (ids.isEmpty()) {
            return List.of();
        }
        return FollowUp.<FollowUp>list("id in ?1 order by dueAt, id", List.copyOf(ids)).stream().limit(size)
                .map(FollowUpDto::from).toList();
    }

    /**
     * A customer's open calls the caller works, the soonest due first, at most {@code limit}: the customer page's
     * open work.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUpDto> openFor(UUID customerId, int limit) {
        SqlList where = new SqlList().and("customerId = :customer", "customer", customerId)
                .and("status = :open", "open", FollowUpStatus.OPEN)
                .andIfGiven("assigneeId = :assignee", "assignee", caller.seesEverything() ? null : caller.id());
        return FollowUp.<FollowUp>find(where.where() + " order by dueAt, id", where.params())
                .range(0, Math.max(1, limit) - 1).list().stream().map(FollowUpDto::from).toList();
    }

    /** A task made by hand; agents make tasks for themselves only. */
    public FollowUp create(FollowUpCreate input) {
        Problem.Violations violations = new Problem.Violations();
        Optional<LiveCustomer> customer = customers.find(input.customerId());
        if (customer.isEmpty()) {
            violations.add("customerId", "common.unknown-customer", "must be the id of an existing customer");
        } else if (!caller.seesEverything() && !caller.id().equals(customer.get().managerId())) {
            throw ProblemException.forbidden("followup.create.not-own-customer",
                    "An agent makes follow-ups for the customers it manages.");
        }
        UUID assignee = input.assigneeId() == null ? caller.id() : input.assigneeId();
        if (input.assigneeId() != null && !input.assigneeId().equals(caller.id())) {
            if (!caller.seesEverything()) {
                throw ProblemException.forbidden("followup.create.not-own",
                        "An agent makes follow-ups for itself; a supervisor assigns others.");
            }
            if (User.findWorkOwner(input.assigneeId()).isEmpty()) {
                violations.add("assigneeId", "common.unknown-work-owner",
                        "must be the id of an enabled agent or supervisor");
            }
        }
        violations.throwIfAny();
        FollowUp task = new FollowUp();
        task.stampNew(clock.instant());
        task.customerId = input.customerId();
        task.purpose = input.purpose();
        // A time chosen by hand is kept as given: the person who chose it knows the customer.
        task.dueAt = input.dueAt();
        task.maxAttempts = callTimes.maxTries();
        task.assigneeId = assignee;
        task.note = Text.trimToNull(input.note());
        task.persist();
        if (!assignee.equals(caller.id())) {
            assigned.fire(new FollowUpAssigned(task.id, task.customerId, task.purpose, assignee, caller.id(),
                    task.createdAt));
        }
        em.flush();
        return task;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FollowUpDetailDto detail(UUID id) {
        FollowUp task = FollowUp.<FollowUp>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("follow-up", id));
        requireWorker(task);
        return FollowUpDetailDto.from(task, FollowUpAttempt.of(id));
    }

    /**
     * Records a call. REACHED ends the task; any other outcome reschedules it ({@link FollowUpSchedule}) until
     * maxAttempts failed tries were made, then the task is given up; a callback the customer asked for (NO_TIME with
     * callbackAt) is kept exactly and is not a failed try. With openComplaint the problem raised becomes a
     * complaint in the same transaction: if the complaint is refused, the attempt is not kept either.
     */
    public FollowUpAttemptDto.Recorded attempt(UUID id, FollowUpAttemptCreate input) {
        Instant now = clock.instant();
        // Lock order: the complaint before its call, as every complaint move does (it locks the complaint, then a
        // handover or resolution changes the call). The attempt's V5 trigger and the verification mark then write to
        // a complaint this transaction already holds, instead of waiting for it while holding the call: a deadlock.
        FollowUp.complaintOf(id).ifPresent(complaintId -> Complaint.findForUpdate(complaintId));
        FollowUp task = FollowUp.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("follow-up", id));
        requireWorker(task);
        if (task.status != FollowUpStatus.OPEN) {
            throw new ProblemException(ProblemType.CONFLICT, "followup.attempt.not-open",
                    "Follow-up " + id + " is " + task.status + "; it takes no more attempts.")
                    .with("status", task.status);
        }
        validate(input, now);

        FollowUpAttempt attempt = new FollowUpAttempt();
        attempt.id = UUID.randomUUID();
        attempt.followUpId = task.id;
        attempt.at = now;
        attempt.byUserId = caller.id();
        attempt.outcome = input.outcome();
        attempt.satisfaction = input.satisfaction() == null ? null : input.satisfaction().shortValue();
        attempt.answers = Text.trimToNull(input.answers());
        attempt.suggestion = Text.trimToNull(input.suggestion());
        attempt.problem = Text.trimToNull(input.problem());
        attempt.lead = Text.trimToNull(input.lead());
        attempt.callbackAt = input.callbackAt();
        attempt.durationMinutes = input.durationMinutes();
        if (input.openComplaint()) {
            FollowUpAttemptCreate.ComplaintPart part = input.complaint();
            String summary = part.summary() == null || part.summary().isBlank() ? input.problem() : part.summary();
            Complaint complaint = complaints.open(new ComplaintCreate(task.customerId, now, ComplaintChannel.PHONE,
                    null, part.category(), summary, part.demand(), part.complainantType(), part.purpose(), null,
                    part.staffConcernedId()),
                    "complaint.");
            attempt.complaintId = complaint.id;
        } else if (attempt.suggestion != null || attempt.problem != null || isDissatisfied(input)) {
            attempt.answerDueAt = calendars.current().plusWorkingDays(now, OPINION_ANSWER_WORKING_DAYS);
        }
        attempt.persist();

        task.attempts++;
        if (FollowUpSchedule.isFailedTry(input.outcome(), input.callbackAt())) {
            task.failedTries++;
        }
        if (input.outcome() == FollowUpOutcome.REACHED) {
            task.status = FollowUpStatus.DONE;
            if (task.purpose == FollowUpPurpose.AFTER_COMPLAINT && task.complaintId != null) {
                if (isDissatisfied(input)) {
                    complaints.recordNotVerified(task.complaintId, now, customerWords(attempt));
                } else {
                    complaints.recordVerified(task.complaintId, now);
                }
            }
        } else if (task.failedTries >= task.maxAttempts) {
            task.status = FollowUpStatus.GAVE_UP;
            gaveUp.fire(new FollowUpGaveUp(task.id, task.customerId, task.purpose, task.assigneeId, task.attempts, now));
        } else {
            task.dueAt = callTimes.schedule(task.customerId).nextCall(input.outcome(), now, input.callbackAt(),
                    task.failedTries);
        }
        task.updatedAt = now;
        em.flush();
        return new FollowUpAttemptDto.Recorded(FollowUpAttemptDto.from(attempt), FollowUpDto.from(task));
    }

    /**
     * Opinions raised in calls, oldest due first. An agent sees those of its own tasks; supervisors and admins all,
     * or one assignee's.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<FollowUpOpinionDto> opinions(Boolean answered, UUID assigneeId, UUID customerId,
            PageRequest request) {
        PageRequest.Paging paging = request.resolve(Map.of("answerDueAt", "answerDueAt"), "answerDueAt asc");
        if (!paging.ascending()) {
            throw ProblemException.invalid("sort", "followup.opinions.sort",
                    "opinions are listed oldest due first: answerDueAt,asc");
        }
        UUID assignee = caller.seesEverything() ? assigneeId : caller.id();
        Instant now = clock.instant();
        List<FollowUpOpinionDto> items = FollowUpAttempt.opinions(answered, assignee, customerId, paging.page(),
                paging.size()).stream().map(o -> FollowUpOpinionDto.from(o.attempt(), o.task(), now)).toList();
        return new Page<>(items, paging.page(), paging.size(),
                FollowUpAttempt.countOpinions(answered, assignee, customerId));
    }

    /** Records the answer given to an opinion raised in a call; an opinion is answered once. */
    public FollowUpAttemptDto answer(UUID id, UUID attemptId, FollowUpAnswer input) {
        FollowUp task = FollowUp.<FollowUp>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("follow-up", id));
        requireWorker(task);
        FollowUpAttempt attempt = FollowUpAttempt.<FollowUpAttempt>findByIdOptional(attemptId,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .filter(a -> a.followUpId.equals(id))
                .orElseThrow(() -> ProblemException.notFound("attempt of follow-up " + id, attemptId));
        if (!attempt.raisesOpinion()) {
            throw new ProblemException(ProblemType.CONFLICT, "followup.opinion.none",
                    "Attempt " + attemptId + " raised no opinion to answer"
                    + " (no suggestion or problem, or its problem became a complaint).");
        }
        if (attempt.answeredAt != null) {
            throw new ProblemException(ProblemType.CONFLICT, "followup.opinion.answered",
                    "The opinion of attempt " + attemptId + " was answered at " + attempt.answeredAt + ".");
        }
        attempt.answer = input.answer().trim();
        attempt.answeredAt = clock.instant();
        attempt.answeredById = caller.id();
        em.flush();
        return FollowUpAttemptDto.from(attempt);
    }

    /** A resolved complaint gets its verification call (跟踪核实) for its owner, or the open one is moved. */
    void scheduleVerification(@Observes ComplaintResolved resolved) {
        FollowUp task = FollowUp.openVerification(resolved.complaintId()).orElseGet(() -> {
            FollowUp created = new FollowUp();
            created.stampNew(resolved.resolvedAt());
            created.customerId = resolved.customerId();
            created.purpose = FollowUpPurpose.AFTER_COMPLAINT;
            created.complaintId = resolved.complaintId();
            created.note = "Verify with the customer that the complaint's resolution holds (跟踪核实)";
            created.maxAttempts = callTimes.maxTries();
            created.brief = "VERIFICATION";
            return created;
        });
        task.assigneeId = resolved.ownerId();
        task.dueAt = callTimes.nextSlot(resolved.customerId(), resolved.resolvedAt().plus(VERIFICATION_DELAY));
        task.updatedAt = resolved.resolvedAt();
        if (!task.isPersistent()) {
            task.persist();
        }
    }

    /**
     * The continued-care call (客户的持续关怀) after a retention case closed, whatever its outcome: due at
     * {@code dueAt} or, outside the customer's contact slots, at the start of the next one.
     */
    public FollowUp scheduleRetentionCare(UUID caseId, UUID customerId, UUID assigneeId, Instant dueAt, String note,
            String brief, Instant now) {
        FollowUp task = new FollowUp();
        task.stampNew(now);
        task.customerId = customerId;
        task.purpose = FollowUpPurpose.RETENTION_CARE;
        task.retentionCaseId = caseId;
        task.assigneeId = assigneeId;
        task.dueAt = callTimes.nextSlot(customerId, dueAt);
        task.maxAttempts = callTimes.maxTries();
        task.note = note;
        task.brief = brief;
        task.persist();
        return task;
    }

    /** A handed-over complaint's open verification call goes to the new owner. */
    void reassignVerification(@Observes ComplaintHandedOver handedOver) {
        FollowUp.openVerification(handedOver.complaintId()).ifPresent(task -> {
            task.assigneeId = handedOver.toUserId();
            task.updatedAt = handedOver.at();
        });
    }

    /**
     * Steers an open call by hand (PATCH): a new due time (kept exactly as given), a new assignee (supervisors and
     * admins; the assignee is told through {@link FollowUpAssigned}), or a cancellation with its reason. Each change
     * is a {@link FollowUpEvent} in the same transaction; a refused patch changes nothing.
     */
    public FollowUp steer(UUID id, FollowUpUpdate input, String ifMatch) {
        Instant now = clock.instant();
        FollowUp task = FollowUp.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("follow-up", id));
        requireWorker(task);
        if (input.assigneeId() != null && !caller.seesEverything()) {
            throw ProblemException.forbidden("followup.reassign.not-allowed",
                    "Only supervisors and admins give a follow-up call to someone else.");
        }
        ETags.requireMatch(ifMatch, task.version, "follow-up");
        if (task.status != FollowUpStatus.OPEN) {
            throw new ProblemException(ProblemType.CONFLICT, "followup.update.not-open",
                    "Follow-up " + id + " is " + task.status + "; only an OPEN call is rescheduled, reassigned or "
                    + "cancelled.").with("status", task.status);
        }
        validateSteer(input, now);
        if (input.cancels()) {
            FollowUpEvent event = FollowUpEvent.of(task, FollowUpEventKind.CANCELLED, caller.id(), now);
            event.note = input.cancelReason().trim();
            event.persist();
            task.status = FollowUpStatus.CANCELLED;
            task.cancelReason = event.note;
            task.updatedAt = now;
            em.flush();
            return task;
        }
        String note = Text.trimToNull(input.note());
        if (input.dueAt() != null && !input.dueAt().equals(task.dueAt)) {
            FollowUpEvent event = FollowUpEvent.of(task, FollowUpEventKind.RESCHEDULED, caller.id(), now);
            event.fromDueAt = task.dueAt;
            event.toDueAt = input.dueAt();
            event.note = note;
            event.persist();
            // A time chosen by hand is kept as given, as on creation.
            task.dueAt = input.dueAt();
            task.updatedAt = now;
            note = null;
        }
        if (input.assigneeId() != null && !input.assigneeId().equals(task.assigneeId)) {
            FollowUpEvent event = FollowUpEvent.of(task, FollowUpEventKind.REASSIGNED, caller.id(), now);
            event.fromAssigneeId = task.assigneeId;
            event.toAssigneeId = input.assigneeId();
            event.note = note;
            event.persist();
            task.assigneeId = input.assigneeId();
            task.updatedAt = now;
            if (!task.assigneeId.equals(caller.id())) {
                assigned.fire(new FollowUpAssigned(task.id, task.customerId, task.purpose, task.assigneeId,
                        caller.id(), now));
            }
        }
        em.flush();
        return task;
    }

    /** A call's changes made outside its attempts, oldest first (for those who may work the call). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUpChangeDto> changes(UUID id) {
        FollowUp task = FollowUp.<FollowUp>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("follow-up", id));
        requireWorker(task);
        return FollowUpEvent.of(id).stream().map(FollowUpChangeDto::from).toList();
    }

    /**
     * Calls follow the customer (SPEC 8): when a customer moves to another manager, its open calls that were the old
     * manager's or nobody's become the new manager's, each with a MOVED_WITH_CUSTOMER change, in the transaction
     * that moved the customer. Calls given to someone else on purpose (a complaint owner's verification) stay; a
     * customer left without a manager keeps its calls where they are.
     */
    void followCustomer(@Observes CustomerManagerChanged moved) {
        if (moved.toManagerId() == null) {
            return;
        }
        String previous = moved.fromManagerId() == null ? "assignee_id is null"
                : "(assignee_id = :from or assignee_id is null)";
        var query = em.createNativeQuery("""
                with target as (
                    select id, assignee_id from follow_up
                     where customer_id = :customer and status = 'OPEN' and %s
                       for update),
                moved as (
                    update follow_up f set assignee_id = :to, updated_at = :at, version = f.version + 1
                      from target t where f.id = t.id
                    returning f.id, t.assignee_id as from_assignee)
                insert into follow_up_event (id, follow_up_id, customer_id, kind, from_assignee_id, to_assignee_id,
                                             by_user_id, at)
                select gen_random_uuid(), id, :customer, 'MOVED_WITH_CUSTOMER', from_assignee, :to, %s, :at
                  from moved
                """.formatted(previous, moved.byUserId() == null ? "cast(null as uuid)" : ":by"))
                .setParameter("customer", moved.customerId()).setParameter("to", moved.toManagerId())
                .setParameter("at", moved.at());
        if (moved.fromManagerId() != null) {
            query.setParameter("from", moved.fromManagerId());
        }
        if (moved.byUserId() != null) {
            query.setParameter("by", moved.byUserId());
        }
        query.executeUpdate();
    }

    private void validateSteer(FollowUpUpdate input, Instant now) {
        Problem.Violations violations = new Problem.Violations();
        if (input.namesNothing()) {
            violations.add("request", "followup.update.empty",
                    "names nothing to change: give dueAt, assigneeId, or status CANCELLED with cancelReason");
        }
        if (input.status() != null && input.status() != FollowUpStatus.CANCELLED) {
            violations.add("status", "followup.update.status", "can only be set to CANCELLED");
        }
        if (input.cancels()) {
            if (Text.trimToNull(input.cancelReason()) == null) {
                violations.add("cancelReason", "followup.cancel.reason-required", "is required to cancel a call");
            }
            if (input.dueAt() != null || input.assigneeId() != null || input.note() != null) {
                violations.add("status", "followup.cancel.alone",
                        "a call is cancelled alone: without dueAt, assigneeId or note");
            }
        } else if (input.cancelReason() != null) {
            violations.add("cancelReason", "followup.cancel.reason-without-cancel", "is given only with status CANCELLED");
        }
        if (input.cancelReason() != null && input.cancelReason().length() > 1000) {
            violations.add("cancelReason", "followup.text.too-long", "must be at most 1000 characters");
        }
        if (input.note() != null && input.note().length() > 1000) {
            violations.add("note", "followup.text.too-long", "must be at most 1000 characters");
        }
        if (input.note() != null && input.dueAt() == null && input.assigneeId() == null && !input.cancels()) {
            violations.add("note", "followup.update.note-alone", "explains a new dueAt or assigneeId; give one");
        }
        if (input.dueAt() != null && !input.dueAt().isAfter(now)) {
            violations.add("dueAt", "followup.due.past", "must be in the future");
        }
        if (input.assigneeId() != null && User.findWorkOwner(input.assigneeId()).isEmpty()) {
            violations.add("assigneeId", "common.unknown-work-owner", "must be the id of an enabled agent or supervisor");
        }
        violations.throwIfAny();
    }

    /**
     * A reached call with satisfaction at or below {@link #DISSATISFIED} (SPEC 8, "Dissatisfaction") raises an opinion even without a
     * word of it, and on a verification call keeps the complaint from closing.
     */
    private static boolean isDissatisfied(FollowUpAttemptCreate input) {
        return input.outcome() == FollowUpOutcome.REACHED && input.satisfaction() != null
                && input.satisfaction() <= DISSATISFIED;
    }

    /** What the customer said on the call, for the complaint's history: the problem, else the suggestion or answers. */
    private static String customerWords(FollowUpAttempt attempt) {
        return attempt.problem != null ? attempt.problem
                : attempt.suggestion != null ? attempt.suggestion : attempt.answers;
    }

    private void validate(FollowUpAttemptCreate input, Instant now) {
        Problem.Violations violations = new Problem.Violations();
        boolean reached = input.outcome() == FollowUpOutcome.REACHED;
        if (!reached && input.satisfaction() != null) {
            violations.add("satisfaction", "followup.satisfaction.not-reached",
                    "is recorded only when the customer was REACHED");
        }
        if (input.callbackAt() != null && input.outcome() != FollowUpOutcome.NO_TIME) {
            violations.add("callbackAt", "followup.callback.not-no-time", "is given only with NO_TIME");
        }
        if (input.callbackAt() != null && !input.callbackAt().isAfter(now)) {
            violations.add("callbackAt", "followup.callback.past", "must be in the future");
        }
        if (input.openComplaint()) {
            if (!reached) {
                violations.add("openComplaint", "followup.complaint.not-reached",
                        "a complaint is opened only from a call that REACHED the customer");
            }
            if (input.complaint() == null) {
                violations.add("complaint", "followup.complaint.required", "is required with openComplaint");
            } else if (Text.trimToNull(input.complaint().summary()) == null
                    && Text.trimToNull(input.problem()) == null) {
                violations.add("problem", "followup.problem.required",
                        "is required with openComplaint unless complaint.summary is given");
            }
        } else if (input.complaint() != null) {
            violations.add("complaint", "followup.complaint.not-opened", "is given only with openComplaint");
        }
        violations.throwIfAny();
    }

    /** The assignee works a task; supervisors and admins work every task. */
    private void requireWorker(FollowUp task) {
        if (!mayWork(task)) {
            throw ProblemException.forbidden("followup.work.not-yours",
                    "Follow-up " + task.id + " is assigned to someone else.");
        }
    }

    /** Whether the caller reads and works the task: its assignee, a supervisor or an admin. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayWork(FollowUp task) {
        return caller.seesEverything() || task.assigneeId != null && task.assigneeId.equals(caller.id());
    }
}
