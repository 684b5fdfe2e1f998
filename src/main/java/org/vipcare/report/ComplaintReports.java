package org.vipcare.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditLog;
import org.vipcare.common.BusinessTime;
import org.vipcare.report.ComplaintReport.CategoryCount;
import org.vipcare.report.ComplaintReport.DepartmentCount;
import org.vipcare.report.ComplaintReport.Month;
import org.vipcare.report.ComplaintReport.OwnerCount;
import org.vipcare.report.ComplaintReport.PraisedStaff;
import org.vipcare.report.ComplaintReport.SlaAttainment;
import org.vipcare.report.ComplaintReport.StaffCount;

/**
 * The complaint reports of SPEC 4 as SQL aggregates. The period's complaints are summed into a small temp table of
 * cells, one per owner, category and month; every section of the report is then a query over those few thousand
 * cells, and the staff ranking one more small query. A month, quarter or year (whole months) takes its cells from the
 * monthly roll-up that triggers keep (complaint_month, complaint_staff_month and their pending differences; V10,
 * {@link ComplaintRollup}): a dozen months of sums instead of up to half a million complaints. A week, or any period
 * while the roll-up's months are not the service zone's, takes them from the complaints in one index-only pass (index
 * complaint_report, V5; the staff ranking through the partial index complaint_report_staff, V9). Both give the same
 * report. Runs in a transaction because the cells live until its commit.
 */
@ApplicationScoped
@Transactional
public class ComplaintReports {

    /** Praised staff: owners whose verification calls averaged at least this satisfaction (1-5)... */
    static final BigDecimal PRAISE_AVERAGE = new BigDecimal("4.5");
    /** ...over at least this many answers, so that one happy customer does not make a star. */
    static final int PRAISE_MIN_ANSWERS = 3;
    /** Length of the staff rankings. */
    static final int TOP = 5;

    /** Where a report's cells come from. */
    enum Source {
        /** The complaints themselves: any period. */
        COMPLAINTS,
        /** The monthly roll-up: whole months only. */
        ROLLUP
    }

    private static final String CELLS = """
            create temp table report_cell on commit drop as
            with month_start as (
                -- the first instants of the period's months in the report's zone; a WEEK or MONTH is one bucket
                select array_agg((cast(:start as timestamp) + make_interval(months => i)) at time zone :zone
                                 order by i) as starts
                  from generate_series(0, :months - 1) i
            )
            select c.owner_id, c.category,
                   width_bucket(c.received_at, (select starts from month_start)) as month,
                   count(*) as complaints,
                   -- a clock has an outcome once it was met, met late or missed; a running one has none yet
                   count(*) filter (where c.contact_on_time is not null or c.contact_breached) as contact_outcomes,
                   count(*) filter (where c.contact_on_time) as contact_on_time,
                   count(*) filter (where c.contact_breached or not c.contact_on_time) as contact_breaches,
                   count(*) filter (where c.feedback_on_time is not null or c.feedback_breached) as feedback_outcomes,
                   count(*) filter (where c.feedback_on_time) as feedback_on_time,
                   count(*) filter (where c.feedback_breached or not c.feedback_on_time) as feedback_breaches,
                   sum(c.satisfaction_sum) as satisfaction_sum,
                   sum(c.satisfaction_answers) as satisfaction_answers
              from complaint c
             where c.received_at >= :from and c.received_at < :to
             group by c.owner_id, c.category, month
            """;

    /**
     * The same cells from the roll-up: the monthly sums plus the differences not merged into them yet, read in one
     * snapshot; month is the month's number in the period, from 1.
     */
    private static final String ROLLUP_CELLS = """
            create temp table report_cell on commit drop as
            select m.owner_id, m.category,
                   cast((extract(year from m.month) - :startYear) * 12 + extract(month from m.month) - :startMonth + 1
                        as integer) as month,
                   sum(m.complaints) as complaints, sum(m.contact_outcomes) as contact_outcomes,
                   sum(m.contact_on_time) as contact_on_time, sum(m.contact_breaches) as contact_breaches,
                   sum(m.feedback_outcomes) as feedback_outcomes, sum(m.feedback_on_time) as feedback_on_time,
                   sum(m.feedback_breaches) as feedback_breaches, sum(m.satisfaction_sum) as satisfaction_sum,
                   sum(m.satisfaction_answers) as satisfaction_answers
              from (select * from complaint_month where month >= :fromMonth and month < :toMonth
                    union all
                    select * from complaint_month_delta where month >= :fromMonth and month < :toMonth) m
             group by m.owner_id, m.category, m.month
             -- a cell emptied by handovers (its complaints now count for another owner) is no cell
            having sum(m.complaints) > 0
            """;

