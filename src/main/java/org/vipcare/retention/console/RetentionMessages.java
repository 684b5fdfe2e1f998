package org.vipcare.retention.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.vipcare.retention.RetentionAttitude;
import org.vipcare.retention.RetentionEventKind;
import org.vipcare.retention.RetentionMethod;
import org.vipcare.retention.RetentionOutcome;
import org.vipcare.retention.RetentionSource;
import org.vipcare.retention.RetentionStage;
import org.vipcare.retention.RetentionType;

/**
 * The texts of the retention pages ({@code {retention:key}},
 * {@code messages/retention*.properties}); keys as in {@link org.vipcare.console.ConsoleMessages}.
 */
@MessageBundle(value = "retention", locale = "en")
public interface RetentionMessages {

    @Message String rstage(RetentionStage stage);
    @Message String routcome(RetentionOutcome outcome);
    @Message String rattitude(RetentionAttitude attitude);
    @Message String rmethod(RetentionMethod method);
    @Message String rtype(RetentionType type);
    @Message String rsource(RetentionSource source);
    @Message String revent(RetentionEventKind kind);
    @Message String retention_title();
    @Message String retention_intro();
    @Message String retention_save_desk();
    @Message String retention_save_desk_hint();
    @Message String retention_save_desk_empty();
    @Message String retention_cases();
    @Message String retention_cases_empty();
    @Message String retention_stage();
    @Message String retention_outcome();
    @Message String retention_reason();
    @Message String retention_customer();
    @Message String retention_type();
    @Message String retention_score();
    @Message String retention_opened();
    @Message String retention_spend();
    @Message String retention_open_link();
    @Message String retention_dashboard_link();
    @Message String retention_case_title(String customer);
    @Message String retention_back();
    @Message String retention_stages();
    @Message String retention_facts();
    @Message String retention_service();
    @Message String retention_stated_reason();
    @Message String retention_channel();
    @Message String retention_source();
    @Message String retention_real_reason();
    @Message String retention_reason_detail();
    @Message String retention_fixable();
    @Message String retention_fixable_yes();
    @Message String retention_fixable_no();
    @Message String retention_attitude();
    @Message String retention_severity();
    @Message String retention_cost();
    @Message String retention_kind();
    @Message String retention_description();
    @Message String retention_monthly_value();
    @Message String retention_offer();
    @Message String retention_method();
    @Message String retention_note();
    @Message String retention_choose();
    @Message String retention_next_step();
    @Message String retention_step_probe();
    @Message String retention_step_probe_again();
    @Message String retention_step_probe_hint();
    @Message String retention_step_offer();
    @Message String retention_step_offer_hint(int count);
    @Message String retention_step_agree();
    @Message String retention_step_agree_hint();
    @Message String retention_step_close();
    @Message String retention_step_close_hint();
    @Message String retention_step_none();
    @Message String retention_submit_probe();
    @Message String retention_submit_offer();
    @Message String retention_submit_agree();
    @Message String retention_submit_close();
    @Message String retention_refused();
    @Message String retention_notice(String code);
    @Message String retention_playbook();
    @Message String retention_playbook_empty();
    @Message String retention_equation();
    @Message String retention_equation_pending();
    @Message String retention_equation_line(int cost, int severity, String score);
    @Message String retention_equation_negative();
    @Message String retention_equation_neutral();
    @Message String retention_equation_positive();
    @Message String retention_offers();
    @Message String retention_offers_empty();
    @Message String retention_agreed_offer();
    @Message String retention_history();
    @Message String retention_at();
    @Message String retention_event();
    @Message String retention_actor();
    @Message String retention_start();
    @Message String retention_open_watch();
    @Message String retention_open_title(String customer);
    @Message String retention_open_hint();
    @Message String retention_open_submit();
    @Message String retention_refused_title();
    @Message String retention_back_to_customer();
    @Message String retention_dashboard();
    @Message String retention_dashboard_intro();
    @Message String retention_overall(String rate, long closed, long open);
    @Message String retention_overall_none(long open);
    @Message String retention_chart_by_reason();
    @Message String retention_chart_by_offer();
    @Message String retention_chart_by_stage();
    @Message String retention_chart_rate_hint();
    @Message String retention_rate_label(String name, long closed);
    @Message String retention_no_reason();
    @Message String retention_no_offer();
    @Message String retention_watch_without_case();
    @Message String retention_watch_without_case_empty();

    // myday: call context, open work and links
    @Message String work_kind_retention();
    @Message String retention_links();
    @Message String retention_care_call();
    @Message String retention_care_call_none();
    // ---- problems: the texts of ProblemException codes, worded by ProblemTexts (both languages)
    @Message String problem_retention_agree_needs_offers(String min, String count);
    @Message String problem_retention_close_needs_agreement();
    @Message String problem_retention_offer_needs_reason();
    @Message String problem_retention_offer_unknown();
    @Message String problem_retention_open_case_exists(String openCase);
    @Message String problem_retention_open_not_watch();
    @Message String problem_retention_playbook_not_found();
    @Message String problem_retention_read_not_yours();
    @Message String problem_retention_reason_unknown();
    @Message String problem_retention_step_not_now(String stage);
    @Message String problem_retention_watch_list_not_supervisor();
    @Message String problem_retention_work_not_yours();
    // ---- lists: WATCH customers' cases, the stated reason added later
    @Message String retention_case_open_link();
    @Message String retention_open_watch_hint();
    @Message String retention_reason_add();
    @Message String retention_reason_edit();
    @Message String retention_reason_hint();
    @Message String retention_reason_submit();

    // refusal of a stated reason once offers are made (problem code retention.reason.too-late)
    @Message String problem_retention_reason_too_late(String stage);
    // ---- records: a step's facts in words
    @Message String history_agreed_by(String method);
    @Message String history_monthly_value(String value);
    @Message String channel_name(String code);
}
