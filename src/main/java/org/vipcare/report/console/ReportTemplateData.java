package org.vipcare.report.console;

import io.quarkus.qute.TemplateData;
import org.vipcare.report.ComplaintReport;
import org.vipcare.report.ComplaintSatisfaction;
import org.vipcare.report.PeriodComplaint;

/** Value resolvers for the report types the console renders, generated at build time (no reflection needed). */
@TemplateData(target = ComplaintReport.class)
@TemplateData(target = ComplaintReport.CategoryCount.class)
@TemplateData(target = ComplaintReport.DepartmentCount.class)
@TemplateData(target = ComplaintReport.OwnerCount.class)
@TemplateData(target = ComplaintReport.StaffCount.class)
@TemplateData(target = ComplaintReport.PraisedStaff.class)
@TemplateData(target = ComplaintReport.SlaAttainment.class)
@TemplateData(target = ComplaintReport.Month.class)
@TemplateData(target = ComplaintSatisfaction.class)
@TemplateData(target = ComplaintSatisfaction.ByCategory.class)
@TemplateData(target = ComplaintSatisfaction.ByStaff.class)
@TemplateData(target = PeriodComplaint.class)
final class ReportTemplateData {

    private ReportTemplateData() {
    }
}
