package org.vipcare.complaint.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.vipcare.complaint.ComplainantType;
import org.vipcare.complaint.ComplaintBreach;
import org.vipcare.complaint.ComplaintChannel;
import org.vipcare.complaint.ComplaintEventKind;
import org.vipcare.complaint.ComplaintPurpose;
import org.vipcare.complaint.ComplaintSlaState;
import org.vipcare.complaint.ComplaintStatus;

/**
 * The texts of the complaint and complaint category pages ({@code {complaint:key}},
 * {@code messages/complaint*.properties}); keys as in {@link org.vipcare.console.ConsoleMessages}.
 */
@MessageBundle(value = "complaint", locale = "en")
public interface ComplaintMessages {

    // ---- complaints
    @Message String complaints_title();
    @Message String complaints_new();
    @Message String complaints_empty();
    @Message String complaint_title(String category);
    @Message String complaint_form_title();
    @Message String back_to_complaints();
    @Message String record_complaint();
    @Message String complaint_status(ComplaintStatus status);
    @Message String complaint_channel(ComplaintChannel channel);
    @Message String complainant_type(ComplainantType type);
    @Message String complaint_purpose(ComplaintPurpose purpose);
    @Message String complaint_event(ComplaintEventKind kind);
    @Message String complaint_breach(ComplaintBreach breach);
    @Message String sla_state(ComplaintSlaState state);
    @Message String sla_state_hint(ComplaintSlaState state);
    @Message String sla_due_in(String span);
    @Message String sla_overdue_by(String span);
    @Message String span_days(int n);
    @Message String span_hours(int n);
    @Message String span_minutes(int n);
    @Message String escalated();
    @Message String escalated_hint();
    @Message String field_complaint_status();
    @Message String field_category();
    @Message String field_sla_state();
    @Message String field_overdue();
    @Message String overdue_only();
    @Message String overdue_none();
    @Message String field_owner();
    @Message String field_received_at();
    @Message String field_channel();
    @Message String field_place();
    @Message String field_summary();
    @Message String field_demand();
    @Message String field_complainant_type();
    @Message String field_complaint_purpose();
    @Message String field_staff_concerned();
    @Message String field_staff_concerned_hint();
    @Message String field_first_receiver();
    @Message String field_resolution();
    @Message String field_compensation();
    @Message String field_contact_due();
    @Message String field_contacted_at();
    @Message String field_feedback_due();
    @Message String field_feedback_at();
    @Message String field_resolved_at();
    @Message String field_closed_at();
    @Message String field_reopened_at();
    @Message String field_breaches();
    @Message String field_feedback_given();
    @Message String field_reason();
    @Message String field_hand_to();
    @Message String section_complaint_record();
    @Message String section_sla();
    @Message String section_moves();
    @Message String section_history();
    @Message String moves_not_yours();
    @Message String moves_none();
    @Message String move_name(String move);
    @Message String close_hint();
    @Message String history_none();
    @Message String history_event();
    @Message String history_by();
    @Message String notice_complaint_created();
    @Message String notice_complaint_moved();

    // ---- complaint categories
    @Message String categories_link();
    @Message String categories_title();
    @Message String categories_intro();
    @Message String categories_new();
    @Message String category_code_taken();
    @Message String category_active();
    @Message String category_retired();
    @Message String category_edit(String code);
    @Message String categories_reload();
    @Message String categories_stale();
    @Message String field_code();
    @Message String field_code_hint();
    @Message String field_name_en();
    @Message String field_name_zh();
    @Message String field_sort_order();
    @Message String field_active();
    @Message String field_updated();
    @Message String notice_category_created();
    @Message String notice_category_saved();

    // myday: call context, open work and links
    @Message String work_kind_complaint();
    @Message String complaint_links();
    @Message String verification_call();
    @Message String verification_call_open();
    @Message String verification_call_none();
    // ---- problems: the texts of ProblemException codes, worded by ProblemTexts (both languages)
    @Message String problem_complaint_category_code_format();
    @Message String problem_complaint_category_not_found();
    @Message String problem_complaint_category_unknown();
    @Message String problem_complaint_close_needs_verification(String call);
    @Message String problem_complaint_close_needs_verification_call();
    @Message String problem_complaint_contact_before_received();
    @Message String problem_complaint_create_not_own_receiver();
    @Message String problem_complaint_hand_over_closed();
    @Message String problem_complaint_hand_over_same_owner();
    @Message String problem_complaint_move_not_allowed(String status, String target, String allowed);
    @Message String problem_complaint_move_not_owner();
    @Message String problem_complaint_read_not_yours();
    @Message String problem_complaint_reopen_too_late(String days);
    @Message String problem_complaint_staff_unknown();
    // ---- lists
    @Message String owner_mine();
    // ---- records: history facts in words
    @Message String history_missed(boolean contact, boolean feedback);
    @Message String history_feedback_given();
}
