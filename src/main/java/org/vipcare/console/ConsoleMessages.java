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

    // ---- problems: the texts of ProblemException codes, worded by ProblemTexts (both languages)
    @Message String problem_record(org.vipcare.common.RecordRef.Kind kind);
    @Message String problem_common_bad_request();
    @Message String problem_common_body_too_large();
    @Message String problem_common_changed_meanwhile();
    @Message String problem_common_connection_closed();
    @Message String problem_common_duplicate();
    @Message String problem_common_idempotency_key_length();
    @Message String problem_common_idempotency_key_reused();
    @Message String problem_common_if_match_required();
    @Message String problem_common_in_the_future();
    @Message String problem_common_internal();
    @Message String problem_common_invalid();
    @Message String problem_common_malformed_json();
    @Message String problem_common_method_not_allowed();
    @Message String problem_common_not_a_boolean();
    @Message String problem_common_not_a_date();
    @Message String problem_common_not_a_time();
    @Message String problem_common_not_a_uuid();
    @Message String problem_common_not_acceptable();
    @Message String problem_common_not_an_object();
    @Message String problem_common_not_found();
    @Message String problem_common_not_one_of();
    @Message String problem_common_nothing_here();
    @Message String problem_common_nul_character();
    @Message String problem_common_page_out_of_range();
    @Message String problem_common_required();
    @Message String problem_common_size_out_of_range();
    @Message String problem_common_sort_direction();
    @Message String problem_common_sort_unknown();
    @Message String problem_common_stale_version();
    @Message String problem_common_to_before_from();
    @Message String problem_common_to_not_after_from();
    @Message String problem_common_unavailable_contention();
    @Message String problem_common_unavailable_outage();
    @Message String problem_common_unknown_customer();
    @Message String problem_common_unknown_field();
    @Message String problem_common_unknown_locale();
    @Message String problem_common_unknown_work_owner();
    @Message String problem_common_unreadable();
    @Message String problem_common_unstorable();
    @Message String problem_common_unstorable_value();
    @Message String problem_common_unsupported_media_type();
    @Message String problem_common_uri_too_long();
    @Message String problem_common_wrong_type();
    @Message String problem_common_year_out_of_range();
    @Message String problem_constraint_not_blank();
    @Message String problem_constraint_not_empty();
    @Message String problem_constraint_not_null();
    @Message String problem_consumption_amount_not_positive();
    @Message String problem_consumption_customer_mismatch();
    @Message String problem_consumption_customer_required();
    @Message String problem_security_forbidden();
    @Message String problem_security_login_failed();
    @Message String problem_security_login_throttled();
    @Message String problem_security_password_same();
    @Message String problem_security_password_weak();
    @Message String problem_security_password_wrong();
    @Message String problem_security_refresh_refused();
    @Message String problem_security_sessions_not_yours();
    @Message String problem_security_unauthenticated();
    @Message String problem_security_username_taken();
    // ---- lists: manager filter, saved filters
    @Message String filter_manager_mine();
    @Message String filter_manager_all();
    @Message String saved_filters();
    @Message String saved_filters_none();
    @Message String saved_filter_name();
    @Message String saved_filter_name_needed();
    @Message String saved_filter_save();
    @Message String saved_filter_delete(String name);
    @Message String saved_filters_full(int max);
    // ---- records: who did it
    @Message String person_service();
}
