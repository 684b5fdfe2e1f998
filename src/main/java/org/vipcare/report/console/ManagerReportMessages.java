package org.vipcare.report.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.LocalDate;
import org.vipcare.customer.EnterpriseClass;

/**
 * The texts of the manager performance page ({@code {managerreport:key}}, {@code messages/managerreport*.properties})
 * and of its problem codes ({@code managerreport.*}).
 */
@MessageBundle(value = "managerreport", locale = "en")
public interface ManagerReportMessages {

    @Message String nav_managers();
    @Message String managers_title();
    @Message String managers_intro(int hours);
    @Message String managers_covers(LocalDate from, LocalDate to, int days, String zone);
    @Message String own_figures();
    @Message String whole_team();
    @Message String field_from();
    @Message String field_to();
    @Message String show_report();
    @Message String print_report();
    @Message String download_csv();
    @Message String invalid_date();
    @Message String fix_the_choice();
    @Message String reports_nav();
    @Message String nav_complaint_reports();
    @Message String nav_call_reports();
    @Message String section_summary();
    @Message String section_manager(String name);
    @Message String team();
    @Message String col_manager();
    @Message String col_customers();
    @Message String col_service_time();
    @Message String col_return_rate();
    @Message String col_average_ticket();
    @Message String col_welcome();
    @Message String col_retention();
    @Message String col_contact();
    @Message String col_feedback();
    @Message String col_satisfaction();
    @Message String col_value_class();
    @Message String col_planned();
    @Message String col_actual();
    @Message String col_ratio();
    @Message String book();
    @Message String watch();
    @Message String enterprise_class(EnterpriseClass enterpriseClass);
    @Message String hours(String hours);
    @Message String planned_vs_actual(String actual, String planned);
    @Message String calls_and_visits(String calls, String visits);
    @Message String returns_hint(long returning, long base, long tickets);
    @Message String welcome_hint(long onTime, long late, long due);
    @Message String retention_hint(long retained, long partial, long lost);
    @Message String complaints_hint(long received, long breaches);
    @Message String satisfaction_hint(long answers);
    @Message String empty_period();

    // refusals of the period (problem codes managerreport.period.*)
    @Message String problem_managerreport_period_reversed(LocalDate from);
    @Message String problem_managerreport_period_too_long(int max);
}
