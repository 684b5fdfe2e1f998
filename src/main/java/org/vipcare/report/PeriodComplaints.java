package org.vipcare.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.vipcare.common.BusinessTime;
import org.vipcare.common.Page;
import org.vipcare.complaint.ComplaintSla;
import org.vipcare.complaint.ComplaintStatus;

/**
 * The complaints a report covers, one page at a time, oldest first: those received in the period's business-zone
 * days, the same set the report's figures count. One query for the page (index complaint_received), names included.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PeriodComplaints {

    /** Complaints on one page of a report: a week's fit on one or two. */
    public static final int PAGE_SIZE = 50;

    private static final String PAGE = """
            select c.id, c.received_at, cu.name, c.category, u.display_name, c.status,
                   c.contact_breached, c.contacted_at, c.contact_on_time, c.contact_warn_at, c.contact_due_at,
                   c.feedback_breached, c.feedback_at, c.feedback_on_time, c.feedback_warn_at, c.feedback_due_at,
                   c.escalated, c.satisfaction_sum, c.satisfaction_answers
              from complaint c
              left join customer cu on cu.id = c.customer_id
              left join app_user u on u.id = c.owner_id
             where c.received_at >= :from and c.received_at < :to
             order by c.received_at, c.id
             limit :size offset :offset
            """;

    private final EntityManager em;
    private final BusinessTime time;
    private final Clock clock;

    public PeriodComplaints(EntityManager em, BusinessTime time, Clock clock) {
        this.em = em;
        this.time = time;
        this.clock = clock;
    }

    /** Page {@code page} (from 0) of the complaints received in the period that contains {@code date}. */
    public Page<PeriodComplaint> page(ReportPeriod period, LocalDate date, int page) {
        return page(period, date, page, PAGE_SIZE);
    }

    /** The first {@code limit} complaints of the period, with the period's total: what a download holds. */
    public Page<PeriodComplaint> first(ReportPeriod period, LocalDate date, int limit) {
        return page(period, date, 0, limit);
    }

    private Page<PeriodComplaint> page(ReportPeriod period, LocalDate date, int page, int size) {
        Instant from = time.startOf(period.start(date));
        Instant to = time.startOf(period.end(date));
        long total = ((Number) em.createNativeQuery(
                "select count(*) from complaint c where c.received_at >= :from and c.received_at < :to")
                .setParameter("from", from).setParameter("to", to).getSingleResult()).longValue();
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PAGE).setParameter("from", from).setParameter("to", to)
                .setParameter("size", size).setParameter("offset", (long) page * size).getResultList();
        return new Page<>(rows.stream().map(r -> row(r, now)).toList(), page, size, total);
    }

    private static PeriodComplaint row(Object[] r, Instant now) {
        int sum = ((Number) r[17]).intValue();
        int answers = ((Number) r[18]).intValue();
        BigDecimal satisfaction = answers == 0 ? null
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(answers), 2, RoundingMode.HALF_UP);
        return new PeriodComplaint((UUID) r[0], instant(r[1]), (String) r[2], (String) r[3], (String) r[4],
                ComplaintStatus.valueOf((String) r[5]),
                ComplaintSla.state((Boolean) r[6], instant(r[7]), (Boolean) r[8], instant(r[9]), instant(r[10]), now),
                ComplaintSla.state((Boolean) r[11], instant(r[12]), (Boolean) r[13], instant(r[14]), instant(r[15]),
                        now),
                (Boolean) r[16], satisfaction, answers);
    }

    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime at) {
            return at.toInstant();
        }
        if (value instanceof Timestamp at) {
            return at.toInstant();
        }
        throw new IllegalStateException("not a time: " + value.getClass());
    }
}
