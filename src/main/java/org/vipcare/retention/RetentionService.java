package org.vipcare.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.vipcare.common.ETags;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;
import org.vipcare.common.RecordRef;
import org.vipcare.common.SqlList;
import org.vipcare.common.SqlValues;
import org.vipcare.common.Text;
import org.vipcare.customer.CustomerLookup;
import org.vipcare.customer.LiveCustomer;
import org.vipcare.followup.FollowUp;
import org.vipcare.followup.FollowUpService;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.Role;
import org.vipcare.tier.Tier;

/**
 * Retention cases: open (on request, from billing, or proactively for a WATCH customer), walk the five stages with
 * the guards of the practice, close with a continued-care call, and report. Who may act: the case's manager or
 * opener, a supervisor or an admin; integrations open and read the cases they opened; agents read the cases they
 * work or opened and those of their customers.
 */
@ApplicationScoped
@Transactional
public class RetentionService {

    /** Sort fields; a stage sorts in the order of the five stages (TRUST first), not by its code. */
    static final Map<String, String> SORTABLE = Map.of("openedAt", "rc.opened_at", "updatedAt", "rc.updated_at",
            "stage", "case rc.stage " + Arrays.stream(RetentionStage.values())
                    .map(s -> "when '" + s.name() + "' then " + s.ordinal()).collect(Collectors.joining(" ")) + " end",
            "retentionScore", "rc.retention_score", "closedAt", "rc.closed_at");
    static final String DEFAULT_ORDER = "rc.opened_at desc";
    /** The care call after a save checks that the agreed offer took effect; after a loss it keeps the door open. */
    static final Duration CARE_AFTER_RETAINED = Duration.ofDays(7);
    static final Duration CARE_AFTER_LOST = Duration.ofDays(30);
    /** Save desk order: customer value first (tier rank, then window spend), then the oldest case. */
    static final String SAVE_DESK_ORDER = "case s.tier " + Arrays.stream(Tier.values())
            .map(t -> "when '" + t.name() + "' then " + t.rank).collect(Collectors.joining(" "))
            + " else 99 end, s.window_spend desc, rc.opened_at asc, rc.id";

    private final EntityManager em;
    private final Event<RetentionCaseClosed> closed;
    private final Clock clock;
    private final CurrentUser caller;
    private final FollowUpService followUps;
    private final CustomerLookup customers;

    public RetentionService(EntityManager em, Clock clock, CurrentUser caller, FollowUpService followUps,
            CustomerLookup customers, Event<RetentionCaseClosed> closed) {
        this.closed = closed;
        this.em = em;
        this.clock = clock;
        this.caller = caller;
        this.followUps = followUps;
        this.customers = customers;
    }

    /** A customer asks to cancel or leave; an integrator's case is marked INTEGRATION, everyone else's AGENT. */
    public RetentionCase open(RetentionCreate input) {
        LiveCustomer customer = customers.find(input.customerId()).orElse(null);
        if (customer == null) {
            throw ProblemException.invalid("customerId", "common.unknown-customer",
                    "must be the id of an existing customer");
        }
        RetentionSource source = caller.is(Role.INTEGRATION) && !caller.is(Role.AGENT) && !caller.seesEverything()
                ? RetentionSource.INTEGRATION : RetentionSource.AGENT;
        return persistNew(customer, input.type(), Text.trimToNull(input.service()),
                Text.trimToNull(input.statedReason()), Text.trimToNull(input.channel()), source);
    }

    /** Whether the customer is on the WATCH list now (the console offers the proactive case for it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isWatch(UUID customerId) {
        return customers.find(customerId).map(LiveCustomer::watch).orElse(false);
    }

    /** One click on a WATCH customer: a NETWORK case, unless the customer is not WATCH or already has an open case. */
    public RetentionCase openFromWatch(UUID customerId) {
        return openFromWatch(customerId, null);
    }

