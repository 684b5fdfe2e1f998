package org.vipcare.visit.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.vipcare.visit.VisitStatus;

/** The texts of the visit feature ({@code messages/visit*.properties}): the customer page's Visits section, its forms, the
 * reference checklist page and My day's "Visits due". */
@MessageBundle(value = "visit", locale = "en")
public interface VisitMessages {

    @Message String section_visits();
    @Message String visits_none();
    @Message String visits_planned();
    @Message String visits_done();
    @Message String visits_cancelled();
    @Message String visit_plan();
    @Message String visit_record();
    @Message String visit_cancel();
    @Message String visit_cancel_confirm();
    @Message String visit_overdue();
    @Message String visit_due_on(java.time.LocalDate date, org.vipcare.customer.EnterpriseClass cls);
    @Message String visit_due_overdue(java.time.LocalDate date, org.vipcare.customer.EnterpriseClass cls);
    @Message String checklist_save();
    @Message String checklist_done_count(long done, int total);
    @Message String checklist_edit_reference();
    @Message String field_planned_at();
    @Message String field_purpose();
    @Message String field_contacts();
    @Message String field_checklist();
    @Message String field_checklist_hint();
    @Message String field_visited_at();
    @Message String field_duration();
    @Message String field_duration_hint(int minutes);
    @Message String field_summary();
    @Message String field_next_steps();
    @Message String field_leads();
    @Message String field_manager();
    @Message String form_plan_title(String name);
    @Message String form_record_title(String name);
    @Message String form_stale();
    @Message String contacts_none();
    @Message String status(VisitStatus status);
    @Message String checklist_title();
    @Message String checklist_intro();
    @Message String checklist_en();
    @Message String checklist_zh();
    @Message String checklist_add_hint();
    @Message String checklist_saved();
    @Message String checklist_stale();
    @Message String timeline_planned(String at, String purpose);
    @Message String timeline_done(String summary);
    @Message String timeline_cancelled(String purpose);
    @Message String myday_visits();
    @Message String myday_visits_none(int days);
    @Message String myday_due_on();
    @Message String myday_last_visit();
    @Message String myday_next_planned();
    @Message String myday_class();
    @Message String never();
    @Message String problem_visit_update_unknown_member();
    @Message String problem_visit_checklist_duplicate_key();
    @Message String problem_visit_closed();
    @Message String problem_visit_contact_not_of_customer();
    @Message String problem_visit_customer_not_enterprise();
    @Message String problem_visit_duration_range();
    @Message String problem_visit_not_yours();
    @Message String problem_visit_planned_at_past();
    @Message String problem_visit_summary_required();
    @Message String problem_visit_too_long();
    @Message String problem_visit_update_cancel_alone();
    @Message String problem_visit_update_empty();
    @Message String problem_visit_update_record_or_plan();
    @Message String problem_visit_update_status();
    @Message String problem_visit_visited_at_future();
    @Message String problem_visit_visited_at_required();
}
