package org.vipcare.tier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.vipcare.common.SqlValues;

/**
 * Reads a customer's health score and components as the tier evaluation stored them in {@code customer_standing};
 * nothing is recomputed. The weights shown are those of the policy version of the last evaluation that finished: the
 * one that wrote every score now stored.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CustomerHealths {

    private static final String READ = """
            select s.health_score, s.health_trend, s.health_previous, s.health_recency, s.health_spend_trend,
                   s.health_complaints, s.health_satisfaction, s.health_retention, s.health_tenure,
                   e.started_at, e.policy_version
              from customer_standing s
              left join lateral (select started_at, policy_version from tier_evaluation
                                  where status = 'DONE' order by started_at desc, policy_version desc limit 1) e on true
             where s.customer_id = ?1
            """;

    private final EntityManager em;
    private final TierPolicies policies;

    public CustomerHealths(EntityManager em, TierPolicies policies) {
        this.em = em;
        this.policies = policies;
    }

    /** The customer's health; {@link HealthDto#NONE} before its first evaluation. */
    public HealthDto of(UUID customerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(READ).setParameter(1, customerId).getResultList();
        if (rows.isEmpty() || rows.get(0)[0] == null) {
            return HealthDto.NONE;
        }
        Object[] r = rows.get(0);
        HealthWeights weights = r[10] == null ? HealthWeights.DEFAULTS
                : policies.version(((Number) r[10]).intValue()).healthWeights();
        List<HealthDto.Component> components = new ArrayList<>();
        for (HealthComponent name : HealthComponent.values()) {
            int value = r[3 + name.ordinal()] == null ? 0 : ((Number) r[3 + name.ordinal()]).intValue();
            int weight = weights.of(name);
            components.add(new HealthDto.Component(name, weight, value,
                    BigDecimal.valueOf((long) weight * value).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)));
        }
        return new HealthDto(((Number) r[0]).intValue(), r[1] == null ? null : HealthTrend.valueOf((String) r[1]),
                SqlValues.instant(r[9]), SqlValues.integer(r[2]), components);
    }
}
