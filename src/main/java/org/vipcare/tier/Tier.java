package org.vipcare.tier;

/** Value tiers by rank (SPEC 2.1); WATCH is a flag beside the tier, not a tier. */
public enum Tier {
    DIAMOND(1, "钻石级", "Diamond"),
    GOLD(2, "金级", "Gold"),
    SILVER(3, "银级", "Silver"),
    ORDINARY(4, "普通级", "Ordinary");

    public final int rank;
    public final String chineseName;
    public final String englishName;

    Tier(int rank, String chineseName, String englishName) {
        this.rank = rank;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** GOLD and DIAMOND customers get a dedicated manager and a welcome call (SPEC 2.5). */
    public boolean isHigh() {
        return rank <= GOLD.rank;
    }
}
