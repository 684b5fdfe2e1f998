package org.vipcare.followup.console;

import org.vipcare.complaint.console.ComplaintMessages;
import org.vipcare.console.ConsoleMessages;
import org.vipcare.console.ConsoleTime;
import org.vipcare.console.FormErrors;
import org.vipcare.console.FormText;
import java.time.ZoneId;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.vipcare.followup.FollowUpAttemptCreate;
import org.vipcare.followup.FollowUpOutcome;

/** One call of a follow-up as the attempt form sends it; input names are the API's. */
public class FollowUpAttemptForm {

    static final Set<String> FIELDS = Set.of("outcome", "satisfaction", "answers", "suggestion", "problem", "lead",
            "callbackAt");

    @RestForm public String outcome;
    @RestForm public String satisfaction;
    @RestForm public String answers;
    @RestForm public String suggestion;
    @RestForm public String problem;
    @RestForm public String lead;
    @RestForm public String callbackAt;

    /** The API's input; opening a complaint from the call is left to the API for now. */
    FollowUpAttemptCreate toInput(ZoneId zone, FormErrors errors, ConsoleMessages messages) {
        return new FollowUpAttemptCreate(
                FormText.choice("outcome", FollowUpOutcome.class, outcome, errors, messages),
                FormText.integer("satisfaction", satisfaction, errors, messages), answers, suggestion, problem, lead,
                ConsoleTime.read("callbackAt", callbackAt, zone, errors, messages.invalid_date_time()), false, null);
    }
}
