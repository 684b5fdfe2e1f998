package org.vipcare.followup.console;

import org.vipcare.console.ConsoleMessages;
import org.vipcare.console.ConsoleTime;
import org.vipcare.console.FormErrors;
import org.vipcare.console.FormText;
import java.time.ZoneId;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.vipcare.followup.FollowUpAttemptCreate;
import org.vipcare.followup.FollowUpOutcome;

/**
 * One call of a follow-up as the attempt form sends it; input names are the API's. A problem the customer raised
 * can open a complaint with the call (category and summary; the rest comes from the call).
 */
public class FollowUpAttemptForm {

    static final Set<String> FIELDS = Set.of("outcome", "satisfaction", "answers", "suggestion", "problem", "lead",
            "callbackAt", "durationMinutes", "openComplaint", "complaint", "complaint.category", "complaint.summary");

    @RestForm public String outcome;
    @RestForm public String satisfaction;
    @RestForm public String answers;
    @RestForm public String suggestion;
    @RestForm public String problem;
    @RestForm public String lead;
    @RestForm public String callbackAt;
    @RestForm public String durationMinutes;
    @RestForm public String openComplaint;
    @RestForm("complaint.category") public String complaintCategory;
    @RestForm("complaint.summary") public String complaintSummary;

    public boolean openComplaintTicked() {
        return "true".equals(openComplaint);
    }

    /** The API's input; the complaint part is sent only when the agent ticked "open a complaint". */
    FollowUpAttemptCreate toInput(ZoneId zone, FormErrors errors, ConsoleMessages messages) {
        FollowUpAttemptCreate.ComplaintPart complaint = openComplaintTicked()
                ? new FollowUpAttemptCreate.ComplaintPart(complaintCategory, complaintSummary, null, null, null, null)
                : null;
        return new FollowUpAttemptCreate(
                FormText.choice("outcome", FollowUpOutcome.class, outcome, errors, messages),
                FormText.integer("satisfaction", satisfaction, errors, messages), answers, suggestion, problem, lead,
                ConsoleTime.read("callbackAt", callbackAt, zone, errors, messages.invalid_date_time()),
                openComplaintTicked(), complaint,
                FormText.integer("durationMinutes", durationMinutes, errors, messages));
    }
}