    /**
     * A case opened proactively for a WATCH customer, with what the manager already knows ({@code details}: type,
     * service, the reason the customer gave; the customer id is {@code customerId}'s), or as one click (null: a
     * NETWORK case without a reason). Refused when the customer is not WATCH or already has an open case.
     */
    public RetentionCase openFromWatch(UUID customerId, RetentionCreate details) {
        // Locked, so that two clicks at once make one case.
        LiveCustomer customer = customers.lock(customerId).orElseThrow(() -> ProblemException.notFound("customer",
                customerId));
        if (!customer.watch()) {
            throw new ProblemException(ProblemType.CONFLICT, "retention.open.not-watch", "Customer " + customerId
                    + " is not flagged WATCH; open a case from the customer's request instead.");
        }
        Optional<UUID> open = RetentionCase.openCaseOf(customerId);
        if (open.isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "retention.open.case-exists", "Customer " + customerId
                    + " already has an open retention case.").with("openCase", RecordRef.retentionCase(open.get()));
        }
        if (details == null) {
            return persistNew(customer, RetentionType.NETWORK, null, null, "PROACTIVE", RetentionSource.WATCH);
        }
        String channel = Text.trimToNull(details.channel());
        return persistNew(customer, details.type() == null ? RetentionType.NETWORK : details.type(),
                Text.trimToNull(details.service()), Text.trimToNull(details.statedReason()),
                channel == null ? "PROACTIVE" : channel, RetentionSource.WATCH);
    }

    /**
     * Records or corrects the reason the customer gave, e.g. on a case opened before the customer was spoken to.
     * Only while the case is early ({@link RetentionStage#takesStatedReason}); later it is refused (409).
     */
    public RetentionCase stateReason(UUID id, RetentionMoves.StatedReason body) {
        Instant now = clock.instant();
        RetentionCase c = forStep(id);
        if (!c.stage.takesStatedReason()) {
            throw new ProblemException(ProblemType.CONFLICT, "retention.reason.too-late", "Retention case " + id + " is " + c.stage
                    + "; the stated reason is recorded or corrected only in TRUST and PROBING, before offers are"
                    + " made.").with("stage", c.stage);
        }
        c.statedReason = body.statedReason().trim();
        c.updatedAt = now;
        record(c, RetentionEventKind.REASON, c.stage, now, "stated reason: " + c.statedReason);
        return flushed(c);
    }

    private RetentionCase persistNew(LiveCustomer customer, RetentionType type, String service, String statedReason,
            String channel, RetentionSource source) {
        Instant now = clock.instant();
        RetentionCase c = new RetentionCase();
        c.stampNew(now);
        c.customerId = customer.id();
        c.type = type;
        c.service = service;
        c.statedReason = statedReason;
        c.channel = channel;
        c.stage = RetentionStage.TRUST;
        c.source = source;
        c.openedBy = caller.id();
        c.openedAt = now;
        c.managerId = customer.managerId() != null ? customer.managerId()
                : caller.is(Role.INTEGRATION) && !caller.is(Role.AGENT) && !caller.seesEverything() ? null
                        : caller.id();
        c.persist();
        record(c, RetentionEventKind.OPENED, null, now, source + " " + type
                + (statedReason == null ? "" : ", stated reason: " + statedReason)).remark = statedReason;
        em.flush();
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RetentionCase get(UUID id) {
        RetentionCase c = RetentionCase.<RetentionCase>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("retention case", id));
        requireReader(c);
        return c;
    }

    /** An offer is read by whoever may read its case. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RetentionOffer offerOf(UUID caseId, UUID offerId) {
        RetentionCase c = get(caseId);
        return RetentionOffer.<RetentionOffer>findByIdOptional(offerId).filter(offer -> offer.caseId.equals(c.id))
                .orElseThrow(() -> ProblemException.notFound("offer of retention case " + caseId, offerId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RetentionEventDto> history(UUID id) {
        get(id);
        return RetentionEvent.history(id).stream().map(RetentionEventDto::from).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RetentionCaseDto> list(RetentionFilter filter, PageRequest request, String locale) {
        PageRequest.Paging paging = request.resolve(SORTABLE, DEFAULT_ORDER);
        Page<RetentionCase> page = filter.toSql(visibility())
                .page(em, "rc.*", "retention_case rc", paging.orderBy() + ", rc.id", paging, RetentionCase.class);
        Map<UUID, List<RetentionOffer>> offers = RetentionOffer.ofCases(page.items().stream().map(c -> c.id).toList())
                .stream().collect(Collectors.groupingBy(o -> o.caseId));
        List<RetentionPlaybook> playbook = RetentionPlaybook.inLocale(locale);
        return page.map(c -> RetentionCaseDto.from(c, offers.getOrDefault(c.id, List.of()), playbook));
    }

    /** Open cases of live customers, the most valuable customer first, then the oldest case. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RetentionSaveDeskDto> saveDesk(PageRequest request) {
        PageRequest.Paging paging = request.resolve(Map.of(), SAVE_DESK_ORDER);
        SqlList where = RetentionFilter.NONE.toSql(visibility())
                .and("rc.stage <> 'CLOSED'").and("c.erased_at is null");
        return where.page(em, "rc.id, rc.customer_id, c.name, s.tier, s.watch, s.window_spend, rc.type, rc.stage,"
                + " rc.real_reason, rc.retention_score, rc.manager_id, rc.source, rc.opened_at",
                "retention_case rc join customer c on c.id = rc.customer_id"
                        + " join customer_standing s on s.customer_id = c.id", SAVE_DESK_ORDER, paging)
                .map(r -> new RetentionSaveDeskDto((UUID) r[0], (UUID) r[1], (String) r[2],
                        Tier.valueOf((String) r[3]), (Boolean) r[4], (BigDecimal) r[5],
                        RetentionType.valueOf((String) r[6]), RetentionStage.valueOf((String) r[7]), (String) r[8],
                        SqlValues.integer(r[9]), (UUID) r[10], RetentionSource.valueOf((String) r[11]),
                        SqlValues.instant(r[12])));
    }

    /**
     * Live WATCH customers without an open case, the most valuable first (as on the save desk): the ones a
     * supervisor may want to open a case for. Supervisors and admins only.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RetentionWatchCustomerDto> watchWithoutOpenCase(int limit) {
        if (!caller.seesEverything()) {
            throw ProblemException.forbidden("retention.watch-list.not-supervisor",
                    "Only supervisors and admins list WATCH customers without a case.");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.id, c.name, s.tier, s.window_spend from customer c"
                + " join customer_standing s on s.customer_id = c.id where s.watch and c.erased_at is null and not exists (select 1 from retention_case rc"
                + " where rc.customer_id = c.id and rc.stage <> 'CLOSED')"
                + " order by " + SAVE_DESK_ORDER.substring(0, SAVE_DESK_ORDER.indexOf(", rc.opened_at"))
                + ", c.name, c.id limit " + Math.max(1, limit)).getResultList();
        return rows.stream().map(r -> new RetentionWatchCustomerDto((UUID) r[0], (String) r[1],
                Tier.valueOf((String) r[2]), (BigDecimal) r[3])).toList();
    }

    /** Records (or corrects) the real reason and the value equation; the first probe moves TRUST → PROBING. */
    public RetentionCase probe(UUID id, RetentionMoves.Probe body) {
        Instant now = clock.instant();
        String reason = body.realReason().trim().toUpperCase();
        if (!ChurnReason.isActive(reason)) {
            throw ProblemException.invalid("realReason", "retention.reason.unknown",
                    "must be one of " + ChurnReason.listActive().stream()
                    .map(r -> r.code).toList());
        }
        RetentionCase c = forStep(id);
        RetentionStage from = c.perform(RetentionAction.PROBE, now);
        c.realReason = reason;
        c.reasonDetail = Text.trimToNull(body.reasonDetail());
        c.fixable = body.fixable();
        c.attitude = body.attitude();
        c.severity = body.severity().shortValue();
        c.countermeasureCost = body.countermeasureCost().shortValue();
        c.retentionScore = RetentionCase.score(body.countermeasureCost(), body.severity());
        if (c.probedAt == null) {
            c.probedAt = now;
        }
        RetentionEvent probed = record(c, RetentionEventKind.PROBED, from, now, "real reason " + reason
                + (c.fixable ? " (fixable)" : " (not fixable)") + ", severity " + c.severity
                + ", countermeasure cost " + c.countermeasureCost + ", score " + c.retentionScore
                + (c.attitude == null ? "" : ", attitude " + c.attitude)
                + (c.reasonDetail == null ? "" : ": " + c.reasonDetail));
        probed.realReason = reason;
        probed.fixable = c.fixable;
        probed.severity = c.severity;
        probed.countermeasureCost = c.countermeasureCost;
        probed.retentionScore = c.retentionScore;
        probed.attitude = c.attitude;
        probed.remark = c.reasonDetail;
        return flushed(c);
    }

    /** Adds a prepared offer; the first one moves PROBING → PROPOSING. */
    public RetentionOffer offer(UUID id, RetentionMoves.Offer body) {
        Instant now = clock.instant();
        RetentionCase c = forStep(id);
        RetentionStage from = c.perform(RetentionAction.OFFER, now);
        RetentionOffer offer = new RetentionOffer();
        offer.id = UUID.randomUUID();
        offer.caseId = c.id;
        offer.kind = body.kind();
        offer.description = body.description().trim();
        offer.monthlyValue = body.monthlyValue() == null ? null : body.monthlyValue().setScale(2, RoundingMode.HALF_UP);
        offer.createdBy = caller.id();
        offer.createdAt = now;
        offer.persist();
        c.offerCount++;
        record(c, RetentionEventKind.OFFERED, from, now, offer.kind + ": " + offer.description
                + (offer.monthlyValue == null ? "" : " (" + offer.monthlyValue.toPlainString() + " / month)"))
                .offerId = offer.id;
        em.flush();
        return offer;
    }

    /** The customer accepts one of the case's offers by one of the four methods: → AGREEING. */
    public RetentionCase agree(UUID id, RetentionMoves.Agreement body) {
        Instant now = clock.instant();
        RetentionCase c = forStep(id);
        RetentionOffer offer = RetentionOffer.<RetentionOffer>findByIdOptional(body.offerId())
                .filter(o -> o.caseId.equals(c.id)).orElse(null);
        RetentionStage from = c.perform(RetentionAction.AGREE, now);
        if (offer == null) {
            throw ProblemException.invalid("offerId", "retention.offer.unknown",
                    "must be the id of one of this case's offers");
        }
        c.agreedOfferId = offer.id;
        c.agreementMethod = body.method();
        c.agreedAt = now;
        record(c, RetentionEventKind.AGREED, from, now, body.method() + " on " + offer.kind + ": "
                + offer.description).offerId = offer.id;
        return flushed(c);
    }

    /** Ends the talk; whatever the outcome, the manager gets a RETENTION_CARE call (客户的持续关怀). */
    public RetentionCase close(UUID id, RetentionMoves.Close body) {
        Instant now = clock.instant();
        RetentionCase c = forStep(id);
        RetentionStage from = c.perform(RetentionAction.close(body.outcome()), now);
        c.outcome = body.outcome();
        c.note = Text.trimToNull(body.note());
        c.closedAt = now;
        UUID assignee = c.managerId != null ? c.managerId : caller.id();
        Duration delay = body.outcome() == RetentionOutcome.LOST ? CARE_AFTER_LOST : CARE_AFTER_RETAINED;
        FollowUp care = followUps.scheduleRetentionCare(c.id, c.customerId, assignee, now.plus(delay),
                careNote(body.outcome()), "CARE_" + body.outcome().name(), now);
        c.followUpId = care.id;
        record(c, RetentionEventKind.CLOSED, from, now, body.outcome() + (c.note == null ? "" : ": " + c.note))
                .remark = c.note;
        closed.fire(new RetentionCaseClosed(c.id, c.customerId, c.managerId, c.outcome, now));
        return flushed(c);
    }

    private static String careNote(RetentionOutcome outcome) {
        return switch (outcome) {
            case RETAINED -> "Retained: check that the agreed offer took effect and the customer is content (持续关怀)";
            case PARTIAL -> "Partly retained: check the agreed offer and what the customer still uses (持续关怀)";
            case LOST -> "Lost: keep in touch, thank the customer and leave the door open (持续关怀)";
        };
    }

    /** The case, locked, if the caller may work it: its manager or opener, a supervisor or an admin. */
    private RetentionCase forStep(UUID id) {
        RetentionCase c = RetentionCase.findForUpdate(id)
                .orElseThrow(() -> ProblemException.notFound("retention case", id));
        requireReader(c);
        if (!caller.seesEverything() && !(caller.is(Role.AGENT) && c.isWorkedBy(caller.id()))) {
            throw ProblemException.forbidden("retention.work.not-yours",
                    "Only the manager or the opener of retention case " + id
                    + ", a supervisor or an admin works it.");
        }
        return c;
    }

    private void requireReader(RetentionCase c) {
        if (!mayRead(c)) {
            throw ProblemException.forbidden("retention.read.not-yours",
                    "Retention case " + c.id + " is neither yours nor your customer's.");
        }
    }

    /** Whether the caller may read the case; see {@link #visibility()}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayRead(RetentionCase c) {
        RetentionFilter.Visibility visibility = visibility();
        return !(visibility.opener() != null && !c.openedBy.equals(visibility.opener())
                || visibility.agent() != null && !c.isWorkedBy(visibility.agent()) && !customers.find(c.customerId)
                        .map(customer -> customer.isManagedBy(visibility.agent())).orElse(false));
    }

    /** Supervisors and admins read every case; agents theirs and their customers'; integrations what they opened. */
    private RetentionFilter.Visibility visibility() {
        if (caller.seesEverything()) {
            return RetentionFilter.Visibility.ALL;
        }
        if (caller.is(Role.AGENT)) {
            return new RetentionFilter.Visibility(caller.id(), null);
        }
        return new RetentionFilter.Visibility(null, caller.id());
    }

    // ------------------------------------------------------------------ stats

    /** Rates over the cases opened in [from, to), optionally of one manager; see {@link RetentionStatsDto}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RetentionStatsDto stats(Instant from, Instant to, UUID managerId) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw ProblemException.invalid("to", "common.to-not-after-from", "must be after from");
        }
        SqlList where = new RetentionFilter(null, null, null, managerId, null, from, to)
                .toSql(RetentionFilter.Visibility.ALL);
        List<RetentionStatsDto.Group> overall = groups("'ALL'", where);
        RetentionStatsDto.Group all = overall.isEmpty() ? new RetentionStatsDto.Group("ALL", 0, 0, 0, 0, 0, 0, null)
                : overall.get(0);
        Query gap = em.createNativeQuery("""
                select count(*) filter (where rc.real_reason is not null),
                       count(*) filter (where rc.real_reason is not null and btrim(rc.stated_reason) <> ''),
                       count(*) filter (where rc.real_reason is not null and btrim(rc.stated_reason) <> ''
                                          and upper(btrim(rc.stated_reason)) <> rc.real_reason)
                  from retention_case rc""" + " where " + where.where());
        Object[] g = (Object[]) where.bind(gap).getSingleResult();
        long compared = ((Number) g[1]).longValue();
        long differing = ((Number) g[2]).longValue();
        return new RetentionStatsDto(from, to, managerId, all,
                groups("coalesce(rc.real_reason, 'NONE')", where),
                groups("coalesce(o.kind, 'NONE')", where),
                groups(RetentionScoreBand.sql("rc.retention_score"), where),
                groups("coalesce(cast(rc.manager_id as varchar), 'NONE')", where),
                new RetentionStatsDto.ReasonGap(((Number) g[0]).longValue(), compared, differing,
                        rate(differing, compared)));
    }

    private List<RetentionStatsDto.Group> groups(String key, SqlList where) {
        Query query = em.createNativeQuery("select " + key + " as key, count(*),"
                + " count(*) filter (where rc.stage <> 'CLOSED'),"
                + " count(*) filter (where rc.stage = 'CLOSED'),"
                + " count(*) filter (where rc.outcome = 'RETAINED'),"
                + " count(*) filter (where rc.outcome = 'PARTIAL'),"
                + " count(*) filter (where rc.outcome = 'LOST')"
                + " from retention_case rc left join retention_offer o on o.id = rc.agreed_offer_id"
                + " where " + where.where() + " group by 1 order by 1");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = where.bind(query).getResultList();
        return rows.stream().map(r -> {
            long closed = ((Number) r[3]).longValue();
            long retained = ((Number) r[4]).longValue();
            long partial = ((Number) r[5]).longValue();
            return new RetentionStatsDto.Group((String) r[0], ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(), closed, retained, partial, ((Number) r[6]).longValue(),
                    rate(retained + partial, closed));
        }).toList();
    }

    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    // ------------------------------------------------------------------ reference data

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RetentionPlaybook> playbook(String locale) {
        return RetentionPlaybook.inLocale(locale);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RetentionPlaybook> playbook() {
        return RetentionPlaybook.all();
    }

    /** Edits one text of the playbook in one language; If-Match names the version read. */
    public RetentionPlaybook updatePlaybook(String key, RetentionMoves.PlaybookUpdate body, String ifMatch) {
        if (!RetentionPlaybook.keyExists(key)) {
            throw new ProblemException(ProblemType.NOT_FOUND, "retention.playbook.not-found",
                    "No retention playbook entry with key " + key + ".");
        }
        String locale = body.locale().trim();
        if (!locale.equals(RetentionPlaybook.ENGLISH) && !locale.equals(RetentionPlaybook.CHINESE)) {
            throw ProblemException.invalid("locale", "common.unknown-locale", "must be en or zh-CN");
        }
        RetentionPlaybook entry = RetentionPlaybook.find(key, locale).orElseThrow(() -> new ProblemException(
                ProblemType.NOT_FOUND, "retention.playbook.not-found",
                        "No retention playbook entry " + key + " in " + locale + "."));
        em.lock(entry, LockModeType.PESSIMISTIC_WRITE);
        ETags.requireMatch(ifMatch, entry.version, "playbook entry " + key + " (" + locale + ")");
        entry.title = body.title().trim();
        entry.text = body.text().trim();
        entry.updatedAt = clock.instant();
        entry.updatedBy = caller.username();
        em.flush();
        return entry;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChurnReasonDto> reasons(String locale) {
        return ChurnReason.listActive().stream().map(r -> ChurnReasonDto.from(r, locale)).toList();
    }

    /** The case as the API shows it, with its offers and the playbook in {@code locale}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RetentionCaseDto dto(RetentionCase c, String locale) {
        return RetentionCaseDto.from(c, RetentionOffer.ofCase(c.id), RetentionPlaybook.inLocale(locale));
    }

    // ------------------------------------------------------------------ helpers

    /** Persists the step; the caller adds the step's facts to the returned event before the flush. */
    private RetentionEvent record(RetentionCase c, RetentionEventKind kind, RetentionStage from, Instant at,
            String note) {
        RetentionEvent event = RetentionEvent.of(c, kind, from, caller.id(), caller.username(), at, note);
        event.persist();
        return event;
    }

    private RetentionCase flushed(RetentionCase c) {
        em.flush();
        return c;
    }
}
