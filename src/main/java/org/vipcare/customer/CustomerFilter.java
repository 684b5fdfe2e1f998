package org.vipcare.customer;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.vipcare.common.ProblemException;
import org.vipcare.common.QueryParams;
import org.vipcare.common.SqlList;
import org.vipcare.common.Text;
import org.vipcare.tier.LifecycleStage;
import org.vipcare.tier.LoyaltyType;
import org.vipcare.tier.Tier;
import org.vipcare.tier.ValueClass;

/**
 * The filters of the customer list and export, turned into one parameterised SQL condition so that the list page,
 * its count and the streamed CSV all select the same rows.
 */
public record CustomerFilter(String q, Tier tier, Boolean watch, ValueClass valueClass, LoyaltyType loyaltyType,
        UUID managerId, CustomerType type, LifecycleStage lifecycleStage, EnterpriseClass enterpriseClass,
        Integer contractEndsWithinDays, Integer healthBelow) {

    public static final CustomerFilter NONE = new CustomerFilter(null, null, null, null, null, null, null, null, null,
            null, null);

    /** The largest contractEndsWithinDays: ten years ahead. */
    static final int MAX_CONTRACT_DAYS = 3660;

    public CustomerFilter(String q, Tier tier, Boolean watch, ValueClass valueClass, LoyaltyType loyaltyType,
            UUID managerId, CustomerType type, LifecycleStage lifecycleStage) {
        this(q, tier, watch, valueClass, loyaltyType, managerId, type, lifecycleStage, null, null, null);
    }

    /** This filter and "an ACTIVE CONTRACT product ends within the next {@code days} days" (0: today), 400 if bad. */
    public CustomerFilter withContractEndsWithinDays(String days) {
        Integer parsed = null;
        if (days != null && !days.isBlank()) {
            try {
                parsed = Integer.valueOf(days.trim());
            } catch (NumberFormatException e) {
                parsed = -1;
            }
            if (parsed < 0 || parsed > MAX_CONTRACT_DAYS) {
                throw ProblemException.invalid("contractEndsWithinDays", "customer.contract-days-invalid",
                        "must be a whole number of days from 0 to " + MAX_CONTRACT_DAYS);
            }
        }
        return new CustomerFilter(q, tier, watch, valueClass, loyaltyType, managerId, type, lifecycleStage,
                enterpriseClass, parsed, healthBelow);
    }

    /** This filter and "health score below {@code score}" (0-100; customers not evaluated yet never match), 400 if bad. */
    public CustomerFilter withHealthBelow(String score) {
        Integer parsed = null;
        if (score != null && !score.isBlank()) {
            try {
                parsed = Integer.valueOf(score.trim());
            } catch (NumberFormatException e) {
                parsed = -1;
            }
            if (parsed < 0 || parsed > 100) {
                throw ProblemException.invalid("healthBelow", "customer.health-below-invalid",
                        "must be a whole number from 0 to 100");
            }
        }
        return new CustomerFilter(q, tier, watch, valueClass, loyaltyType, managerId, type, lifecycleStage,
                enterpriseClass, contractEndsWithinDays, parsed);
    }

    /** Searches shorter than this many characters match names only, through their own index. */
    static final int SHORT_SEARCH = 3;

    /** Parses the raw query parameters, answering 400 for values that are not allowed. */
    public static CustomerFilter parse(String q, String tier, String watch, String valueClass, String loyaltyType,
            String managerId, String type, String lifecycleStage) {
        return new CustomerFilter(Text.trimToNull(q),
                QueryParams.enumValue("tier", Tier.class, tier),
                QueryParams.bool("watch", watch),
                QueryParams.enumValue("valueClass", ValueClass.class, valueClass),
                QueryParams.enumValue("loyaltyType", LoyaltyType.class, loyaltyType),
                QueryParams.uuid("managerId", managerId),
                QueryParams.enumValue("type", CustomerType.class, type),
                QueryParams.enumValue("lifecycleStage", LifecycleStage.class, lifecycleStage), null, null, null);
    }

    /** The same filters, only enterprise customers of this class besides (400 for another value). */
    public CustomerFilter withEnterpriseClass(String value) {
        return new CustomerFilter(q, tier, watch, valueClass, loyaltyType, managerId, type, lifecycleStage,
                QueryParams.enumValue("enterpriseClass", EnterpriseClass.class, value), contractEndsWithinDays,
                healthBelow);
    }

    /**
     * Whose phones {@code q} matches by any fragment: everyone's, or only the customers of {@code managerId} (none
     * when null). Every other phone matches only as the complete number, so that a caller who sees it masked cannot
     * rebuild it digit by digit from search results.
     */
    public record PhoneSearch(boolean everyone, UUID managerId) {

        public static final PhoneSearch EVERYONE = new PhoneSearch(true, null);
    }

    /**
     * Whether every filter given is a column of {@code customer_standing} (none at all included): the list's total is
     * then counted on that table alone ({@link #toStandingSql}), which carries the erasure too (V19).
     */
    public boolean onStandingOnly() {
        return q == null && managerId == null && type == null && lifecycleStage == null && enterpriseClass == null
                && contractEndsWithinDays == null;
    }

    /** The filters as the where-clause of {@code customer_standing} alone; only when {@link #onStandingOnly}. */
    public SqlList toStandingSql() {
        if (!onStandingOnly()) {
            throw new IllegalStateException("The filters read the customer table");
        }
        return new SqlList().and("not erased")
                .andIfGiven("tier = :tier", "tier", tier)
                .andIfGiven("watch = :watch", "watch", watch)
                .andIfGiven("value_class = :valueClass", "valueClass", valueClass)
                .andIfGiven("loyalty_type = :loyaltyType", "loyaltyType", loyaltyType)
                .andIfGiven("health_score < :healthBelow", "healthBelow", healthBelow);
    }

    /** The filters as the where-clause of {@link Customer#WITH_STANDING}, for a caller who sees every phone. */
    public SqlList toSql(LocalDate today) {
        return toSql(today, PhoneSearch.EVERYONE);
    }

    /**
     * Newest-first among WATCH customers or within a tier reads the standing's own copy of the creation time and its
     * indexes; the customer's order would pass tens of thousands of others first (WATCH customers are long-standing,
     * DIAMOND ones rare).
     */
    public String orderBy(String orderBy) {
        if (orderBy.startsWith("health_score ")) {
            // the narrow standing table sorted on its own (no index on the score: an evaluation moves nearly every
            // score, V39), the customer id breaking ties
            return "customer_standing." + orderBy + ", customer_standing.customer_id";
        }
        return (Boolean.TRUE.equals(watch) || tier != null) && orderBy.startsWith("created_at ")
                ? "customer_standing.customer_" + orderBy + ", customer_standing.customer_id"
                : orderBy + ", id";
    }

    /** The filters as the where-clause of {@link Customer#WITH_STANDING}. */
    public SqlList toSql(LocalDate today, PhoneSearch phones) {
        SqlList where = new SqlList().and("erased_at is null");
        if (q != null && q.codePointCount(0, q.length()) < SHORT_SEARCH) {
            // One or two characters: a piece of a name ("王芳"), served by the index of every character and pair of
            // the name (V20). Phones and refs take three or more: two digits would match nearly everyone. The ids are
            // gathered first: the planner cannot estimate how many names contain the piece and, left to itself,
            // walks the whole book newest first testing each name (seconds at a million).
            where.and("customer.id = any(array(select id from customer where erased_at is null"
                    + " and name_short_grams(lower(name)) @> array[cast(:q as text)]))", "q", q.toLowerCase());
        } else if (q != null) {
            String fragment = "%" + q.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%";
            if (phones.everyone()) {
                where.and("search_text like :q escape '\\'", "q", fragment);
            } else {
                // Names and refs by their own trigram indexes (V44), phones by any fragment only among the caller's
                // own customers, every other phone only as the whole number. Through search_text, which holds the
                // phones of everyone, PostgreSQL rechecked every customer whose number held the fragment (issue 16).
                where.and("(lower(name) like :q escape '\\' or lower(external_ref) like :q escape '\\'"
                        + (phones.managerId() == null ? ""
                                : " or manager_id = :phoneManager and search_text like :q escape '\\'")
                        + " or phone_mobile = :phone or phone_office = :phone or phone_home = :phone)",
                        phones.managerId() == null ? Map.of("q", fragment, "phone", q)
                                : Map.of("q", fragment, "phone", q, "phoneManager", phones.managerId()));
            }
        }
        if (tier != null || watch != null || valueClass != null || loyaltyType != null || healthBelow != null) {
            where.and("not customer_standing.erased"); // lets the standing's partial indexes serve the filter
        }
        where.andIfGiven("tier = :tier", "tier", tier)
                .andIfGiven("watch = :watch", "watch", watch)
                .andIfGiven("value_class = :valueClass", "valueClass", valueClass)
                .andIfGiven("loyalty_type = :loyaltyType", "loyaltyType", loyaltyType)
                .andIfGiven("manager_id = :managerId", "managerId", managerId)
                .andIfGiven("type = :type", "type", type)
                .andIfGiven("enterprise_class = :enterpriseClass", "enterpriseClass", enterpriseClass)
                .andIfGiven("health_score < :healthBelow", "healthBelow", healthBelow);
        if (lifecycleStage != null) {
            LifecycleStage.SqlCondition stage = lifecycleStage.sql(today);
            where.and(stage.sql(), stage.params());
        }
        if (contractEndsWithinDays != null) {
            // product (V37): its partial index on the active contracts' end dates serves this
            where.and("customer.id in (select p.customer_id from product p where p.kind = 'CONTRACT'"
                    + " and p.status = 'ACTIVE' and p.ends_at between :contractFrom and :contractTo)",
                    Map.of("contractFrom", today, "contractTo", today.plusDays(contractEndsWithinDays)));
        }
        return where;
    }
}
