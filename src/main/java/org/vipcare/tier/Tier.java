package org.vipcare.tier;

/** Value tiers by rank (SPEC 2.1); WATCH is a flag beside the tier, not a tier. */
public enum Tier {
    DIAMOND(1), GOLD(2), SILVER(3), ORDINARY(4);

    public final int rank;

    Tier(int rank) {
        this.rank = rank;
    }
}
