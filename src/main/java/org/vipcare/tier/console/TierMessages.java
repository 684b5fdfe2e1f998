package org.vipcare.tier.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.vipcare.tier.EvaluationStatus;
import org.vipcare.tier.LifecycleStage;
import org.vipcare.tier.LoyaltyType;
import org.vipcare.tier.Tier;
import org.vipcare.tier.TierChangeCause;
import org.vipcare.tier.ValueClass;

/**
 * The texts of the tiers page and of what tier evaluation derives (tier, value class, loyalty, lifecycle stage, watch
 * flag), which the customer pages show too ({@code {tier:key}}, {@code messages/tier*.properties}); keys as in
 * {@link org.vipcare.console.ConsoleMessages}.
 */
@MessageBundle(value = "tier", locale = "en")
public interface TierMessages {

    // ---- what tier evaluation derives, shown on the customer pages
    @Message String field_tier();
    @Message String field_watch();
    @Message String field_value_class();
    @Message String field_loyalty_type();
    @Message String field_lifecycle_stage();
    @Message String tier(Tier tier);
    @Message String watch_flag();
    @Message String watch_flag_hint();
    @Message String value_class(ValueClass valueClass);
    @Message String loyalty_type(LoyaltyType loyaltyType);
    @Message String lifecycle_stage(LifecycleStage stage);

    // ---- tiers page: policy
    @Message String tiers_title();
    @Message String tiers_intro();
    @Message String section_policy();
    @Message String policy_version();
    @Message String policy_saved_by(String at, String by);
    @Message String policy_window();
    @Message String days(int days);
    @Message String policy_watch_drop_ratio();
    @Message String policy_watch_drop_ratio_hint(String percent);
    @Message String policy_watch_sla_multiplier();
    @Message String policy_watch_sla_multiplier_hint();
    @Message String tier_persona(Tier tier);
    @Message String tier_rank(int rank);
    @Message String tier_conditions();
    @Message String tier_entitlements();
    @Message String tier_sla_multiplier();
    @Message String tier_sla_multiplier_hint();
    @Message String multiplier(String value);
    @Message String rule_spend_multiplier(String times);
    @Message String rule_visit_multiplier(String times);
    @Message String rule_min_spend(String amount);
    @Message String rule_min_visits(int visits);
    @Message String rule_all_must_hold();
    @Message String rule_everyone_else();
    @Message String entitlement_dedicated_manager();
    @Message String entitlement_lounge(int visits);
    @Message String entitlement_club_activities();
    @Message String entitlement_none();
    @Message String read_only_note();

    // ---- tiers page: forms
    @Message String edit_tier(String name);
    @Message String edit_settings();
    @Message String legend_conditions();
    @Message String legend_conditions_hint();
    @Message String legend_no_conditions();
    @Message String legend_entitlements();
    @Message String legend_service_level();
    @Message String field_spend_multiplier();
    @Message String field_visit_multiplier();
    @Message String field_min_spend();
    @Message String field_min_visits();
    @Message String field_dedicated_manager();
    @Message String field_lounge_visits();
    @Message String field_club_activities();
    @Message String field_sla_multiplier();
    @Message String field_window_days();
    @Message String field_watch_drop_ratio();
    @Message String field_watch_sla_multiplier();
    @Message String save_new_version();
    @Message String notice_policy_saved();
    @Message String tiers_stale();
    @Message String tiers_reload();
    @Message String show_form();

    // ---- tiers page: distribution
    @Message String section_distribution();
    @Message String distribution_hint();
    @Message String distribution_total();
    @Message String distribution_watch();
    @Message String distribution_watch_share(String share);
    @Message String distribution_managers();
    @Message String chart_tiers();
    @Message String chart_value_classes();
    @Message String chart_loyalty();
    @Message String chart_empty();
    @Message String service_time_title();
    @Message String service_time_hint(int hours, long managers);
    @Message String service_time_class();
    @Message String service_time_customers();
    @Message String service_time_share();
    @Message String service_time_hours();
    @Message String service_time_minutes();
    @Message String percent(int value);

    // ---- tiers page: evaluations
    @Message String section_evaluations();
    @Message String evaluations_intro();
    @Message String run_evaluation();
    @Message String notice_evaluation_started();
    @Message String evaluation_running_already();
    @Message String evaluations_refreshing();
    @Message String evaluations_empty();
    @Message String evaluation_status(EvaluationStatus status);
    @Message String run_status();
    @Message String run_policy_version();
    @Message String run_requested_by();
    @Message String run_started();
    @Message String run_finished();
    @Message String run_evaluated();
    @Message String run_upgraded();
    @Message String run_downgraded();
    @Message String run_watch_flagged();
    @Message String run_error();

    // ---- problems: the texts of ProblemException codes, worded by ProblemTexts (both languages)
    @Message String problem_tier_evaluation_running();
    @Message String problem_tier_rule_empty();
    @Message String problem_tier_rule_ordinary_has_none();
    // ---- records: why a tier changed
    @Message String tier_change_cause(TierChangeCause cause);
    // ---- health score weights and drop threshold (policy settings)
    @Message String policy_health_weights();
    @Message String policy_health_weights_value(int recency, int spendTrend, int complaints, int satisfaction,
            int retention, int tenure);
    @Message String policy_health_weights_hint();
    @Message String policy_health_drop_threshold();
    @Message String policy_health_drop_threshold_hint();
    @Message String field_health_weights();
    @Message String field_health_recency();
    @Message String field_health_spend_trend();
    @Message String field_health_complaints();
    @Message String field_health_satisfaction();
    @Message String field_health_retention();
    @Message String field_health_tenure();
    @Message String field_health_drop_threshold();
    @Message String problem_tier_health_weights_sum();
}
