package org.vipcare.followup.console;

import io.quarkus.qute.TemplateGlobal;
import java.util.List;
import org.vipcare.followup.FollowUpOutcome;
import org.vipcare.followup.FollowUpPurpose;
import org.vipcare.followup.FollowUpStatus;

/** The values offered by the follow-up pickers and filters, in the order they are offered. */
@TemplateGlobal
public final class FollowUpChoices {

    public static final List<FollowUpStatus> followUpStatuses = List.of(FollowUpStatus.values());
    public static final List<FollowUpPurpose> followUpPurposes = List.of(FollowUpPurpose.values());
    public static final List<FollowUpOutcome> followUpOutcomes = List.of(FollowUpOutcome.values());

    private FollowUpChoices() {
    }
}
