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
    @Message String print_report();
    @Message String plan_saved();
    @Message String plan_periods_only();
    @Message String plan_too_long(int max);
    @Message String plan_stale();
    @Message String plan_invalid();
    @Message String plan_none();
    @Message String plan_saved_at(String at);
    @Message String section_plan();
    @Message String section_plan_hint();
    @Message String field_action_plan();
    @Message String field_lessons();
    @Message String edit_plan();
    @Message String save_plan();
    @Message String section_satisfaction();
    @Message String section_satisfaction_hint();
    @Message String section_satisfaction_categories();
    @Message String section_satisfaction_staff();
    @Message String satisfaction_value(String average, long rated);
    @Message String empty_satisfaction();
    @Message String col_category();
    @Message String col_rated();
    @Message String col_dissatisfied();
    @Message String section_complaints();
    @Message String section_complaints_hint(long total);
    @Message String col_received_at();
    @Message String col_customer();
    @Message String col_owner();
    @Message String col_status();
    @Message String col_sla();
    @Message String col_satisfaction();
    @Message String csv_section();
    @Message String csv_item();
    @Message String csv_code();
    @Message String csv_count();
    @Message String csv_value();
    @Message String csv_from();
    @Message String csv_to();
    @Message String csv_zone();
    @Message String csv_complaint_id();
    @Message String csv_complaints_capped(int listed, long total);

    // refusals of the action plans (problem codes report.plan.*)
    @Message String problem_report_plan_period();
    @Message String problem_report_plan_too_long(int max);
    @Message String problem_report_plan_stale();
}
