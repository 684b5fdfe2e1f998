package org.vipcare.report.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.vipcare.report.ReportPeriod;

/**
 * The texts of the complaint reports page ({@code {report:key}},
 * {@code messages/report*.properties}); keys as in {@link org.vipcare.console.ConsoleMessages}.
 */
@MessageBundle(value = "report", locale = "en")
public interface ReportMessages {

    @Message String reports_title();
    @Message String reports_intro();
    @Message String report_heading(ReportPeriod period);
    @Message String report_covers(String from, String to, String zone);
    @Message String period_name(ReportPeriod period);
    @Message String field_period();
    @Message String field_date();
    @Message String show_report();
    @Message String download_csv();
    @Message String print_hint();
    @Message String invalid_period();
    @Message String invalid_date();
    @Message String fix_the_choice();
    @Message String total();
    @Message String contact_on_time();
    @Message String feedback_on_time();
    @Message String contact_on_time_hint(long breaches);
    @Message String feedback_on_time_hint(long breaches);
    @Message String rate_unknown();
    @Message String average_satisfaction();
    @Message String satisfaction_answers(long answers);
    @Message String section_sla();
    @Message String section_sla_hint();
    @Message String section_categories();
    @Message String section_trend();
    @Message String section_departments();
    @Message String section_owners();
    @Message String section_complained();
    @Message String section_complained_hint();
    @Message String section_praised();
    @Message String section_praised_hint();
    @Message String chart_categories();
    @Message String chart_trend();
    @Message String chart_departments();
    @Message String chart_sla();
    @Message String no_department();
    @Message String empty_period();
    @Message String empty_complained();
    @Message String empty_praised();
    @Message String col_staff();
    @Message String col_department();
    @Message String col_complaints();
    @Message String col_breaches();
    @Message String col_average();
    @Message String col_answers();
}
