package org.vipcare.report.console;

import io.quarkus.qute.TemplateData;
import org.vipcare.report.ComplaintReport;

/** Value resolvers for the report types the console renders, generated at build time (no reflection needed). */
@TemplateData(target = ComplaintReport.class)
@TemplateData(target = ComplaintReport.CategoryCount.class)
@TemplateData(target = ComplaintReport.DepartmentCount.class)
@TemplateData(target = ComplaintReport.OwnerCount.class)
@TemplateData(target = ComplaintReport.StaffCount.class)
@TemplateData(target = ComplaintReport.PraisedStaff.class)
@TemplateData(target = ComplaintReport.SlaAttainment.class)
@TemplateData(target = ComplaintReport.Month.class)
final class ReportTemplateData {

    private ReportTemplateData() {
    }
}
