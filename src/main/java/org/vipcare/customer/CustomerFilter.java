package org.vipcare.customer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.vipcare.common.QueryParams;
import org.vipcare.tier.LifecycleStage;
import org.vipcare.tier.LoyaltyType;
import org.vipcare.tier.Tier;
import org.vipcare.tier.ValueClass;

/**
 * The filters of the customer list and export, turned into one parameterised SQL condition so that the list page,
 * its count and the streamed CSV all select the same rows.
 */
public record CustomerFilter(String q, Tier tier, Boolean watch, ValueClass valueClass, LoyaltyType loyaltyType,
        UUID managerId, CustomerType type, LifecycleStage lifecycleStage) {

    public static final CustomerFilter NONE = new CustomerFilter(null, null, null, null, null, null, null, null);

    /** Parses the raw query parameters, answering 400 for values that are not allowed. */
    public static CustomerFilter parse(String q, String tier, String watch, String valueClass, String loyaltyType,
            String managerId, String type, String lifecycleStage) {
        return new CustomerFilter(q == null || q.isBlank() ? null : q.trim(),
                QueryParams.enumValue("tier", Tier.class, tier),
                QueryParams.bool("watch", watch),
                QueryParams.enumValue("valueClass", ValueClass.class, valueClass),
                QueryParams.enumValue("loyaltyType", LoyaltyType.class, loyaltyType),
                QueryParams.uuid("managerId", managerId),
                QueryParams.enumValue("type", CustomerType.class, type),
                QueryParams.enumValue("lifecycleStage", LifecycleStage.class, lifecycleStage));
    }

    /** SQL with JDBC {@code ?} placeholders and the values that go with them, in order. */
    public record Condition(String sql, List<Object> params) {

        /** The same condition with JPA's numbered placeholders ({@code ?1, ?2, ...}), starting at {@code first}. */
        public String numbered(int first) {
            StringBuilder out = new StringBuilder();
            int n = first;
            for (char c : sql.toCharArray()) {
                if (c == '?') {
                    out.append('?').append(n++);
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }

    public Condition toSql(LocalDate today) {
        List<String> where = new ArrayList<>(List.of("erased_at is null"));
        List<Object> params = new ArrayList<>();
        if (q != null) {
            where.add("search_text like ? escape '\\'");
            params.add("%" + q.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (tier != null) {
            where.add("tier = ?");
            params.add(tier.name());
        }
        if (watch != null) {
            where.add("watch = ?");
            params.add(watch);
        }
        if (valueClass != null) {
            where.add("value_class = ?");
            params.add(valueClass.name());
        }
        if (loyaltyType != null) {
            where.add("loyalty_type = ?");
            params.add(loyaltyType.name());
        }
        if (managerId != null) {
            where.add("manager_id = ?");
            params.add(managerId);
        }
        if (type != null) {
            where.add("type = ?");
            params.add(type.name());
        }
        if (lifecycleStage != null) {
            LifecycleStage.SqlCondition stage = lifecycleStage.sql(today);
            where.add(stage.sql());
            params.addAll(stage.params());
        }
        return new Condition(String.join(" and ", where), params);
    }
}
