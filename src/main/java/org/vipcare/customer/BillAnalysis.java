package org.vipcare.customer;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.vipcare.common.BusinessTime;
import org.vipcare.common.ProblemException;
import org.vipcare.common.VipCareConfig;

/**
 * A customer's bill over the last complete calendar months of the business zone (账单分析): spend (amounts of records
 * other than VISIT, as the tier evaluation counts them) and visits (records other than SPEND) per month, compared with
 * the month before and with the average of the 3 months before it, flagged by the rule of {@link BillChange} with
 * {@code vipcare.follow-ups.bill-analysis-threshold-percent}: the months a BILL_ANALYSIS call would be made for.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BillAnalysis {

    public static final int MAX_MONTHS = 12;
    public static final int DEFAULT_MONTHS = 3;

    /** Records in [bound 1, last bound) grouped into the months between the bounds, in one pass of the index. */
    private static final String MONTHS = """
            select width_bucket(r.occurred_at, cast(:bounds as timestamptz[])) as bucket,
                   coalesce(sum(r.amount) filter (where r.kind <> 'VISIT'), 0) as spend,
                   count(*) filter (where r.kind <> 'SPEND') as visits
              from consumption_record r
             where r.customer_id = :customer and r.occurred_at >= :from and r.occurred_at < :to
             group by 1
            """;

    private final EntityManager em;
    private final BusinessTime time;
    private final CustomerService customers;
    private final int percent;

    public BillAnalysis(EntityManager em, BusinessTime time, CustomerService customers, VipCareConfig config) {
        this.em = em;
        this.time = time;
        this.customers = customers;
        this.percent = config.followUps().billAnalysisThresholdPercent();
    }

    @RegisterForReflection
    @Schema(name = "BillAnalysis", examples = CustomerExamples.BILL_ANALYSIS)
    public record Result(@Schema(description = "The threshold the months are flagged by, in percent") int thresholdPercent,
            @Schema(description = "Oldest first; the last one is the month before the current one") List<Month> months) {
    }

    @RegisterForReflection
    @Schema(name = "BillAnalysisMonth")
    public record Month(@Schema(description = "Calendar month in the business zone", examples = "2026-10") String month,
            BigDecimal spend, long visits,
            @Schema(description = "Spend against the month before, in percent; null when that month had no spend")
            BigDecimal changeVsPrevious,
            @Schema(description = "Spend against the average monthly spend of the 3 months before, in percent; null "
                    + "when they had no spend") BigDecimal changeVsAverage,
            @Schema(description = "Spend differs from that average by more than thresholdPercent") boolean flagged) {
    }

    /** The months parameter: 1 to 12, default 3; anything else 400. */
    public static int months(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_MONTHS;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("months", "customer.bill-analysis.months", "must be 1 to " + MAX_MONTHS);
        }
    }

    @SuppressWarnings("unchecked")
    public Result of(UUID customerId, int months) {
        if (months < 1 || months > MAX_MONTHS) {
            throw ProblemException.invalid("months", "customer.bill-analysis.months",
                    "must be 1 to " + MAX_MONTHS);
        }
        customers.live(customerId);
        YearMonth last = YearMonth.from(time.today()).minusMonths(1);
        YearMonth first = last.minusMonths(months - 1L + BillChange.REFERENCE_MONTHS);
        int span = months + BillChange.REFERENCE_MONTHS;
        Timestamp[] bounds = new Timestamp[span + 1];
        for (int i = 0; i <= span; i++) {
            bounds[i] = Timestamp.from(time.startOf(first.plusMonths(i).atDay(1)));
        }
        BigDecimal[] spend = new BigDecimal[span];
        long[] visits = new long[span];
        java.util.Arrays.fill(spend, BigDecimal.ZERO);
        List<Object[]> rows = em.createNativeQuery(MONTHS).setParameter("bounds", bounds)
                .setParameter("customer", customerId).setParameter("from", bounds[0].toInstant())
                .setParameter("to", bounds[span].toInstant()).getResultList();
        for (Object[] row : rows) {
            int bucket = ((Number) row[0]).intValue() - 1;
            spend[bucket] = new BigDecimal(row[1].toString());
            visits[bucket] = ((Number) row[2]).longValue();
        }
        List<Month> result = new ArrayList<>();
        for (int i = BillChange.REFERENCE_MONTHS; i < span; i++) {
            BigDecimal sum = spend[i - 1].add(spend[i - 2]).add(spend[i - 3]);
            BigDecimal spendTimesReference = spend[i].multiply(BigDecimal.valueOf(BillChange.REFERENCE_MONTHS));
            result.add(new Month(first.plusMonths(i).toString(), spend[i].setScale(2, RoundingMode.HALF_UP), visits[i],
                    BillChange.changePercent(spend[i], spend[i - 1]), BillChange.changePercent(spendTimesReference, sum),
                    BillChange.differs(spendTimesReference, sum, percent)));
        }
        return new Result(percent, result);
    }
}
