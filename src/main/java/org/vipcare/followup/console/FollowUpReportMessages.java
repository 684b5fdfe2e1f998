package org.vipcare.followup.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.vipcare.followup.FollowUpReportPeriod;

/**
 * The texts of the call report page ({@code {callreport:key}}, {@code messages/callreport*.properties}); a bundle of
 * its own so that the page's many labels stay out of the follow-up pages' bundle.
 */
@MessageBundle(value = "callreport", locale = "en")
public interface FollowUpReportMessages {

    @Message String nav_call_reports();
    @Message String reports_title();
    @Message String report_heading(FollowUpReportPeriod period);
    @Message String report_covers(String first, String last, String zone);
    @Message String own_figures();
    @Message String one_agent(String name);
    @Message String whole_team();
    @Message String period_name(FollowUpReportPeriod period);
    @Message String field_period();
    @Message String field_date();
    @Message String show_report();
    @Message String print_report();
    @Message String download_csv();
    @Message String invalid_period();
    @Message String invalid_date();
    @Message String fix_the_choice();
    @Message String empty_period();
    @Message String due();
    @Message String done();
    @Message String calls();
    @Message String reached();
    @Message String reach_rate();
    @Message String on_time();
    @Message String on_time_rate();
    @Message String welcome();
    @Message String welcome_in_time();
    @Message String average_satisfaction();
    @Message String satisfaction_answers(long answers);
    @Message String dissatisfied();
    @Message String leads();
    @Message String opinions();
    @Message String opinions_on_time();
    @Message String opinions_on_time_rate();
    @Message String rate_unknown();
    @Message String section_rates();
    @Message String chart_rates();
    @Message String section_purposes();
    @Message String chart_purposes();
    @Message String section_agents();
    @Message String section_dissatisfied();
    @Message String section_dissatisfied_hint(int max);
    @Message String empty_dissatisfied();
    @Message String col_purpose();
    @Message String col_agent();
    @Message String col_at();
    @Message String col_satisfaction();
    @Message String col_said();
    @Message String col_answer();
    @Message String unassigned();
    @Message String not_answered();
    @Message String open_call();
    @Message String csv_section();
    @Message String csv_item();
    @Message String csv_code();
    @Message String csv_from();
    @Message String csv_to();
    @Message String csv_zone();
    @Message String csv_total();
    @Message String csv_suggestion();
    @Message String csv_problem();
    @Message String csv_answers();
    @Message String csv_follow_up_id();
}
