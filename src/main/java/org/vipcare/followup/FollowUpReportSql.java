package org.vipcare.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditLog;
import org.vipcare.common.BusinessTime;
import org.vipcare.followup.FollowUpReport.AgentFigures;
import org.vipcare.followup.FollowUpReport.DissatisfiedCall;
import org.vipcare.followup.FollowUpReport.Figures;
import org.vipcare.followup.FollowUpReport.PurposeFigures;
import org.vipcare.tier.Tier;

/**
 * The call reports (SPEC 5: 回访执行日报, weekly and monthly figures, why customers were dissatisfied) as two SQL
 * statements. The first reads the tasks due in the period from one index range (follow_up_report, V31), each with
 * what its calls came to (kept on the task by the trigger follow_up_attempt_call_facts), and sums them three ways at
 * once (grouping sets: all, per purpose, per agent); the second lists the dissatisfied calls. A task counts for its current assignee and in the period of its current dueAt (a retry moves
 * it; a reached task keeps the dueAt it was reached under).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FollowUpReportSql {

    /** Dissatisfied: a reached call scored this or lower (1-5). */
    static final int DISSATISFIED_AT_MOST = 2;

    /**
     * The tasks of the report: due in [from, to), not cancelled, of one assignee when one is given; with what their
     * calls came to, which a trigger keeps on each task (V31), so that this is one index range and no join.
     */
    private static final String TASKS = """
            select f.id, f.purpose, f.assignee_id, f.customer_id, f.due_at, f.attempts, f.created_at, f.reached_at,
                   f.reached_satisfaction, f.lead_calls, f.opinions, f.opinions_answered, f.opinions_on_time,
                   f.opinion_open_due_at
              from follow_up f
             where f.due_at >= :from and f.due_at < :to
               and f.status <> 'CANCELLED'
            """;

    /** Added to {@link #TASKS} for one agent's report. */
    private static final String ONE_ASSIGNEE = "   and f.assignee_id = :assignee\n";

    private static final String FIGURES = """
            with task as (%s),
            -- a reached welcome task's upgrade: the customer's latest move into a high tier at or before the task was made
            upgrade as (
                select t.id,
                       (select max(h.changed_at)
                          from tier_history h
                         where h.customer_id = t.customer_id
                           and h.to_tier in (:high) and (h.from_tier is null or h.from_tier not in (:high))
                           and h.changed_at <= t.created_at) as upgraded_at
                  from task t
                 where t.purpose = 'WELCOME' and t.reached_at is not null
            )
            select grouping(t.purpose) as all_purposes, grouping(t.assignee_id) as all_agents,
                   t.purpose, t.assignee_id,
                   count(*) as due,
                   count(*) filter (where t.attempts > 0) as done,
                   sum(t.attempts) as calls,
                   count(t.reached_at) as reached,
                   count(*) filter (where t.reached_at <= t.due_at) as on_time,
                   -- an on-time outcome: reached, or not reached and past due
                   count(*) filter (where t.reached_at is not null or t.due_at < :now) as on_time_decided,
                   count(*) filter (where t.purpose = 'WELCOME') as welcome,
                   count(*) filter (where t.reached_at <= u.upgraded_at + interval '3 days') as welcome_in_time,
                   round(avg(t.reached_satisfaction), 2) as average_satisfaction,
                   count(t.reached_satisfaction) as satisfaction_answers,
                   count(*) filter (where t.reached_satisfaction <= :dissatisfied) as dissatisfied,
                   coalesce(sum(t.lead_calls), 0) as leads,
                   coalesce(sum(t.opinions), 0) as opinions,
                   coalesce(sum(t.opinions_on_time), 0) as opinions_on_time,
                   -- an answer outcome: answered, or unanswered past its due time
                   coalesce(sum(t.opinions_answered + case when t.opinion_open_due_at < :now
                                                           then t.opinions - t.opinions_answered else 0 end), 0)
                       as opinions_decided
              from task t
              left join upgrade u on u.id = t.id
             group by grouping sets ((), (t.purpose), (t.assignee_id))
            """;

    /** The dissatisfied calls: the tasks reached with a low score, then their reaching call. */
    private static final String DISSATISFIED = """
            with task as (%s)
            select t.id, a.id as attempt_id, t.customer_id, t.purpose, t.assignee_id, u.display_name, a.at,
                   a.satisfaction, a.answers, a.suggestion, a.problem, a.answer_due_at, a.answer, a.answered_at,
                   a.complaint_id
              from task t
              join follow_up_attempt a on a.follow_up_id = t.id and a.outcome = 'REACHED'
              left join app_user u on u.id = t.assignee_id
             where t.reached_satisfaction <= :dissatisfied
             order by a.at, a.id
             limit :max
            """;

    private static final String NAMES = "select id, display_name from app_user where id in (:ids)";

    private final EntityManager em;
    private final BusinessTime time;
    private final AuditLog audit;

    public FollowUpReportSql(EntityManager em, BusinessTime time, AuditLog audit) {
        this.em = em;
        this.time = time;
        this.audit = audit;
    }

    /** The report for a CSV download: the file names staff and quotes customers, so who took it is audited. */
    @Transactional
    public FollowUpReport export(FollowUpReportPeriod period, LocalDate date, UUID assigneeId, String actor,
            String endpoint) {
        FollowUpReport report = report(period, date, assigneeId);
        audit.record(actor, AuditAction.EXPORT, null, endpoint, "call report CSV, " + period + " of " + date
                + (assigneeId == null ? "" : ", assignee " + assigneeId));
        return report;
    }

    /** The report of the period containing {@code date}; {@code assigneeId} narrows it to one agent's tasks. */
    public FollowUpReport report(FollowUpReportPeriod period, LocalDate date, UUID assigneeId) {
        ZoneId zone = time.zone();
        Instant from = time.startOf(period.start(date));
        Instant to = time.startOf(period.end(date));
        Instant now = time.clock().instant();
        List<String> high = Arrays.stream(Tier.values()).filter(Tier::isHigh).map(Enum::name).toList();

        Figures totals = Figures.NONE;
        List<PurposeFigures> byPurpose = new ArrayList<>();
        List<AgentFigures> byAgent = new ArrayList<>();
        List<Object[]> agentRows = new ArrayList<>();
        for (Object[] r : rows(query(FIGURES, from, to, assigneeId).setParameter("now", now)
                .setParameter("high", high))) {
            boolean allPurposes = count(r[0]) == 1;
            boolean allAgents = count(r[1]) == 1;
            Figures figures = figures(r);
            if (allPurposes && allAgents) {
                totals = figures;
            } else if (allAgents) {
                byPurpose.add(new PurposeFigures(FollowUpPurpose.valueOf((String) r[2]), figures));
            } else {
                agentRows.add(r);
            }
        }
        List<UUID> agents = agentRows.stream().map(r -> (UUID) r[3]).filter(Objects::nonNull).toList();
        Map<UUID, String> names = new HashMap<>();
        if (!agents.isEmpty()) {
            for (Object[] n : rows(em.createNativeQuery(NAMES).setParameter("ids", agents))) {
                names.put((UUID) n[0], (String) n[1]);
            }
        }
        for (Object[] r : agentRows) {
            byAgent.add(new AgentFigures((UUID) r[3], names.get((UUID) r[3]), figures(r)));
        }
        byPurpose.sort(Comparator.comparing(PurposeFigures::purpose));
        // the busiest agents first; unassigned tasks last
        byAgent.sort(Comparator.comparing((AgentFigures a) -> a.userId() == null)
                .thenComparing(a -> -a.figures().due())
                .thenComparing(a -> a.displayName() == null ? "" : a.displayName())
                .thenComparing(a -> a.userId() == null ? "" : a.userId().toString()));

        List<DissatisfiedCall> dissatisfied = rows(query(DISSATISFIED, from, to, assigneeId)
                .setParameter("max", FollowUpReport.MAX_DISSATISFIED)).stream()
                .map(r -> new DissatisfiedCall((UUID) r[0], (UUID) r[1], (UUID) r[2],
                        FollowUpPurpose.valueOf((String) r[3]), (UUID) r[4], (String) r[5], instant(r[6]),
                        ((Number) r[7]).intValue(), (String) r[8], (String) r[9], (String) r[10], instant(r[11]),
                        (String) r[12], instant(r[13]), (UUID) r[14]))
                .toList();
        return new FollowUpReport(period, date, zone.getId(), offset(from, zone), offset(to, zone), assigneeId,
                totals, byPurpose, byAgent, dissatisfied);
    }

    /** The statement over the period's tasks, of one assignee's when given. */
    private Query query(String sql, Instant from, Instant to, UUID assigneeId) {
        Query query = em.createNativeQuery(sql.formatted(assigneeId == null ? TASKS : TASKS + ONE_ASSIGNEE))
                .setParameter("from", from).setParameter("to", to)
                .setParameter("dissatisfied", DISSATISFIED_AT_MOST);
        return assigneeId == null ? query : query.setParameter("assignee", assigneeId);
    }

    /** Columns 4.. of a figures row. */
    private static Figures figures(Object[] r) {
        long done = count(r[5]);
        long reached = count(r[7]);
        long onTime = count(r[8]);
        return new Figures(count(r[4]), done, count(r[6]), reached, rate(reached, done), onTime,
                rate(onTime, count(r[9])), count(r[10]), count(r[11]), decimal(r[12]), count(r[13]), count(r[14]),
                count(r[15]), count(r[16]), count(r[17]), rate(count(r[17]), count(r[18])));
    }

    private static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static OffsetDateTime offset(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
