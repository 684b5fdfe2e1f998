package org.vipcare.visit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.vipcare.common.BusinessTime;
import org.vipcare.common.ETags;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.common.Problem;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;
import org.vipcare.common.SqlValues;
import org.vipcare.common.Text;
import org.vipcare.common.VipCareConfig;
import org.vipcare.customer.Customer;
import org.vipcare.customer.CustomerErased;
import org.vipcare.customer.CustomerManagerChanged;
import org.vipcare.customer.CustomerService;
import org.vipcare.customer.EnterpriseClass;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.Role;

/**
 * Visits to enterprise customers (SPEC 8 "Enterprise accounts"): planned by whoever may change the customer (its
 * manager, supervisors, admins), then recorded (DONE) or cancelled, both final. An agent works and reads the visits it
 * makes and those of its customers; supervisors and admins any.
 */
@ApplicationScoped
@Transactional
public class VisitService {

    static final Map<String, String> SORTABLE = Map.of("plannedAt", "plannedAt", "visitedAt", "visitedAt",
            "createdAt", "createdAt");

    /** Each live enterprise customer with a class: the facts its due date is computed from. */
    private static final String DUE = """
            select d.id, d.name, d.manager_id, d.enterprise_class, d.last_visited, d.next_planned, d.due_on
              from (select c.id, c.name, c.manager_id, c.enterprise_class, l.last_visited, p.next_planned,
                           cast(coalesce(cast(timezone(:zone, l.last_visited) as date), c.joined_at)
                                + case c.enterprise_class when 'A' then cast(:a as interval)
                                                          when 'B' then cast(:b as interval)
                                                          else cast(:c as interval) end as date) as due_on
                      from customer c
                      left join lateral (select max(v.visited_at) as last_visited from visit v
                                          where v.customer_id = c.id and v.status = 'DONE') l on true
                      left join lateral (select min(v.planned_at) as next_planned from visit v
                                          where v.customer_id = c.id and v.status = 'PLANNED') p on true
                     where c.type = 'ENTERPRISE' and c.enterprise_class is not null and c.erased_at is null
                       %s) d
             where d.due_on <= :until
             order by d.due_on, d.name, d.id
             limit :limit
            """;

    private final EntityManager em;
    private final Clock clock;
    private final BusinessTime time;
    private final CustomerService customers;
    private final CurrentUser caller;
    private final VisitChecklists checklists;
    private final VipCareConfig.Visits config;

    public VisitService(EntityManager em, Clock clock, BusinessTime time, CustomerService customers,
            CurrentUser caller, VisitChecklists checklists, VipCareConfig config) {
        this.em = em;
        this.clock = clock;
        this.time = time;
        this.customers = customers;
        this.caller = caller;
        this.checklists = checklists;
        this.config = config.visits();
    }

    /** What a visit needs to know of its customer, read in SQL (the customer entity is the customer feature's). */
    record CustomerFacts(UUID id, String type, UUID managerId) {
        boolean enterprise() {
            return "ENTERPRISE".equals(type);
        }
    }

    /**
     * Plans a visit to an ENTERPRISE customer for its manager (for the planner when the customer has none). Without a
     * checklist the visit copies the reference one in {@code languageTag}'s language.
     */
    public Visit plan(UUID customerId, VisitCreate input, String languageTag) {
        Customer customer = customers.live(customerId);
        customers.requireWriter(customer);
        CustomerFacts facts = facts(customerId);
        requireEnterprise(facts);
        Instant now = clock.instant();
        Problem.Violations violations = new Problem.Violations();
        if (!input.plannedAt().isAfter(now)) {
            violations.add("plannedAt", "visit.planned-at.past", "must be in the future");
        }
        Set<UUID> contacts = contacts(customerId, input.contactIds(), violations);
        List<VisitChecklistItem> checklist = input.checklist() == null ? checklists.defaults(languageTag)
                : checklist(input.checklist(), violations);
        violations.throwIfAny();
        Visit visit = new Visit();
        visit.stampNew(now);
        visit.customerId = customerId;
        visit.managerId = facts.managerId() != null ? facts.managerId() : caller.id();
        visit.plannedAt = input.plannedAt();
        visit.purpose = input.purpose().trim();
        visit.contactIds = contacts;
        visit.checklist = checklist;
        visit.status = VisitStatus.PLANNED;
        visit.persist();
        em.flush();
        return visit;
    }

