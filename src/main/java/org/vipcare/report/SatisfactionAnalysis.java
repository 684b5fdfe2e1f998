package org.vipcare.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.vipcare.common.BusinessTime;

/**
 * Satisfaction by category and by staff for a period ({@link ComplaintSatisfaction}). Reads the answers themselves
 * (the attempts of the complaints' AFTER_COMPLAINT calls, as V5 sums them) because the dissatisfied ones are counted
 * one by one; only complaints with an answer are joined (complaint.satisfaction_answers, V5).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SatisfactionAnalysis {

    /** An answer of this or less is a dissatisfied one (SPEC 8). */
    static final int DISSATISFIED_AT_MOST = 2;

    private static final String ANSWERS = """
            create temp table report_answer on commit drop as
            select c.category, c.owner_id, a.satisfaction
              from complaint c
              join follow_up f on f.complaint_id = c.id and f.purpose = 'AFTER_COMPLAINT'
              join follow_up_attempt a on a.follow_up_id = f.id
             where c.received_at >= :from and c.received_at < :to and c.satisfaction_answers > 0
               and a.outcome = 'REACHED' and a.satisfaction is not null
            """;

    /** Categories in their own order, so that the chart reads like the report's other category charts. */
    private static final String BY_CATEGORY = """
            select r.category, round(avg(r.satisfaction), 2), count(*),
                   count(*) filter (where r.satisfaction <= :low)
              from report_answer r
              left join complaint_category k on k.code = r.category
             group by r.category, k.sort_order
             order by k.sort_order nulls last, r.category
            """;

    private static final String BY_STAFF = """
            select r.owner_id, u.display_name, u.department, round(avg(r.satisfaction), 2), count(*),
                   count(*) filter (where r.satisfaction <= :low)
              from report_answer r
              join app_user u on u.id = r.owner_id
             group by r.owner_id, u.display_name, u.department
             order by avg(r.satisfaction) desc, count(*) desc, u.display_name, r.owner_id
            """;

    private final EntityManager em;
    private final BusinessTime time;

    public SatisfactionAnalysis(EntityManager em, BusinessTime time) {
        this.em = em;
        this.time = time;
    }

    /** The analysis of the period that contains {@code date}; runs in a transaction for its temp table. */
    @Transactional
    public ComplaintSatisfaction of(ReportPeriod period, LocalDate date) {
        Instant from = time.startOf(period.start(date));
        Instant to = time.startOf(period.end(date));
        em.createNativeQuery(ANSWERS).setParameter("from", from).setParameter("to", to).executeUpdate();
        List<ComplaintSatisfaction.ByCategory> byCategory = rows(BY_CATEGORY).stream()
                .map(r -> new ComplaintSatisfaction.ByCategory((String) r[0], decimal(r[1]), count(r[2]),
                        count(r[3])))
                .toList();
        List<ComplaintSatisfaction.ByStaff> byStaff = rows(BY_STAFF).stream()
                .map(r -> new ComplaintSatisfaction.ByStaff((UUID) r[0], (String) r[1], (String) r[2],
                        decimal(r[3]), count(r[4]), count(r[5])))
                .toList();
        em.createNativeQuery("drop table report_answer").executeUpdate();
        return new ComplaintSatisfaction(byCategory, byStaff);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).setParameter("low", DISSATISFIED_AT_MOST).getResultList();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(value.toString());
    }
}
