package org.vipcare.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.vipcare.security.Role;

/**
 * The texts every console page shares: layout, sign-in, error pages, shared words and the messages of the shared
 * form helpers ({@code messages/console*.properties}, templates {@code {console:key}}). Every feature has a bundle
 * of its own, named after the feature ({@code {customer:key}}, {@code {complaint:key}}, ...). Method names are the
 * keys of the files and of the templates, so one name can be searched for everywhere. A method taking an enum reads
 * {@code <method>_<CONSTANT>}, or {@code <method>_$<CONSTANT>} when a constant has an underscore.
 */
@MessageBundle(value = "console", locale = "en")
public interface ConsoleMessages {

    // ---- layout and navigation
    @Message String app_name();
    @Message String app_tagline();
    @Message String nav_my_day();
    @Message String nav_customers();
    @Message String nav_tiers();
    @Message String nav_retention();
    @Message String nav_complaints();
    @Message String nav_followups();
    @Message String nav_calendar();
    @Message String nav_reports();
    @Message String sign_out();
    @Message String language();
    @Message String language_name(String code);
    @Message String language_endonym(String code);
    @Message String role(Role role);
    @Message String skip_to_content();

    // ---- login
    @Message String login_title();
    @Message String login_username();
    @Message String login_password();
    @Message String login_submit();
    @Message String login_failed();
    @Message String login_password_changed();

    // ---- own password
    @Message String nav_password();
    @Message String password_title();
    @Message String password_intro();
    @Message String password_current();
    @Message String password_new();
    @Message String password_confirm();
    @Message String password_rules();
    @Message String password_submit();
    @Message String password_required();
    @Message String password_current_wrong();
    @Message String password_mismatch();
    @Message String password_same();
    @Message String password_too_short(int min);
    @Message String password_too_long(int max);
    @Message String password_too_common();
    @Message String password_too_many(String seconds);

    // ---- errors
    @Message String error_title(int status);
    @Message String error_back();
    @Message String csrf_rejected();

    // ---- shared words
    @Message String none();
    @Message String any();
    @Message String edit();
    @Message String save();
    @Message String cancel();
    @Message String create();
    @Message String yes();
    @Message String no();
    @Message String required();
    @Message String choose();
    @Message String unassigned();
    @Message String field_note();
    @Message String timeline_at();
    @Message String history_change();
    @Message String pager_previous();
    @Message String pager_next();
    @Message String pager_position(int page, int pages, long total);

    // ---- list filters
    @Message String filter_apply();
    @Message String filter_reset();

    // ---- forms
    @Message String form_has_errors();
    @Message String form_required_hint();
    @Message String move_refused();
    @Message String invalid_date();
    @Message String invalid_time();
    @Message String invalid_date_time();
    @Message String invalid_choice();
    @Message String invalid_number();
    @Message String invalid_whole_number();
    @Message String required_value();

    // ---- charts
    @Message String chart_value(long count, String share);
    @Message String chart_column_value(String label, long count);
    @Message String rate(String percent);

    // ---- records: who did it
    @Message String person_service();
}
