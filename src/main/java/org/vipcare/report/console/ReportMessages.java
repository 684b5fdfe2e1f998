package org.vipcare.report.console;

import org.vipcare.complaint.console.ComplaintMessages;
import org.vipcare.console.AppMessages;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.vipcare.report.ReportPeriod;

/**
 * The texts of the complaint reports page ({@code {repmsg:key}}, {@code messages/repmsg*.properties}). A bundle of its
 * own because {@link AppMessages} is at the size where Quarkus 3.34 generates broken bytecode (see
 * {@link ComplaintMessages}).
 */
@MessageBundle(value = "repmsg", locale = "en")
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
    @Message String rate(String percent);
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
    @Message String chart_column_value(String label, long count);
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