    /**
     * Changes a PLANNED visit: reschedules or edits its plan, records it (DONE) or cancels it. A DONE or CANCELLED
     * visit is final (409).
     */
    public Visit change(UUID id, VisitUpdate input, String ifMatch) {
        Visit visit = workable(id);
        ETags.requireMatch(ifMatch, visit.version, "visit");
        if (visit.status != VisitStatus.PLANNED) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "visit.closed",
                    "Visit " + id + " is " + visit.status + " and can no longer be changed.");
        }
        Instant now = clock.instant();
        Problem.Violations violations = validate(input, now);
        Set<UUID> contacts = input.contactIds() == null ? null
                : contacts(visit.customerId, input.contactIds(), violations);
        List<VisitChecklistItem> checklist = input.checklist() == null ? null
                : checklist(input.checklist(), violations);
        violations.throwIfAny();
        if (input.cancels()) {
            visit.status = VisitStatus.CANCELLED;
        } else if (input.records()) {
            visit.status = VisitStatus.DONE;
            visit.visitedAt = input.visitedAt();
            visit.durationMinutes = input.durationMinutes() != null ? input.durationMinutes()
                    : config.defaultDurationMinutes();
            visit.summary = input.summary().trim();
            visit.nextSteps = Text.trimToNull(input.nextSteps());
            visit.leads = Text.trimToNull(input.leads());
        } else {
            if (input.plannedAt() != null) {
                visit.plannedAt = input.plannedAt();
            }
            if (input.purpose() != null) {
                visit.purpose = input.purpose().trim();
            }
        }
        if (contacts != null) {
            visit.contactIds.clear();
            visit.contactIds.addAll(contacts);
        }
        if (checklist != null) {
            visit.checklist = checklist;
        }
        visit.updatedAt = now;
        em.flush();
        return visit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VisitDto read(UUID id) {
        return VisitDto.from(readable(id), clock.instant());
    }

    /** The visit if the caller may work it (404 unknown, 403 not the caller's). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Visit readable(UUID id) {
        return workable(id);
    }

    /**
     * The visits the caller may read, filtered: the manager who makes them, the customer, a period (business-zone
     * dates, inclusive) on the visit's time (visitedAt when done, else plannedAt) and a state.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<VisitDto> list(UUID managerId, UUID customerId, LocalDate from, LocalDate to, VisitState state,
            PageRequest request) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("to", "common.to-before-from", "must not be before from");
        }
        Instant now = clock.instant();
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!caller.seesEverything()) {
            where.add("(managerId = :me or customerId in (select c.id from Customer c where c.managerId = :me))");
            params.put("me", caller.id());
        }
        if (managerId != null) {
            where.add("managerId = :manager");
            params.put("manager", managerId);
        }
        if (customerId != null) {
            where.add("customerId = :customer");
            params.put("customer", customerId);
        }
        if (from != null) {
            where.add("coalesce(visitedAt, plannedAt) >= :from");
            params.put("from", time.startOf(from));
        }
        if (to != null) {
            where.add("coalesce(visitedAt, plannedAt) < :to");
            params.put("to", time.startOf(to.plusDays(1)));
        }
        if (state != null) {
            where.add("status = :status");
            params.put("status", state == VisitState.OVERDUE ? VisitStatus.PLANNED : VisitStatus.valueOf(state.name()));
            if (state == VisitState.OVERDUE) {
                where.add("plannedAt < :now");
                params.put("now", now);
            }
        }
        PageRequest.Paging paging = request.resolve(SORTABLE, "plannedAt desc");
        String[] order = paging.orderBy().split(" ");
        String query = (where.isEmpty() ? "1 = 1" : String.join(" and ", where)) + " order by " + order[0] + " "
                + (paging.ascending() ? "asc" : "desc") + " nulls last, id";
        var found = Visit.<Visit>find(query, params);
        List<VisitDto> items = found.page(paging.page(), paging.size()).list().stream()
                .map(v -> VisitDto.from(v, now)).toList();
        return new Page<>(items, paging.page(), paging.size(), found.count());
    }

    /** A customer's visits for its page, newest plan first (at most {@code limit}); empty unless the caller may read them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VisitDto> ofCustomer(UUID customerId, int limit) {
        Customer customer = customers.live(customerId);
        if (!mayReadVisitsOf(customer)) {
            return List.of();
        }
        Instant now = clock.instant();
        return Visit.<Visit>find("customerId = ?1 order by plannedAt desc, id", customerId).page(0, limit).list()
                .stream().map(v -> VisitDto.from(v, now)).toList();
    }

    /** Whether the caller may plan visits to the customer: an enterprise customer it may change. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayPlan(UUID customerId) {
        Customer customer = customers.live(customerId);
        try {
            customers.requireWriter(customer);
        } catch (ProblemException refused) {
            return false;
        }
        return facts(customerId).enterprise() && !caller.is(Role.INTEGRATION);
    }

    /** 403 or 409 unless the caller may plan a visit to the customer (for the plan form). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requirePlanner(UUID customerId) {
        customers.requireWriter(customers.live(customerId));
        requireEnterprise(facts(customerId));
    }

    /** The customer's contacts a visit may meet (table customer_contact), by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VisitContact> contactsOf(UUID customerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, name, title, buying_role from customer_contact "
                + "where customer_id = ?1 order by name, id").setParameter(1, customerId).getResultList();
        return rows.stream().map(r -> new VisitContact((UUID) r[0], (String) r[1], (String) r[2], (String) r[3]))
                .toList();
    }

    /** A contact a visit may meet, as the plan form lists it. */
    public record VisitContact(UUID id, String name, String title, String buyingRole) {
    }

    /**
     * The enterprise customers whose next visit is due by {@code until} (business zone), overdue ones first; those of
     * {@code managerId}, or everyone's when null. At most {@code limit}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VisitDue> due(UUID managerId, LocalDate until, int limit) {
        return due(managerId, null, until, limit);
    }

    /** The customer's next due visit, if it is an enterprise customer with a class. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<VisitDue> dueOf(UUID customerId) {
        return due(null, customerId, LocalDate.of(9999, 1, 1), 1).stream().findFirst();
    }

    private List<VisitDue> due(UUID managerId, UUID customerId, LocalDate until, int limit) {
        var query = em.createNativeQuery(DUE.formatted((managerId == null ? "" : "and c.manager_id = :manager")
                + (customerId == null ? "" : " and c.id = :customer")))
                .setParameter("zone", time.zone().getId()).setParameter("a", config.due().a().toString())
                .setParameter("b", config.due().b().toString()).setParameter("c", config.due().c().toString())
                .setParameter("until", until).setParameter("limit", limit);
        if (managerId != null) {
            query.setParameter("manager", managerId);
        }
        if (customerId != null) {
            query.setParameter("customer", customerId);
        }
        LocalDate today = time.today();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> {
            LocalDate dueOn = r[6] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) r[6];
            return new VisitDue((UUID) r[0], (String) r[1], (UUID) r[2], EnterpriseClass.valueOf(String.valueOf(r[3])),
                    r[4] == null ? null : SqlValues.instant(r[4]), r[5] == null ? null : SqlValues.instant(r[5]),
                    dueOn, dueOn.isBefore(today));
        }).toList();
    }

    /** Those of {@code ids} the caller may read (timeline entries). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<UUID> readable(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        if (caller.seesEverything()) {
            return Visit.<Visit>list("id in ?1", Set.copyOf(ids)).stream().map(v -> v.id).collect(Collectors.toSet());
        }
        return Visit.<Visit>list("id in ?1 and (managerId = ?2 or customerId in "
                + "(select c.id from Customer c where c.managerId = ?2))", Set.copyOf(ids), caller.id()).stream()
                .map(v -> v.id).collect(Collectors.toSet());
    }

    /**
     * Visits follow the customer (SPEC 8 "Calls follow the customer"): when a customer moves to another manager, its
     * PLANNED visits become the new manager's, in the transaction that moved it. Done and cancelled visits keep who
     * made them (the performance report counts them); a customer left without a manager keeps its visits where they
     * are.
     */
    void followCustomer(@Observes CustomerManagerChanged moved) {
        if (moved.toManagerId() == null) {
            return;
        }
        em.createNativeQuery("update visit set manager_id = ?2, updated_at = ?3, version = version + 1 "
                + "where customer_id = ?1 and status = 'PLANNED' and manager_id <> ?2")
                .setParameter(1, moved.customerId()).setParameter(2, moved.toManagerId()).setParameter(3, moved.at())
                .executeUpdate();
    }

    /**
     * Erasure cancels the customer's planned visits (nobody is to visit on behalf of a forgotten customer) and blanks
     * what was typed about every visit: purpose, summary, next steps, leads and the checklist's texts. Times,
     * durations, states and ticks stay for the reports.
     */
    void erase(@Observes CustomerErased erased) {
        em.createNativeQuery("update visit set " + CustomerErased.erasedSql("purpose") + ", "
                + CustomerErased.erasedSql("summary") + ", " + CustomerErased.erasedSql("next_steps") + ", "
                + CustomerErased.erasedSql("leads") + ", checklist = (select coalesce(jsonb_agg(jsonb_set(e, "
                + "'{item}', to_jsonb(cast(?3 as text)))), '[]') from jsonb_array_elements(checklist) e), "
                + "status = case when status = 'PLANNED' then 'CANCELLED' else status end, updated_at = ?2, "
                + "version = version + 1 where customer_id = ?1")
                .setParameter(1, erased.customerId()).setParameter(2, erased.at())
                .setParameter(3, CustomerErased.TEXT).executeUpdate();
    }

    private Problem.Violations validate(VisitUpdate input, Instant now) {
        Problem.Violations violations = new Problem.Violations();
        if (input.namesNothing()) {
            violations.add("request", "visit.update.empty", "names nothing to change");
            return violations;
        }
        if (input.status() != null && !input.cancels()) {
            violations.add("status", "visit.update.status", "can only be set to CANCELLED; record the visit with "
                    + "visitedAt to make it DONE");
        }
        if (input.cancels() && (input.replans() || input.records() || input.recordMembers())) {
            violations.add("status", "visit.update.cancel-alone", "cancels the visit and takes no other change");
        }
        if (input.records() && input.replans()) {
            violations.add("visitedAt", "visit.update.record-or-plan",
                    "records the visit; change the plan in a separate request");
        }
        if (!input.records() && input.recordMembers()) {
            violations.add("visitedAt", "visit.visited-at.required",
                    "is required with summary, nextSteps, leads or durationMinutes");
        }
        if (input.records()) {
            if (input.visitedAt().isAfter(now)) {
                violations.add("visitedAt", "visit.visited-at.future", "must not be in the future");
            }
            if (Text.trimToNull(input.summary()) == null) {
                violations.add("summary", "visit.summary.required", "is required to record a visit");
            }
        }
        if (input.plannedAt() != null && !input.plannedAt().isAfter(now)) {
            violations.add("plannedAt", "visit.planned-at.past", "must be in the future");
        }
        if (input.purpose() != null && Text.trimToNull(input.purpose()) == null) {
            violations.add("purpose", "constraint.not-blank", "must not be blank");
        }
        if (input.durationMinutes() != null && (input.durationMinutes() < 0 || input.durationMinutes() > 1440)) {
            violations.add("durationMinutes", "visit.duration.range", "must be between 0 and 1440 minutes");
        }
        tooLong(violations, "purpose", input.purpose(), 500);
        tooLong(violations, "summary", input.summary(), 4000);
        tooLong(violations, "nextSteps", input.nextSteps(), 2000);
        tooLong(violations, "leads", input.leads(), 2000);
        return violations;
    }

    private static void tooLong(Problem.Violations violations, String field, String value, int max) {
        if (value != null && value.length() > max) {
            violations.add(field, "visit.too-long", "must be at most " + max + " characters");
        }
    }

    /** The contacts named, each a contact of this customer (400 otherwise). */
    private Set<UUID> contacts(UUID customerId, List<UUID> ids, Problem.Violations violations) {
        if (ids == null || ids.isEmpty()) {
            return new LinkedHashSet<>();
        }
        Set<UUID> wanted = new LinkedHashSet<>(ids);
        if (wanted.contains(null)) {
            violations.add("contactIds", "visit.contact.not-of-customer", "must be contacts of this customer");
            return wanted;
        }
        @SuppressWarnings("unchecked")
        List<UUID> found = em.createNativeQuery("select id from customer_contact where customer_id = ?1 and id in (?2)",
                UUID.class).setParameter(1, customerId).setParameter(2, wanted).getResultList();
        if (!new HashSet<>(found).containsAll(wanted)) {
            violations.add("contactIds", "visit.contact.not-of-customer", "must be contacts of this customer");
        }
        return wanted;
    }

    private static List<VisitChecklistItem> checklist(List<VisitChecklistItem> items, Problem.Violations violations) {
        if (items.size() > 50) {
            violations.add("checklist", "visit.too-long", "must have at most 50 items");
        }
        List<VisitChecklistItem> kept = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            VisitChecklistItem item = items.get(i);
            String text = item == null ? null : Text.trimToNull(item.item());
            if (text == null) {
                violations.add("checklist[" + i + "].item", "constraint.not-blank", "must not be blank");
            } else if (text.length() > 300 || (item.key() != null && item.key().length() > 40)) {
                violations.add("checklist[" + i + "].item", "visit.too-long", "must be at most 300 characters");
            } else {
                kept.add(new VisitChecklistItem(Text.trimToNull(item.key()), text, item.done()));
            }
        }
        return kept;
    }

    private void requireEnterprise(CustomerFacts facts) {
        if (!facts.enterprise()) {
            throw new ProblemException(ProblemType.CONFLICT, "visit.customer.not-enterprise",
                    "Customer " + facts.id() + " is " + facts.type() + "; visits are for ENTERPRISE customers.");
        }
    }

    private CustomerFacts facts(UUID customerId) {
        Object[] row = (Object[]) em.createNativeQuery("select type, manager_id from customer where id = ?1")
                .setParameter(1, customerId).getSingleResult();
        return new CustomerFacts(customerId, (String) row[0], (UUID) row[1]);
    }

    /** The visit, if the caller may work it: its manager, the customer's manager, supervisors and admins. */
    private Visit workable(UUID id) {
        Visit visit = Visit.<Visit>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("visit", id));
        if (caller.seesEverything() || visit.managerId.equals(caller.id())) {
            return visit;
        }
        UUID customerManager = facts(visit.customerId).managerId();
        if (caller.is(Role.AGENT) && caller.id().equals(customerManager)) {
            return visit;
        }
        throw ProblemException.forbidden("visit.not-yours", "This visit is another manager's.");
    }

    private boolean mayReadVisitsOf(Customer customer) {
        if (caller.seesEverything()) {
            return true;
        }
        try {
            customers.requireWriter(customer);
            return true;
        } catch (ProblemException refused) {
            return false;
        }
    }
}
