package org.vipcare.tier;

/** The parts of the health score, in the order of the SPEC; docs/rules.md "Health score" defines each one. */
public enum HealthComponent {
    /** Days since the last record, reached call or visit made against the customer's own interval between records. */
    RECENCY,
    /** Spend of the last 90 days against the 90 days before. */
    SPEND_TREND,
    /** Open complaints and missed complaint clocks; fewer is better. */
    COMPLAINTS,
    /** Satisfaction of the last three reached calls that recorded one. */
    SATISFACTION,
    /** No open retention case. */
    RETENTION,
    /** Months since joining, full at two years. */
    TENURE
}