    private static final String TOTALS = """
            select coalesce(sum(complaints), 0),
                   round(sum(contact_on_time) / nullif(sum(contact_outcomes), 0), 4),
                   round(sum(feedback_on_time) / nullif(sum(feedback_outcomes), 0), 4),
                   coalesce(sum(contact_breaches), 0),
                   coalesce(sum(feedback_breaches), 0),
                   round(sum(satisfaction_sum) / nullif(sum(satisfaction_answers), 0), 2),
                   coalesce(sum(satisfaction_answers), 0)
              from report_cell
            """;

    /** Every active category, with zero when it had no complaint, and retired ones that still had some. */
    private static final String BY_CATEGORY = """
            select k.code, coalesce(sum(r.complaints), 0) as complaints
              from complaint_category k
              left join report_cell r on r.category = k.code
             where k.active or r.category is not null
             group by k.code, k.sort_order
             order by complaints desc, k.sort_order
            """;

    private static final String BY_DEPARTMENT = """
            select u.department, sum(r.complaints) as complaints
              from report_cell r
              join app_user u on u.id = r.owner_id
             group by u.department
             order by complaints desc, u.department nulls last
            """;

    private static final String BY_OWNER = """
            select r.owner_id, u.display_name, u.department, sum(r.complaints) as complaints,
                   sum(r.contact_breaches + r.feedback_breaches) as breaches
              from report_cell r
              join app_user u on u.id = r.owner_id
             group by r.owner_id, u.display_name, u.department
             order by complaints desc, breaches desc, u.display_name, r.owner_id
            """;

    /**
     * The complaints that name a staff member concerned (涉及员工), by that staff member, whatever their category;
     * complaints naming nobody are attributed to nobody (not to their first receiver, who only took the call). Reads
     * complaints through the partial index complaint_report_staff (V9), not the cells.
     */
    private static final String TOP_COMPLAINED_STAFF = """
            select s.staff_concerned_id, u.display_name, u.department, s.complaints
              from (select c.staff_concerned_id, count(*) as complaints
                      from complaint c
                     where c.received_at >= :from and c.received_at < :to
                       and c.staff_concerned_id is not null
                     group by c.staff_concerned_id) s
              join app_user u on u.id = s.staff_concerned_id
             order by s.complaints desc, u.display_name, s.staff_concerned_id
             limit :top
            """;

    private static final String ROLLUP_TOP_COMPLAINED_STAFF = """
            select s.staff_id, u.display_name, u.department, s.complaints
              from (select m.staff_id, sum(m.complaints) as complaints
                      from (select * from complaint_staff_month where month >= :fromMonth and month < :toMonth
                            union all
                            select * from complaint_staff_month_delta where month >= :fromMonth and month < :toMonth) m
                     group by m.staff_id
                    having sum(m.complaints) > 0) s
              join app_user u on u.id = s.staff_id
             order by s.complaints desc, u.display_name, s.staff_id
             limit :top
            """;

    private static final String PRAISED_STAFF = """
            select r.owner_id, u.display_name, u.department,
                   round(sum(r.satisfaction_sum) / sum(r.satisfaction_answers), 2) as average,
                   sum(r.satisfaction_answers) as answers
              from report_cell r
              join app_user u on u.id = r.owner_id
             group by r.owner_id, u.display_name, u.department
            having sum(r.satisfaction_answers) >= :minAnswers
               and sum(r.satisfaction_sum) >= :minAverage * sum(r.satisfaction_answers)
             order by sum(r.satisfaction_sum) / sum(r.satisfaction_answers) desc, answers desc, u.display_name,
                      r.owner_id
             limit :top
            """;

    private static final String TREND = """
            select r.month, r.category, sum(r.complaints)
              from report_cell r
              join complaint_category k on k.code = r.category
             group by r.month, r.category, k.sort_order
             order by r.month, k.sort_order
            """;

    private final EntityManager em;
    private final BusinessTime time;
    private final ComplaintRollup rollup;
    private final AuditLog audit;

    public ComplaintReports(EntityManager em, BusinessTime time, ComplaintRollup rollup, AuditLog audit) {
        this.em = em;
        this.time = time;
        this.rollup = rollup;
        this.audit = audit;
    }

    /** The report for a CSV download: a file that leaves the service names staff, so who took it is audited. */
    public ComplaintReport export(ReportPeriod period, LocalDate date, String actor, String endpoint) {
        ComplaintReport report = report(period, date);
        audit.record(actor, AuditAction.EXPORT, null, endpoint, "complaint report CSV, " + period + " of " + date);
        return report;
    }

