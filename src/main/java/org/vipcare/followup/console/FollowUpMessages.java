package org.vipcare.followup.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.vipcare.followup.FollowUpEventKind;
import org.vipcare.followup.FollowUpOutcome;
import org.vipcare.followup.FollowUpPurpose;
import org.vipcare.followup.FollowUpStatus;

/**
 * The texts of the follow-up pages ({@code {followup:key}},
 * {@code messages/followup*.properties}); keys as in {@link org.vipcare.console.ConsoleMessages}.
 */
@MessageBundle(value = "followup", locale = "en")
public interface FollowUpMessages {

    @Message String followups_title();
    @Message String followups_empty();
    @Message String back_to_followups();
    @Message String followup_status(FollowUpStatus status);
    @Message String followup_purpose(FollowUpPurpose purpose);
    @Message String followup_outcome(FollowUpOutcome outcome);
    @Message String field_followup_status();
    @Message String field_followup_purpose();
    @Message String field_due_at();
    @Message String field_attempts();
    @Message String field_assignee();
    @Message String field_answer_due();
    @Message String field_outcome();
    @Message String field_satisfaction();
    @Message String field_answers();
    @Message String field_suggestion();
    @Message String field_problem();
    @Message String field_lead();
    @Message String field_callback_at();
    @Message String section_followup();
    @Message String section_attempt();
    @Message String section_calls();
    @Message String calls_none();
    @Message String attempt_hint();
    @Message String record_attempt();
    @Message String notice_attempt_recorded();
    @Message String nav_complaint();
    @Message String open_complaint();
    @Message String field_answer();
    @Message String record_answer();
    @Message String notice_opinion_answered();

    // myday: call context, open work and links
    @Message String work_kind_call();
    @Message String followup_links();
    @Message String open_retention_case();
    // ---- the calls of one customer (lookup)
    @Message String followups_of_customer(String customer);
    @Message String followups_back_to_customer();
    @Message String followups_all_customers();
    // ---- problems: the texts of ProblemException codes, worded by ProblemTexts (both languages)
    @Message String problem_followup_attempt_not_open(String status);
    @Message String problem_followup_callback_not_no_time();
    @Message String problem_followup_callback_past();
    @Message String problem_followup_complaint_not_opened();
    @Message String problem_followup_complaint_not_reached();
    @Message String problem_followup_complaint_required();
    @Message String problem_followup_create_not_own();
    @Message String problem_followup_create_not_own_customer();
    @Message String problem_followup_opinion_answered();
    @Message String problem_followup_opinion_none();
    @Message String problem_followup_opinions_sort();
    @Message String problem_followup_problem_required();
    @Message String problem_followup_satisfaction_not_reached();
    @Message String problem_followup_work_not_yours();
    @Message String field_next_try();
    @Message String next_try_first();
    @Message String next_try_retry(int n, int max);
    @Message String next_try_callback();
    @Message String field_open_complaint();
    @Message String field_complaint_category();
    @Message String field_complaint_summary();
    @Message String complaint_from_call_hint();
    @Message String notice_complaint_opened();
    @Message String section_leads();
    @Message String leads_none();
    @Message String callback_hint();
    @Message String tries_counted(int n, int max);
    @Message String section_complaint_from_call();
    @Message String field_missed_tries();
    // ---- records: a call on the customer's timeline
    @Message String timeline_satisfaction(int score);
    @Message String timeline_problem(String problem);
    @Message String followup_brief(String code);
    // ---- steer: reschedule, reassign, cancel a call; its changes; a call made by hand
    @Message String followup_change(FollowUpEventKind kind);
    @Message String section_steer();
    @Message String steer_hint();
    @Message String field_new_due_at();
    @Message String field_steer_note();
    @Message String reschedule();
    @Message String field_new_assignee();
    @Message String reassign();
    @Message String field_cancel_reason();
    @Message String cancel_call();
    @Message String notice_rescheduled();
    @Message String notice_reassigned();
    @Message String notice_cancelled();
    @Message String notice_created();
    @Message String section_changes();
    @Message String changes_none();
    @Message String change_from_to(String from, String to);
    @Message String section_new_call();
    @Message String new_call();
    @Message String field_note();
    @Message String timeline_rescheduled(String from, String to);
    @Message String timeline_reassigned(String from, String to);
    @Message String timeline_cancelled();
    @Message String timeline_moved(String from, String to);
    @Message String timeline_nobody();
    @Message String problem_followup_reassign_not_allowed();
    @Message String problem_followup_update_not_open(String status);
    @Message String problem_followup_update_unknown_member();
    @Message String problem_followup_update_empty();
    @Message String problem_followup_update_status();
    @Message String problem_followup_update_note_alone();
    @Message String problem_followup_cancel_reason_required();
    @Message String problem_followup_cancel_alone();
    @Message String problem_followup_cancel_reason_without_cancel();
    @Message String problem_followup_text_too_long();
    @Message String problem_followup_due_past();

    @Message String field_duration_minutes();

    @Message String field_duration_short();

    // contacts of enterprise customers
    @Message String followup_brief_contact(String name);
}
