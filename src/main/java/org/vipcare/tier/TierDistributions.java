package org.vipcare.tier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.vipcare.common.VipCareConfig;

/** Counts of the live book per derived field, from the last evaluation's results. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TierDistributions {

    /** The standings of the live customers: the evaluation writes one for every customer. */
    private static final String LIVE_STANDINGS =
            "customer_standing s join customer c on c.id = s.customer_id where c.erased_at is null";

    private final EntityManager em;
    private final VipCareConfig config;

    public TierDistributions(EntityManager em, VipCareConfig config) {
        this.em = em;
        this.config = config;
    }

    public TierDistribution current() {
        Map<Tier, Long> tiers = counts("tier", Tier.class);
        Map<ValueClass, Long> classes = counts("value_class", ValueClass.class);
        Map<LoyaltyType, Long> loyalty = counts("loyalty_type", LoyaltyType.class);
        long total = tiers.values().stream().mapToLong(Long::longValue).sum();
        long watch = ((Number) em.createNativeQuery("select count(*) from " + LIVE_STANDINGS + " and s.watch")
                .getSingleResult()).longValue();
        long managers = ((Number) em.createNativeQuery("select count(distinct manager_id) from customer"
                + " where erased_at is null and manager_id is not null").getSingleResult()).longValue();
        int hours = config.tiers().monthlyCallHours();
        List<TierDistribution.ServiceTime> serviceTime = new ArrayList<>();
        for (ValueClass valueClass : ValueClass.values()) {
            BigDecimal perManager = BigDecimal.valueOf(hours).multiply(BigDecimal.valueOf(
                    valueClass.serviceTimeSharePercent)).divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP);
            long customers = classes.get(valueClass);
            BigDecimal perCustomer = customers == 0 || managers == 0 ? null
                    : perManager.multiply(BigDecimal.valueOf(60 * managers))
                            .divide(BigDecimal.valueOf(customers), 1, RoundingMode.HALF_UP);
            serviceTime.add(new TierDistribution.ServiceTime(valueClass, valueClass.serviceTimeSharePercent,
                    perManager, customers, perCustomer));
        }
        return new TierDistribution(total, tiers, watch, classes, loyalty, hours, managers, serviceTime);
    }

    private <E extends Enum<E>> Map<E, Long> counts(String column, Class<E> type) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0L);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s." + column + ", count(*) from " + LIVE_STANDINGS
                + " group by s." + column).getResultList();
        rows.forEach(r -> counts.put(Enum.valueOf(type, String.valueOf(r[0])), ((Number) r[1]).longValue()));
        return counts;
    }
}
