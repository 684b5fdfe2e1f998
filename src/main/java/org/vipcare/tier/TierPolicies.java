package org.vipcare.tier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.vipcare.common.ETags;
import org.vipcare.common.ProblemException;
import org.vipcare.common.SqlValues;

/**
 * The tier policy as versioned data. Nothing is ever changed in place: every edit writes a new version (a copy of
 * the current one with the edit applied), so each evaluation can say which rules it used and old versions stay
 * readable.
 */
@ApplicationScoped
@Transactional
public class TierPolicies {

    private final EntityManager em;
    private final Clock clock;

    public TierPolicies(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TierPolicyDto current() {
        return version(currentVersion());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public int currentVersion() {
        return ((Number) em.createNativeQuery("select max(version) from tier_policy").getSingleResult()).intValue();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TierPolicyDto version(int version) {
        @SuppressWarnings("unchecked")
        List<Object[]> policies = em.createNativeQuery("select version, window_days, watch_drop_ratio,"
                + " watch_sla_multiplier, created_at, created_by, note, health_weight_recency,"
                + " health_weight_spend_trend, health_weight_complaints, health_weight_satisfaction,"
                + " health_weight_retention, health_weight_tenure, health_drop_threshold"
                + " from tier_policy where version = ?1")
                .setParameter(1, version).getResultList();
        if (policies.isEmpty()) {
            throw ProblemException.notFound("tier policy version", version);
        }
        Object[] p = policies.get(0);
        @SuppressWarnings("unchecked")
        List<Object[]> rules = em.createNativeQuery("select code, rank, spend_multiplier, visit_multiplier, min_spend,"
                + " min_visits, sla_multiplier, dedicated_manager, lounge_visits_per_year, club_activities"
                + " from tier_rule where policy_version = ?1 order by rank").setParameter(1, version).getResultList();
        List<TierDto> tiers = rules.stream().map(r -> {
            Tier code = Tier.valueOf((String) r[0]);
            return new TierDto(code, code.chineseName, code.englishName, ((Number) r[1]).intValue(),
                    new TierRule((BigDecimal) r[2], (BigDecimal) r[3], (BigDecimal) r[4],
                            r[5] == null ? null : ((Number) r[5]).intValue()),
                    new Entitlements((Boolean) r[7], ((Number) r[8]).intValue(), (Boolean) r[9]),
                    (BigDecimal) r[6], version);
        }).toList();
        HealthWeights weights = new HealthWeights(((Number) p[7]).intValue(), ((Number) p[8]).intValue(),
                ((Number) p[9]).intValue(), ((Number) p[10]).intValue(), ((Number) p[11]).intValue(),
                ((Number) p[12]).intValue());
        return new TierPolicyDto(version, ((Number) p[1]).intValue(), (BigDecimal) p[2], (BigDecimal) p[3],
                SqlValues.instant(p[4]), (String) p[5], (String) p[6], tiers, weights, ((Number) p[13]).intValue());
    }

    /** Writes a new version in which one tier's rule, entitlements and SLA multiplier are replaced. */
    public TierPolicyDto updateTier(Tier code, TierUpdate update, String ifMatch, String actor) {
        if (code == Tier.ORDINARY && !update.rule().isEmpty()) {
            throw ProblemException.invalid("rule", "tier.rule.ordinary-has-none",
                    "ORDINARY takes everyone the other tiers leave: it has no conditions");
        }
        if (code != Tier.ORDINARY && update.rule().isEmpty()) {
            throw ProblemException.invalid("rule", "tier.rule.empty", "needs at least one condition");
        }
        TierPolicyDto base = lockCurrent(ifMatch);
        int next = copy(base, base.windowDays(), base.watchDropRatio(), base.watchSlaMultiplier(),
                base.healthWeights(), base.healthDropThreshold(), actor, "changed " + code);
        em.createNativeQuery("update tier_rule set spend_multiplier = ?1, visit_multiplier = ?2, min_spend = ?3,"
                + " min_visits = ?4, sla_multiplier = ?5, dedicated_manager = ?6, lounge_visits_per_year = ?7,"
                + " club_activities = ?8 where policy_version = ?9 and code = ?10")
                .setParameter(1, update.rule().spendMultiplier()).setParameter(2, update.rule().visitMultiplier())
                .setParameter(3, update.rule().minSpend()).setParameter(4, update.rule().minVisits())
                .setParameter(5, update.slaMultiplier()).setParameter(6, update.entitlements().dedicatedManager())
                .setParameter(7, update.entitlements().loungeVisitsPerYear())
                .setParameter(8, update.entitlements().clubActivities()).setParameter(9, next)
                .setParameter(10, code.name()).executeUpdate();
        return version(next);
    }

    /** Writes a new version with another window, WATCH settings or health weights and threshold. */
    public TierPolicyDto updateSettings(PolicySettingsUpdate update, String ifMatch, String actor) {
        if (update.healthWeights() != null) {
            update.healthWeights().requireWhole();
        }
        TierPolicyDto base = lockCurrent(ifMatch);
        HealthWeights weights = update.healthWeights() != null ? update.healthWeights() : base.healthWeights();
        int threshold = update.healthDropThreshold() != null ? update.healthDropThreshold()
                : base.healthDropThreshold();
        boolean health = !weights.equals(base.healthWeights()) || threshold != base.healthDropThreshold();
        return version(copy(base, update.windowDays(), update.watchDropRatio(), update.watchSlaMultiplier(), weights,
                threshold, actor, health ? "changed window, WATCH or health settings"
                        : "changed window or WATCH settings"));
    }

    /** The current version, locked so that two edits from the same version cannot both win. */
    private TierPolicyDto lockCurrent(String ifMatch) {
        int current = ((Number) em.createNativeQuery(
                "select version from tier_policy order by version desc limit 1 for update").getSingleResult())
                .intValue();
        ETags.requireMatch(ifMatch, current, "tier policy");
        return version(current);
    }

    private int copy(TierPolicyDto base, int windowDays, BigDecimal watchDropRatio, BigDecimal watchSlaMultiplier,
            HealthWeights weights, int healthDropThreshold, String actor, String note) {
        int next = base.version() + 1;
        em.createNativeQuery("insert into tier_policy (version, window_days, watch_drop_ratio, watch_sla_multiplier,"
                + " created_at, created_by, note, health_weight_recency, health_weight_spend_trend,"
                + " health_weight_complaints, health_weight_satisfaction, health_weight_retention,"
                + " health_weight_tenure, health_drop_threshold)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)")
                .setParameter(1, next).setParameter(2, windowDays).setParameter(3, watchDropRatio)
                .setParameter(4, watchSlaMultiplier).setParameter(5, clock.instant()).setParameter(6, actor)
                .setParameter(7, note).setParameter(8, weights.recency()).setParameter(9, weights.spendTrend())
                .setParameter(10, weights.complaints()).setParameter(11, weights.satisfaction())
                .setParameter(12, weights.retention()).setParameter(13, weights.tenure())
                .setParameter(14, healthDropThreshold).executeUpdate();
        em.createNativeQuery("insert into tier_rule select ?1, code, rank, spend_multiplier, visit_multiplier,"
                + " min_spend, min_visits, sla_multiplier, dedicated_manager, lounge_visits_per_year, club_activities"
                + " from tier_rule where policy_version = ?2")
                .setParameter(1, next).setParameter(2, base.version()).executeUpdate();
        return next;
    }

}
