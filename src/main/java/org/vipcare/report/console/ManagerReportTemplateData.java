package org.vipcare.report.console;

import io.quarkus.qute.TemplateData;
import org.vipcare.report.ManagerReport;

/** Lets the manager performance template read the report's records. */
@TemplateData(target = ManagerReport.class)
@TemplateData(target = ManagerReport.ManagerFigures.class)
@TemplateData(target = ManagerReport.Book.class)
@TemplateData(target = ManagerReport.ServiceTime.class)
@TemplateData(target = ManagerReport.ClassTime.class)
@TemplateData(target = ManagerReport.Returns.class)
@TemplateData(target = ManagerReport.Welcome.class)
@TemplateData(target = ManagerReport.Retention.class)
@TemplateData(target = ManagerReport.Complaints.class)
@TemplateData(target = ManagerReport.Satisfaction.class)
final class ManagerReportTemplateData {

    private ManagerReportTemplateData() {
    }
}
