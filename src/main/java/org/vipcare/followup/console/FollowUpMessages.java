package org.vipcare.followup.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
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

    // ---- records: a call on the customer's timeline
    @Message String timeline_satisfaction(int score);
    @Message String timeline_problem(String problem);
    @Message String followup_brief(String code);
}
