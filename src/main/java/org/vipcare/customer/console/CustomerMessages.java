package org.vipcare.customer.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.vipcare.customer.CommunicationStyle;
import org.vipcare.customer.ContactChannel;
import org.vipcare.customer.CustomerType;
import org.vipcare.customer.IdDocumentType;
import org.vipcare.customer.PaymentType;
import org.vipcare.tier.HealthComponent;
import org.vipcare.tier.HealthTrend;
import org.vipcare.customer.TimelineKind;
import org.vipcare.customer.ValueOrientation;
import org.vipcare.tier.LifecycleStage;

/**
 * The texts of the customer pages ({@code {customer:key}},
 * {@code messages/customer*.properties}); keys as in {@link org.vipcare.console.ConsoleMessages}.
 */
@MessageBundle(value = "customer", locale = "en")
public interface CustomerMessages {

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
    @Message String field_tenure();
    @Message String field_updated_at();
    @Message String field_customer();

    // ---- customer values
    @Message String customer_type(CustomerType type);
    @Message String contact_channel(ContactChannel channel);
    @Message String payment_type(PaymentType paymentType);
    @Message String id_document_type(IdDocumentType type);
    @Message String communication_style(CommunicationStyle style);
    @Message String value_orientation(ValueOrientation orientation);
    @Message String timeline_kind(TimelineKind kind);
    @Message String tenure(int years, int months);

    // ---- customer pages
    @Message String customers_title();
    @Message String customers_new();
    @Message String customers_empty();
    @Message String filter_q();
    @Message String filter_q_hint();
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
    @Message String timeline_kind_column();
    @Message String timeline_summary();
    @Message String timeline_empty();
    @Message String timeline_withheld();
    @Message String notice_created();
    @Message String notice_saved();
    @Message String back_to_customers();
    @Message String form_new_title();
    @Message String form_edit_title(String name);
    @Message String form_stale();
    @Message String form_reload();

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
    @Message String history_reason();
    @Message String history_policy_version();
    @Message String history_first_tier();

    // myday: call context, open work and links
    @Message String call_context_title();
    @Message String call_context_phone();
    @Message String call_context_masked();
    @Message String call_context_local_time();
    @Message String call_context_in_window();
    @Message String call_context_outside_window();
    @Message String call_context_recent();
    @Message String call_context_gone();
    @Message String open_work_title();
    @Message String open_work_none();
    @Message String open_work_owner();
    @Message String open_work_due();
    @Message String open_work_state();
    // ---- customer picker and caller box (lookup)
    @Message String picker_hint();
    @Message String picker_find();
    @Message String picker_found(String query);
    @Message String picker_required();
    @Message String picker_none(String query);
    @Message String picker_pick_one();
    @Message String picker_too_long(int max);
    @Message String picker_count(int count);
    @Message String picker_more(int shown);
    @Message String picker_masked_hint();
    @Message String caller_box();
    @Message String caller_box_placeholder();
    @Message String lookup_title();
    @Message String lookup_several();
    @Message String lookup_start();
    @Message String lookup_actions();
    @Message String log_call();
    // ---- problems: the texts of ProblemException codes, worded by ProblemTexts (both languages)
    @Message String problem_customer_create_not_own();
    @Message String problem_customer_external_ref_taken();
    @Message String problem_customer_import_column_required();
    @Message String problem_customer_import_column_twice();
    @Message String problem_customer_import_control_character();
    @Message String problem_customer_import_misaligned();
    @Message String problem_customer_import_too_many_rows();
    @Message String problem_customer_import_unknown_column();
    @Message String problem_customer_import_unknown_user();
    @Message String problem_customer_import_unreadable();
    @Message String problem_customer_masked_value();
    @Message String problem_customer_mobile_required();
    @Message String problem_customer_read_not_yours();
    @Message String problem_customer_reassign_not_supervisor();
    // ---- records: timeline and tier history worded from their facts
    @Message String timeline_by();
    @Message String timeline_consumption(String kind, String amount);
    @Message String timeline_change(String from, String to);
    @Message String timeline_because(String change, String cause);
    @Message String timeline_with(String line, String detail);
    @Message String timeline_and(String line, String more);
    @Message String tier_history_evaluation(String spend, String averageSpend, int visits, String averageVisits);

    @Message String timeline_consumption_purpose(String purpose);

    // ---- custfields: one customer per document, enterprise fields, interests, referrals, bill analysis
    @Message String problem_customer_id_document_taken();
    @Message String problem_customer_enterprise_field_not_enterprise();
    @Message String problem_customer_referred_by_self();
    @Message String problem_customer_referred_by_unknown();
    @Message String problem_customer_import_not_a_number();
    @Message String problem_customer_bill_analysis_months();
    @Message String field_enterprise_class();
    @Message String field_industry();
    @Message String field_member_count();
    @Message String field_interests();
    @Message String field_interests_hint();
    @Message String field_referred_by();
    @Message String field_relationship_value();
    @Message String enterprise_class_any();
    @Message String bill_analysis();
    @Message String bill_month();
    @Message String bill_spend();
    @Message String bill_visits();
    @Message String bill_change_previous();
    @Message String bill_change_average();
    @Message String bill_flagged();
    @Message String bill_threshold(int percent);
    // products
    @Message String filter_contract_ends();
    @Message String filter_contract_ends_within(int days);
    @Message String problem_customer_contract_days_invalid();
    // ---- health score (customer page, list filter and sort)
    @Message String health_title();
    @Message String health_none();
    @Message String health_trend(HealthTrend trend);
    @Message String health_previous(int score);
    @Message String health_gauge(int score);
    @Message String health_component();
    @Message String health_weight();
    @Message String health_value();
    @Message String health_contribution();
    @Message String health_component_name(HealthComponent name);
    @Message String health_component_hint(HealthComponent name);
    @Message String health_evaluated(String at);
    @Message String filter_health_below();
    @Message String sort_health_score();
    @Message String field_health_score();
    @Message String problem_customer_health_below_invalid();
}
