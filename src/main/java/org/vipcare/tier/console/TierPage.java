package org.vipcare.tier.console;

import org.vipcare.console.AdminTemplateExtensions;
import org.vipcare.console.BarChart;
import org.vipcare.console.ConsoleMessages;
import org.vipcare.console.FormErrors;
import org.vipcare.console.FormText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.vipcare.tier.EvaluationStatus;
import org.vipcare.tier.LoyaltyType;
import org.vipcare.tier.Tier;
import org.vipcare.tier.TierDistribution;
import org.vipcare.tier.TierDto;
import org.vipcare.tier.TierEvaluationDto;
import org.vipcare.tier.TierPolicyDto;
import org.vipcare.tier.TierRule;
import org.vipcare.tier.ValueClass;

/**
 * Everything the tiers page shows: the current policy with an edit form per tier and one for the settings, the
 * distribution as charts, and the last evaluation runs. A form that was refused comes back with what the user
 * typed and its messages; every other form shows the current policy.
 */
public record TierPage(TierPolicyDto policy, List<TierCard> tiers, SettingsCard settings, boolean mayEdit,
        TierDistribution distribution, BarChart tierChart, BarChart classChart, BarChart loyaltyChart,
        String watchShare, List<TierEvaluationDto> runs, String notice, Alert alert) {

    /** The page-wide messages a refused POST can earn. */
    public enum Alert {
        /** Someone saved another policy version since the form was loaded. */
        STALE,
        /** The form had invalid fields. */
        INVALID,
        /** An evaluation is running already. */
        EVALUATION_RUNNING
    }

    /**
     * One tier: its definition, its rule in words, and its edit form. {@code conditional} is false for a tier without
     * conditions (the one that takes everyone the others leave), whose form therefore offers none.
     */
    public record TierCard(TierDto tier, List<String> conditions, boolean conditional, TierForm form,
            FormErrors errors, boolean open) {

        /** Prefix of the form's input ids, unique on the page ({@code gold-}). */
        public String prefix() {
            return AdminTemplateExtensions.css(tier.code()) + "-";
        }

        /** The card's id on the page ({@code tier-gold}). */
        public String anchor() {
            return "tier-" + AdminTemplateExtensions.css(tier.code());
        }
    }

    public record SettingsCard(PolicySettingsForm form, FormErrors errors, boolean open) {
    }

    /** A form that was refused: which one, what was typed, and why. */
    record Refused(Tier tier, TierForm tierForm, PolicySettingsForm settingsForm, FormErrors errors, Alert alert) {

        static Refused none() {
            return new Refused(null, null, null, null, null);
        }

        static Refused tier(Tier tier, TierForm form, FormErrors errors, boolean stale) {
            return new Refused(tier, form, null, errors, stale ? Alert.STALE : Alert.INVALID);
        }

        static Refused settings(PolicySettingsForm form, FormErrors errors, boolean stale) {
            return new Refused(null, null, form, errors, stale ? Alert.STALE : Alert.INVALID);
        }

        static Refused evaluationRunning() {
            return new Refused(null, null, null, null, Alert.EVALUATION_RUNNING);
        }
    }

    static TierPage of(TierPolicyDto policy, TierDistribution distribution, List<TierEvaluationDto> runs,
            boolean mayEdit, String notice, Refused refused, TierMessages messages, ConsoleMessages console) {
        List<TierCard> cards = policy.tiers().stream().map(tier -> {
            boolean failed = tier.code() == refused.tier();
            List<String> conditions = conditions(tier.rule(), messages);
            return new TierCard(tier, conditions, !conditions.isEmpty(),
                    failed ? refused.tierForm() : TierForm.of(tier, policy.version()),
                    failed ? refused.errors() : new FormErrors(TierForm.FIELDS), failed);
        }).toList();
        boolean settingsFailed = refused.settingsForm() != null;
        SettingsCard settings = new SettingsCard(
                settingsFailed ? refused.settingsForm() : PolicySettingsForm.of(policy),
                settingsFailed ? refused.errors() : new FormErrors(PolicySettingsForm.FIELDS), settingsFailed);
        return new TierPage(policy, cards, settings, mayEdit, distribution,
                chart(Tier.values(), distribution.tiers(), messages::tier, "tier-", distribution.total(), console),
                chart(ValueClass.values(), distribution.valueClasses(), messages::value_class, "class-",
                        distribution.total(), console),
                chart(LoyaltyType.values(), distribution.loyaltyTypes(), messages::loyalty_type, "loyalty-",
                        distribution.total(), console),
                BarChart.share(distribution.watch(), distribution.total()),
                runs, notice, refused.alert());
    }

    /**
     * While the newest run is still going the page reloads itself, so that its status is live; not when it shows a
     * refused form, whose messages and typed values a reload would throw away.
     */
    public boolean refreshing() {
        return !runs.isEmpty() && runs.get(0).status() == EvaluationStatus.RUNNING && refusedAnchor() == null;
    }

    /** The id of the refused form's card, for the alert's link to it; null when no form was refused. */
    public String refusedAnchor() {
        if (settings.open()) {
            return "policy-settings";
        }
        return tiers.stream().filter(TierCard::open).findFirst().map(TierCard::anchor).orElse(null);
    }

    /** A tier's rule in words, one line per condition; all must hold. Empty for the tier that takes the rest. */
    static List<String> conditions(TierRule rule, TierMessages messages) {
        List<String> lines = new ArrayList<>();
        if (rule.spendMultiplier() != null) {
            lines.add(messages.rule_spend_multiplier(FormText.plain(rule.spendMultiplier())));
        }
        if (rule.visitMultiplier() != null) {
            lines.add(messages.rule_visit_multiplier(FormText.plain(rule.visitMultiplier())));
        }
        if (rule.minSpend() != null) {
            lines.add(messages.rule_min_spend(FormText.plain(rule.minSpend())));
        }
        if (rule.minVisits() != null) {
            lines.add(messages.rule_min_visits(rule.minVisits()));
        }
        return List.copyOf(lines);
    }

    /** One bar per kind, in the enum's order; kinds no customer has get an empty bar. */
    private static <E extends Enum<E>> BarChart chart(E[] kinds, Map<E, Long> counts, Function<E, String> label,
            String tonePrefix, long total, ConsoleMessages messages) {
        List<BarChart.Count> values = Arrays.stream(kinds).map(kind -> new BarChart.Count(label.apply(kind),
                counts.getOrDefault(kind, 0L), tonePrefix + AdminTemplateExtensions.css(kind))).toList();
        return BarChart.counts(values, total, messages::chart_value);
    }
}
