package org.vipcare.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.vipcare.customer.CommunicationStyle;
import org.vipcare.customer.ContactChannel;
import org.vipcare.customer.CustomerType;
import org.vipcare.customer.IdDocumentType;
import org.vipcare.customer.PaymentType;
import org.vipcare.customer.TimelineKind;
import org.vipcare.customer.ValueOrientation;
import org.vipcare.security.Role;
import org.vipcare.tier.EvaluationStatus;
import org.vipcare.tier.LifecycleStage;
import org.vipcare.tier.LoyaltyType;
import org.vipcare.tier.Tier;
import org.vipcare.tier.ValueClass;

/**
 * Every text of the console. Method names are the keys of {@code messages/msg*.properties} and of the templates
 * ({@code {msg:field_name}}), so one name can be searched for everywhere. A method taking an enum reads
 * {@code <method>_<CONSTANT>} from the files.
 */
@MessageBundle(value = "msg", locale = "en")
public interface AppMessages {

    // ---- layout and navigation
    @Message String app_name();
    @Message String app_tagline();
    @Message String nav_customers();
    @Message String nav_tiers();
    @Message String nav_retention();
    @Message String nav_complaints();
    @Message String nav_followups();
    @Message String nav_reports();
    @Message String sign_out();
    @Message String language();
    @Message String language_name(String code);
    @Message String language_endonym(String code);
    @Message String role(Role role);
    @Message String skip_to_content();

    // ---- login
    @Message String login_title();
    @Message String login_username();
    @Message String login_password();
    @Message String login_submit();
    @Message String login_failed();

    // ---- errors
    @Message String error_title(int status);
    @Message String error_back();
    @Message String csrf_rejected();

    // ---- shared words
    @Message String none();
    @Message String any();
    @Message String edit();
    @Message String save();
    @Message String cancel();
    @Message String create();
    @Message String yes();
    @Message String no();
    @Message String required();
    @Message String pager_previous();
    @Message String pager_next();
    @Message String pager_position(int page, int pages, long total);

    // ---- customer fields
    @Message String field_external_ref();
    @Message String field_name();
    @Message String field_type();
    @Message String field_id_type();
    @Message String field_id_number();
    @Message String field_mobile();
    @Message String field_office();
    @Message String field_home();
    @Message String field_email();
    @Message String field_address();
    @Message String field_birthday();
    @Message String field_preferred_channel();
    @Message String field_contact_window();
    @Message String field_contact_from();
    @Message String field_contact_to();
    @Message String field_payment_type();
    @Message String field_joined_at();
    @Message String field_manager();
    @Message String field_language();
    @Message String field_notes();
    @Message String field_communication_style();
    @Message String field_value_orientation();
    @Message String field_tier();
    @Message String field_watch();
    @Message String field_value_class();
    @Message String field_loyalty_type();
    @Message String field_lifecycle_stage();
    @Message String field_tenure();
    @Message String field_updated_at();

    // ---- customer values
    @Message String customer_type(CustomerType type);
    @Message String tier(Tier tier);
    @Message String watch_flag();
    @Message String watch_flag_hint();
    @Message String value_class(ValueClass valueClass);
    @Message String loyalty_type(LoyaltyType loyaltyType);
    @Message String lifecycle_stage(LifecycleStage stage);
    @Message String contact_channel(ContactChannel channel);
    @Message String payment_type(PaymentType paymentType);
    @Message String id_document_type(IdDocumentType type);
    @Message String communication_style(CommunicationStyle style);
    @Message String value_orientation(ValueOrientation orientation);
    @Message String timeline_kind(TimelineKind kind);
    @Message String tenure(int years, int months);
    @Message String unassigned();

    // ---- customer pages
    @Message String customers_title();
    @Message String customers_new();
    @Message String customers_empty();
    @Message String filter_q();
    @Message String filter_q_hint();
    @Message String filter_apply();
    @Message String filter_reset();
    @Message String watch_only();
    @Message String watch_none();
    @Message String sort();
    @Message String sort_newest();
    @Message String sort_name();
    @Message String sort_tenure();
    @Message String sort_updated();
    @Message String section_descriptive();
    @Message String section_contact();
    @Message String section_profile();
    @Message String section_derived();
    @Message String section_timeline();
    @Message String masked_note();
    @Message String timeline_at();
    @Message String timeline_kind_column();
    @Message String timeline_summary();
    @Message String timeline_empty();
    @Message String notice_created();
    @Message String notice_saved();
    @Message String back_to_customers();
    @Message String form_new_title();
    @Message String form_edit_title(String name);
    @Message String form_has_errors();
    @Message String form_stale();
    @Message String form_reload();
    @Message String form_required_hint();
    @Message String invalid_date();
    @Message String invalid_time();
    @Message String invalid_choice();
    @Message String invalid_number();
    @Message String invalid_whole_number();
    @Message String required_value();

    // ---- customer page: what to do, window figures, tier history
    @Message String section_recommended_action();
    @Message String recommended_action(String code);
    @Message String recommended_action_hint(LifecycleStage stage);
    @Message String field_window_spend();
    @Message String field_window_visits();
    @Message String window_figures_hint();
    @Message String section_tier_history();
    @Message String tier_history_empty();
    @Message String tier_history_more(int shown, long total);
    @Message String history_at();
    @Message String history_change();
    @Message String history_reason();
    @Message String history_policy_version();
    @Message String history_first_tier();

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
    @Message String chart_value(long count, String share);
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
}