    public ComplaintReport report(ReportPeriod period, LocalDate date) {
        boolean fromRollup = period.coversWholeMonths() && rollup.isIn(time.zone());
        return report(period, date, fromRollup ? Source.ROLLUP : Source.COMPLAINTS);
    }

    /** The report with its cells from the given source; the roll-up only for whole months. */
    ComplaintReport report(ReportPeriod period, LocalDate date, Source source) {
        ZoneId zone = time.zone();
        LocalDate start = period.start(date);
        LocalDate end = period.end(date);
        Instant from = time.startOf(start);
        Instant to = time.startOf(end);
        // A pass costs a few hundred thousand rows at most: compiling it (JIT) costs more than it saves.
        em.createNativeQuery("set local jit = off").executeUpdate();
        Query staff;
        if (source == Source.ROLLUP) {
            if (!period.coversWholeMonths()) {
                throw new IllegalArgumentException("the roll-up has whole months only, not a " + period);
            }
            em.createNativeQuery(ROLLUP_CELLS)
                    .setParameter("startYear", start.getYear())
                    .setParameter("startMonth", start.getMonthValue())
                    .setParameter("fromMonth", start)
                    .setParameter("toMonth", end)
                    .executeUpdate();
            staff = em.createNativeQuery(ROLLUP_TOP_COMPLAINED_STAFF).setParameter("fromMonth", start)
                    .setParameter("toMonth", end);
        } else {
            em.createNativeQuery(CELLS)
                    .setParameter("start", start.atStartOfDay())
                    .setParameter("zone", zone.getId())
                    .setParameter("months", period.months(date))
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .executeUpdate();
            staff = em.createNativeQuery(TOP_COMPLAINED_STAFF).setParameter("from", from).setParameter("to", to);
        }

        Object[] totals = (Object[]) em.createNativeQuery(TOTALS).getSingleResult();
        SlaAttainment sla = new SlaAttainment(decimal(totals[1]), decimal(totals[2]), count(totals[3]),
                count(totals[4]));
        List<CategoryCount> byCategory = rows(em.createNativeQuery(BY_CATEGORY)).stream()
                .map(r -> new CategoryCount((String) r[0], count(r[1]))).toList();
        List<DepartmentCount> byDepartment = rows(em.createNativeQuery(BY_DEPARTMENT)).stream()
                .map(r -> new DepartmentCount((String) r[0], count(r[1]))).toList();
        List<OwnerCount> byOwner = rows(em.createNativeQuery(BY_OWNER)).stream()
                .map(r -> new OwnerCount((UUID) r[0], (String) r[1], (String) r[2], count(r[3]), count(r[4])))
                .toList();
        List<StaffCount> complained = rows(staff.setParameter("top", TOP)).stream()
                .map(r -> new StaffCount((UUID) r[0], (String) r[1], (String) r[2], count(r[3]))).toList();
        List<PraisedStaff> praised = rows(em.createNativeQuery(PRAISED_STAFF)
                .setParameter("minAnswers", PRAISE_MIN_ANSWERS).setParameter("minAverage", PRAISE_AVERAGE)
                .setParameter("top", TOP)).stream()
                .map(r -> new PraisedStaff((UUID) r[0], (String) r[1], (String) r[2], decimal(r[3]), count(r[4])))
                .toList();
        List<Month> trend = period.hasMonthlyTrend() ? trend(start, period.months(date)) : null;
        em.createNativeQuery("drop table report_cell").executeUpdate();

        return new ComplaintReport(period, date, zone.getId(), from.atZone(zone).toOffsetDateTime(),
                to.atZone(zone).toOffsetDateTime(), count(totals[0]), byCategory, byDepartment, byOwner, complained,
                praised, sla, decimal(totals[5]), count(totals[6]), trend);
    }

    /** Every month of the period, also those without complaints, so that charts have no gaps. */
    private List<Month> trend(LocalDate start, int months) {
        Map<Integer, List<CategoryCount>> counts = new LinkedHashMap<>();
        for (Object[] r : rows(em.createNativeQuery(TREND))) {
            counts.computeIfAbsent(((Number) r[0]).intValue(), m -> new ArrayList<>())
                    .add(new CategoryCount((String) r[1], count(r[2])));
        }
        DateTimeFormatter yearMonth = DateTimeFormatter.ofPattern("yyyy-MM");
        List<Month> trend = new ArrayList<>();
        for (int m = 1; m <= months; m++) {
            List<CategoryCount> byCategory = counts.getOrDefault(m, List.of());
            trend.add(new Month(start.plusMonths(m - 1).format(yearMonth),
                    byCategory.stream().mapToLong(CategoryCount::count).sum(), byCategory));
        }
        return trend;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
