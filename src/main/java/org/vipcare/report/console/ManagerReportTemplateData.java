package org.vipcare.report.console;

import io.quarkus.qute.TemplateData;
import org.vipcare.report.ManagerReport;

/** Lets the manager performance template read the report's records. */
@TemplateData(target = ManagerReport.class)
@TemplateData(target = ManagerReport.ManagerFigures.class)
@TemplateData(target = ManagerReport.ManagerBook.class)
@TemplateData(target = ManagerReport.ManagerServiceTime.class)
@TemplateData(target = ManagerReport.ManagerClassTime.class)
@TemplateData(target = ManagerReport.ManagerReturns.class)
@TemplateData(target = ManagerReport.ManagerWelcome.class)
@TemplateData(target = ManagerReport.ManagerRetention.class)
@TemplateData(target = ManagerReport.ManagerComplaints.class)
@TemplateData(target = ManagerReport.ManagerSatisfaction.class)
final class ManagerReportTemplateData {

    private ManagerReportTemplateData() {
    }
}
