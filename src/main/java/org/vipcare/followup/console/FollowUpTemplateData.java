package org.vipcare.followup.console;

import io.quarkus.qute.TemplateData;
import org.vipcare.followup.FollowUpAttempt;
import org.vipcare.followup.FollowUpAttemptDto;
import org.vipcare.followup.FollowUpDetailDto;
import org.vipcare.followup.FollowUpDto;
import org.vipcare.followup.FollowUpOpinionDto;

/** Value resolvers for the follow-up types the console renders, generated at build time (no reflection needed). */
@TemplateData(target = FollowUpDto.class)
@TemplateData(target = FollowUpDetailDto.class)
@TemplateData(target = org.vipcare.followup.FollowUpChangeDto.class)
@TemplateData(target = FollowUpAttemptDto.class)
@TemplateData(target = FollowUpOpinionDto.class)
@TemplateData(target = FollowUpAttempt.Lead.class)
final class FollowUpTemplateData {

    private FollowUpTemplateData() {
    }
}
