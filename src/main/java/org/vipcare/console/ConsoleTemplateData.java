package org.vipcare.console;

import io.quarkus.qute.TemplateData;
import org.vipcare.common.Page;
import org.vipcare.complaint.ComplaintDto;
import org.vipcare.complaint.ComplaintEventDto;
import org.vipcare.followup.FollowUpAttemptDto;
import org.vipcare.followup.FollowUpDetailDto;
import org.vipcare.followup.FollowUpDto;
import org.vipcare.followup.FollowUpOpinionDto;
import org.vipcare.report.ComplaintReport;
import org.vipcare.customer.CustomerDto;
import org.vipcare.customer.CustomerInput;
import org.vipcare.customer.TimelineEvent;
import org.vipcare.tier.Entitlements;
import org.vipcare.tier.TierDistribution;
import org.vipcare.tier.TierDto;
import org.vipcare.tier.TierEvaluationDto;
import org.vipcare.tier.TierHistoryDto;
import org.vipcare.tier.TierPolicyDto;
import org.vipcare.tier.TierRule;

/**
 * Value resolvers for the other features' types the console renders, generated at build time so that a native
 * image needs no reflection for them (the console's own view types are resolved from its checked templates).
 */
@TemplateData(target = CustomerDto.class)
@TemplateData(target = CustomerInput.IdDocument.class)
@TemplateData(target = CustomerInput.Phones.class)
@TemplateData(target = CustomerInput.ContactWindow.class)
@TemplateData(target = TimelineEvent.class)
@TemplateData(target = Page.class)
@TemplateData(target = TierPolicyDto.class)
@TemplateData(target = TierDto.class)
@TemplateData(target = TierRule.class)
@TemplateData(target = Entitlements.class)
@TemplateData(target = TierDistribution.class)
@TemplateData(target = TierDistribution.ServiceTime.class)
@TemplateData(target = TierEvaluationDto.class)
@TemplateData(target = TierHistoryDto.class)
@TemplateData(target = org.vipcare.retention.RetentionCaseDto.class)
@TemplateData(target = org.vipcare.retention.RetentionOfferDto.class)
@TemplateData(target = org.vipcare.retention.RetentionEventDto.class)
@TemplateData(target = org.vipcare.retention.RetentionPlaybookDto.class)
@TemplateData(target = org.vipcare.retention.RetentionSaveDeskDto.class)
@TemplateData(target = org.vipcare.retention.RetentionWatchCustomerDto.class)
@TemplateData(target = org.vipcare.retention.ChurnReasonDto.class)
@TemplateData(target = org.vipcare.retention.RetentionStatsDto.class)
@TemplateData(target = org.vipcare.retention.RetentionStatsDto.Group.class)
@TemplateData(target = ComplaintDto.class)
@TemplateData(target = ComplaintEventDto.class)
@TemplateData(target = org.vipcare.complaint.ComplaintCategoryDto.class)
@TemplateData(target = FollowUpDto.class)
@TemplateData(target = FollowUpDetailDto.class)
@TemplateData(target = FollowUpAttemptDto.class)
@TemplateData(target = FollowUpOpinionDto.class)
@TemplateData(target = ComplaintReport.class)
@TemplateData(target = ComplaintReport.CategoryCount.class)
@TemplateData(target = ComplaintReport.DepartmentCount.class)
@TemplateData(target = ComplaintReport.OwnerCount.class)
@TemplateData(target = ComplaintReport.StaffCount.class)
@TemplateData(target = ComplaintReport.PraisedStaff.class)
@TemplateData(target = ComplaintReport.SlaAttainment.class)
@TemplateData(target = ComplaintReport.Month.class)
final class ConsoleTemplateData {

    private ConsoleTemplateData() {
    }
}
