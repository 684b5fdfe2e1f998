package org.vipcare.followup.console;

import io.quarkus.qute.TemplateData;
import org.vipcare.followup.FollowUpReport;

/** Value resolvers for the call report the console renders, generated at build time. */
@TemplateData(target = FollowUpReport.class)
@TemplateData(target = FollowUpReport.Figures.class)
@TemplateData(target = FollowUpReport.PurposeFigures.class)
@TemplateData(target = FollowUpReport.AgentFigures.class)
@TemplateData(target = FollowUpReport.DissatisfiedCall.class)
final class FollowUpReportTemplateData {

    private FollowUpReportTemplateData() {
    }
}
