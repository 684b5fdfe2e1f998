package org.vipcare.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditLog;
import org.vipcare.common.BusinessTime;
import org.vipcare.common.VipCareConfig;
import org.vipcare.customer.EnterpriseClass;
import org.vipcare.report.ManagerReport.ManagerBook;
import org.vipcare.report.ManagerReport.ManagerClassTime;
import org.vipcare.report.ManagerReport.ManagerComplaints;
import org.vipcare.report.ManagerReport.ManagerFigures;
import org.vipcare.report.ManagerReport.ManagerRetention;
import org.vipcare.report.ManagerReport.ManagerReturns;
import org.vipcare.report.ManagerReport.ManagerSatisfaction;
import org.vipcare.report.ManagerReport.ManagerServiceTime;
import org.vipcare.report.ManagerReport.ManagerWelcome;
import org.vipcare.tier.Tier;
import org.vipcare.tier.ValueClass;

/**
 * The manager performance report as seven aggregate statements, each grouped by manager, so that a report costs the
 * same for one manager or five hundred: the book (customer and customer_standing, current), service time (calls by
 * time through follow_up_attempt_at, V42, and done visits through visit_manager_done, V38), returns and tickets
 * (consumption_record by time, consumption_time), WELCOME calls (follow_up_report, V31, index-only), retention cases
 * (retention_case_closed, V42) and complaints (complaint_report, V5, index-only). The rows are the managers with
 * customers or with service time in the period; the team row sums them. docs/manager-report.md has the plans.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ManagerReportSql {

    /** A period's planned service time is the monthly hours scaled by days / this. */
    static final int DAYS_PER_MONTH = 30;

    private static final String BOOK = """
            select c.manager_id, count(*) as customers, %s,
                   count(*) filter (where s.watch) as watch
              from customer c
              join customer_standing s on s.customer_id = c.id
             where c.erased_at is null and c.manager_id is not null %s
             group by c.manager_id
            """;

    /** Minutes of the calls made and of the visits done in the period, by who made them and the customer's class. */
    private static final String SERVICE_TIME = """
            select w.manager_id, s.value_class, w.source, sum(w.minutes)
              from (select a.by_user_id as manager_id, f.customer_id, 'CALL' as source, a.duration_minutes as minutes
                      from follow_up_attempt a
                      join follow_up f on f.id = a.follow_up_id
                     where a.at >= :from and a.at < :to and a.duration_minutes is not null
                       and a.by_user_id is not null %s
                    union all
                    select v.manager_id, v.customer_id, 'VISIT', v.duration_minutes
                      from visit v
                     where v.status = 'DONE' and v.visited_at >= :from and v.visited_at < :to
                       and v.duration_minutes is not null %s) w
              join customer_standing s on s.customer_id = w.customer_id
             group by w.manager_id, s.value_class, w.source
            """;

    /** 回站率 and 客单价: the consumption of the managers' customers now, in the period, as the tier evaluation counts. */
    private static final String RETURNS = """
            select c.manager_id,
                   count(distinct r.customer_id) filter (where r.kind <> 'SPEND') as returning_customers,
                   coalesce(sum(r.amount) filter (where r.kind <> 'VISIT'), 0) as spend,
                   count(*) filter (where r.kind <> 'VISIT') as tickets
              from consumption_record r
              join customer c on c.id = r.customer_id
             where r.occurred_at >= :from and r.occurred_at < :to
               and c.erased_at is null and c.manager_id is not null %s
             group by c.manager_id
            """;

    private static final String WELCOME = """
            select f.assignee_id, count(*) as due,
                   count(*) filter (where f.reached_at <= f.due_at) as on_time,
                   count(*) filter (where f.reached_at > f.due_at or (f.reached_at is null and f.due_at < :now)) as late
              from follow_up f
             where f.due_at >= :from and f.due_at < :to and f.purpose = 'WELCOME' and f.status <> 'CANCELLED'
               and f.assignee_id is not null %s
             group by f.assignee_id
            """;

    private static final String RETENTION = """
            select rc.manager_id, count(*) as closed,
                   count(*) filter (where rc.outcome = 'RETAINED') as retained,
                   count(*) filter (where rc.outcome = 'PARTIAL') as partial,
                   count(*) filter (where rc.outcome = 'LOST') as lost
              from retention_case rc
             where rc.stage = 'CLOSED' and rc.closed_at >= :from and rc.closed_at < :to
               and rc.manager_id is not null %s
             group by rc.manager_id
            """;

    /** The complaint report's clocks (ComplaintReports): an outcome is met, met late or missed; a breach is a miss. */
    private static final String COMPLAINTS = """
            select c.owner_id, count(*) as received,
                   count(*) filter (where c.contact_on_time) as contact_on_time,
                   count(*) filter (where c.contact_on_time is not null or c.contact_breached) as contact_outcomes,
                   count(*) filter (where c.feedback_on_time) as feedback_on_time,
                   count(*) filter (where c.feedback_on_time is not null or c.feedback_breached) as feedback_outcomes,
                   count(*) filter (where c.contact_breached or not c.contact_on_time)
                       + count(*) filter (where c.feedback_breached or not c.feedback_on_time) as breaches
              from complaint c
             where c.received_at >= :from and c.received_at < :to %s
             group by c.owner_id
            """;

    private static final String SATISFACTION = """
            select a.by_user_id, sum(a.satisfaction), count(*)
              from follow_up_attempt a
             where a.at >= :from and a.at < :to and a.outcome = 'REACHED' and a.satisfaction is not null
               and a.by_user_id is not null %s
             group by a.by_user_id
            """;

    private static final String NAMES = "select id, display_name from app_user where id in (:ids)";

    private final EntityManager em;
    private final BusinessTime time;
    private final VipCareConfig config;
    private final AuditLog audit;

    public ManagerReportSql(EntityManager em, BusinessTime time, VipCareConfig config, AuditLog audit) {
        this.em = em;
        this.time = time;
        this.config = config;
        this.audit = audit;
    }

    /** The report for a CSV download: the file names staff and their figures, so who took it is audited. */
    @Transactional
    public ManagerReport export(ManagerReportPeriod period, UUID managerId, String actor, String endpoint) {
        ManagerReport report = report(period, managerId);
        audit.record(actor, AuditAction.EXPORT, null, endpoint, "manager report CSV, " + period.from() + " to "
                + period.to() + (managerId == null ? "" : ", manager " + managerId));
        return report;
    }

    /**
     * The report of the period: every manager's row and the team's when {@code managerId} is null, else that
     * manager's row only (an agent's view; always there, zeros when the agent has nothing).
     */
    public ManagerReport report(ManagerReportPeriod period, UUID managerId) {
        Instant from = time.startOf(period.from());
        Instant to = time.startOf(period.to().plusDays(1));
        Map<UUID, Tally> tallies = new HashMap<>();

        for (Object[] r : rows(em.createNativeQuery(BOOK.formatted(bookColumns(), only("c.manager_id", managerId))),
                managerId)) {
            Tally t = tallies.computeIfAbsent((UUID) r[0], id -> new Tally());
            t.customers = count(r[1]);
            int i = 2;
            for (Tier tier : Tier.values()) {
                t.byTier.put(tier, count(r[i++]));
            }
            for (ValueClass valueClass : ValueClass.values()) {
                t.byValueClass.put(valueClass, count(r[i++]));
            }
            for (EnterpriseClass enterpriseClass : EnterpriseClass.values()) {
                t.byEnterpriseClass.put(enterpriseClass, count(r[i++]));
            }
            t.watch = count(r[i]);
        }
        for (Object[] r : rows(period(SERVICE_TIME.formatted(only("a.by_user_id", managerId),
                only("v.manager_id", managerId)), from, to), managerId)) {
            Tally t = tallies.computeIfAbsent((UUID) r[0], id -> new Tally());
            ValueClass valueClass = ValueClass.valueOf(String.valueOf(r[1]));
            long minutes = count(r[3]);
            t.minutes.merge(valueClass, minutes, Long::sum);
            if ("CALL".equals(r[2])) {
                t.callMinutes += minutes;
            } else {
                t.visitMinutes += minutes;
            }
        }
        Set<UUID> managers = new LinkedHashSet<>(managerId == null ? tallies.keySet() : Set.of(managerId));
        Map<UUID, Tally> rows = new HashMap<>();
        for (UUID id : managers) {
            rows.put(id, tallies.computeIfAbsent(id, x -> new Tally()));
        }

        for (Object[] r : figures(RETURNS, "c.manager_id", from, to, managerId, rows)) {
            Tally t = rows.get((UUID) r[0]);
            t.returningCustomers = count(r[1]);
            t.spend = (BigDecimal) r[2];
            t.tickets = count(r[3]);
        }
        Query welcome = period(WELCOME.formatted(only("f.assignee_id", managerId)), from, to)
                .setParameter("now", time.clock().instant());
        for (Object[] r : kept(rows(welcome, managerId), rows)) {
            Tally t = rows.get((UUID) r[0]);
            t.welcomeDue = count(r[1]);
            t.welcomeOnTime = count(r[2]);
            t.welcomeLate = count(r[3]);
        }
        for (Object[] r : figures(RETENTION, "rc.manager_id", from, to, managerId, rows)) {
            Tally t = rows.get((UUID) r[0]);
            t.closed = count(r[1]);
            t.retained = count(r[2]);
            t.partial = count(r[3]);
            t.lost = count(r[4]);
        }
        for (Object[] r : figures(COMPLAINTS, "c.owner_id", from, to, managerId, rows)) {
            Tally t = rows.get((UUID) r[0]);
            t.complaints = count(r[1]);
            t.contactOnTime = count(r[2]);
            t.contactOutcomes = count(r[3]);
            t.feedbackOnTime = count(r[4]);
            t.feedbackOutcomes = count(r[5]);
            t.breaches = count(r[6]);
        }
        for (Object[] r : figures(SATISFACTION, "a.by_user_id", from, to, managerId, rows)) {
            Tally t = rows.get((UUID) r[0]);
            t.satisfactionSum = count(r[1]);
            t.satisfactionAnswers = count(r[2]);
        }

        int days = period.days();
        int monthlyHours = config.tiers().monthlyCallHours();
        Map<UUID, String> names = names(managers);
        List<ManagerFigures> figures = new ArrayList<>();
        Tally team = new Tally();
        for (UUID id : managers) {
            Tally t = rows.get(id);
            team.add(t);
            figures.add(t.figures(id, names.get(id), monthlyHours, days, 1));
        }
        figures.sort(Comparator.comparing((ManagerFigures f) -> f.displayName() == null ? "" : f.displayName())
                .thenComparing(f -> f.userId().toString()));
        return new ManagerReport(period.from(), period.to(), time.zone().getId(), days, monthlyHours, figures,
                managerId == null ? team.figures(null, null, monthlyHours, days, managers.size()) : null);
    }

    /** The tier, value-class and enterprise-class counts, in the order of their enums. */
    private static String bookColumns() {
        List<String> columns = new ArrayList<>();
        Arrays.stream(Tier.values()).forEach(t -> columns.add("count(*) filter (where s.tier = '" + t + "')"));
        Arrays.stream(ValueClass.values())
                .forEach(v -> columns.add("count(*) filter (where s.value_class = '" + v + "')"));
        Arrays.stream(EnterpriseClass.values())
                .forEach(e -> columns.add("count(*) filter (where c.enterprise_class = '" + e + "')"));
        return String.join(", ", columns);
    }

    /** A statement with one manager filter over [from, to), its rows limited to the report's managers. */
    private List<Object[]> figures(String sql, String managerColumn, Instant from, Instant to, UUID managerId,
            Map<UUID, Tally> rows) {
        return kept(rows(period(sql.formatted(only(managerColumn, managerId)), from, to), managerId), rows);
    }

    private Query period(String sql, Instant from, Instant to) {
        return em.createNativeQuery(sql).setParameter("from", from).setParameter("to", to);
    }

    /** The filter on one manager, or none. */
    private static String only(String column, UUID managerId) {
        return managerId == null ? "" : "and " + column + " = :manager";
    }

    /** A row per manager of the report: someone who owns complaints but has neither customers nor time has no row. */
    private static List<Object[]> kept(List<Object[]> result, Map<UUID, Tally> rows) {
        return result.stream().filter(r -> rows.containsKey((UUID) r[0])).toList();
    }

    private Map<UUID, String> names(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery(NAMES).setParameter("ids", ids).getResultList();
        return result.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> (String) r[1]));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query, UUID managerId) {
        return (managerId == null ? query : query.setParameter("manager", managerId)).getResultList();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    /** One manager's sums, or the team's. */
    private static final class Tally {
        long customers;
        long watch;
        final Map<Tier, Long> byTier = zeros(Tier.class);
        final Map<ValueClass, Long> byValueClass = zeros(ValueClass.class);
        final Map<EnterpriseClass, Long> byEnterpriseClass = zeros(EnterpriseClass.class);
        final Map<ValueClass, Long> minutes = zeros(ValueClass.class);
        long callMinutes;
        long visitMinutes;
        long returningCustomers;
        BigDecimal spend = BigDecimal.ZERO;
        long tickets;
        long welcomeDue;
        long welcomeOnTime;
        long welcomeLate;
        long closed;
        long retained;
        long partial;
        long lost;
        long complaints;
        long contactOnTime;
        long contactOutcomes;
        long feedbackOnTime;
        long feedbackOutcomes;
        long breaches;
        long satisfactionSum;
        long satisfactionAnswers;

        void add(Tally t) {
            customers += t.customers;
            watch += t.watch;
            t.byTier.forEach((k, v) -> byTier.merge(k, v, Long::sum));
            t.byValueClass.forEach((k, v) -> byValueClass.merge(k, v, Long::sum));
            t.byEnterpriseClass.forEach((k, v) -> byEnterpriseClass.merge(k, v, Long::sum));
            t.minutes.forEach((k, v) -> minutes.merge(k, v, Long::sum));
            callMinutes += t.callMinutes;
            visitMinutes += t.visitMinutes;
            returningCustomers += t.returningCustomers;
            spend = spend.add(t.spend);
            tickets += t.tickets;
            welcomeDue += t.welcomeDue;
            welcomeOnTime += t.welcomeOnTime;
            welcomeLate += t.welcomeLate;
            closed += t.closed;
            retained += t.retained;
            partial += t.partial;
            lost += t.lost;
            complaints += t.complaints;
            contactOnTime += t.contactOnTime;
            contactOutcomes += t.contactOutcomes;
            feedbackOnTime += t.feedbackOnTime;
            feedbackOutcomes += t.feedbackOutcomes;
            breaches += t.breaches;
            satisfactionSum += t.satisfactionSum;
            satisfactionAnswers += t.satisfactionAnswers;
        }

        /**
         * The figures of {@code managers} managers' sums: planned minutes of a class = monthly hours x 60 x days / 30
         * x share / 100 for each manager.
         */
        ManagerFigures figures(UUID id, String name, int monthlyHours, int days, int managers) {
            List<ManagerClassTime> classes = new ArrayList<>();
            long plannedMinutes = 0;
            long actualMinutes = 0;
            for (ValueClass valueClass : ValueClass.values()) {
                long planned = plannedMinutes(monthlyHours, days, valueClass.serviceTimeSharePercent) * managers;
                long actual = minutes.get(valueClass);
                plannedMinutes += planned;
                actualMinutes += actual;
                classes.add(new ManagerClassTime(valueClass, valueClass.serviceTimeSharePercent, hours(planned),
                        hours(actual), rate(actual, planned)));
            }
            ManagerServiceTime serviceTime = new ManagerServiceTime(hours(plannedMinutes), hours(actualMinutes),
                    rate(actualMinutes, plannedMinutes), hours(callMinutes), hours(visitMinutes), classes);
            ManagerReturns returns = new ManagerReturns(customers, returningCustomers,
                    rate(returningCustomers, customers),
                    spend.setScale(2, RoundingMode.HALF_UP), tickets, tickets == 0 ? null
                            : spend.divide(BigDecimal.valueOf(tickets), 2, RoundingMode.HALF_UP));
            return new ManagerFigures(id, name,
                    new ManagerBook(customers, byTier, watch, byValueClass, byEnterpriseClass), serviceTime, returns,
                    new ManagerWelcome(welcomeDue, welcomeOnTime, welcomeLate,
                            rate(welcomeOnTime, welcomeOnTime + welcomeLate)),
                    new ManagerRetention(closed, retained, partial, lost, rate(retained + partial, closed)),
                    new ManagerComplaints(complaints, contactOnTime, contactOutcomes,
                            rate(contactOnTime, contactOutcomes),
                            feedbackOnTime, feedbackOutcomes, rate(feedbackOnTime, feedbackOutcomes), breaches),
                    new ManagerSatisfaction(satisfactionAnswers == 0 ? null : BigDecimal.valueOf(satisfactionSum)
                            .divide(BigDecimal.valueOf(satisfactionAnswers), 2, RoundingMode.HALF_UP),
                            satisfactionAnswers));
        }

        private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
            Map<E, Long> map = new EnumMap<>(type);
            for (E value : type.getEnumConstants()) {
                map.put(value, 0L);
            }
            return map;
        }
    }

    /**
     * A manager's planned minutes for a class in a period, rounded to the minute: hours x 60 x days / 30 x share /
     * 100 (160 h, 30 days, class A: 3840 minutes = 64.0 h).
     */
    static long plannedMinutes(int monthlyHours, int days, int sharePercent) {
        return BigDecimal.valueOf((long) monthlyHours * 60 * days * sharePercent)
                .divide(BigDecimal.valueOf(DAYS_PER_MONTH * 100L), 0, RoundingMode.HALF_UP).longValueExact();
    }

    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }
}
