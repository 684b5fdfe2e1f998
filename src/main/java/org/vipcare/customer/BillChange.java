package org.vipcare.customer;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The bill-analysis rule (账单分析, SPEC 5 and 8), in one place for the customer's bill analysis and the BILL_ANALYSIS
 * calls: a month's spend differs when it is more than {@code percent} % away from the average monthly spend of the 3
 * months before it, |spend − average| × 100 > percent × average (exactly percent % is not more). With no spend in
 * those months there is no average to differ from.
 */
public final class BillChange {

    /** How many months before a month make its reference average. */
    public static final int REFERENCE_MONTHS = 3;

    private BillChange() {
    }

    /** Whether {@code spend} differs from {@code average} by more than {@code percent} %. */
    public static boolean differs(BigDecimal spend, BigDecimal average, int percent) {
        return average.signum() > 0 && spend.subtract(average).abs().multiply(BigDecimal.valueOf(100))
                .compareTo(average.multiply(BigDecimal.valueOf(percent))) > 0;
    }

    /**
     * The same rule in SQL over the month's spend and the sum of the {@link #REFERENCE_MONTHS} months before it (the
     * average × 3, so that the comparison stays in exact numbers); {@code percent} is an SQL expression too.
     */
    public static String sqlDiffers(String spend, String referenceSum, String percent) {
        return "(" + referenceSum + " > 0 and abs(" + REFERENCE_MONTHS + " * " + spend + " - " + referenceSum
                + ") * 100 > " + percent + " * " + referenceSum + ")";
    }

    /** The change from {@code reference} to {@code value} in percent, one decimal; null without a reference. */
    public static BigDecimal changePercent(BigDecimal value, BigDecimal reference) {
        if (reference == null || reference.signum() == 0) {
            return null;
        }
        return value.subtract(reference).multiply(BigDecimal.valueOf(100)).divide(reference, 1,
                RoundingMode.HALF_UP);
    }
}
