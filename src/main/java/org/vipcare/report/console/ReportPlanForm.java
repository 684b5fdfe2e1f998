package org.vipcare.report.console;

import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.vipcare.console.FormText;
import org.vipcare.report.ReportPlan;

/** The action-plan form of a quarter's or year's report as the browser sends it. */
public class ReportPlanForm {

    static final Set<String> FIELDS = Set.of("actionPlan", "lessons");

    @RestForm public String period;
    @RestForm public String date;
    @RestForm public String actionPlan;
    @RestForm public String lessons;
    /** The version the user started editing from; blank while the period has no plan yet. */
    @RestForm public String version;

    /** The saved plan, or an empty form for a period without one. */
    static ReportPlanForm of(ReportPlan plan) {
        ReportPlanForm form = new ReportPlanForm();
        if (plan != null) {
            form.actionPlan = plan.actionPlan;
            form.lessons = plan.lessons;
            form.version = Long.toString(plan.version);
        }
        return form;
    }

    /** The version the form was based on, null for none; one that cannot be read counts as none (stale at worst). */
    Long basedOn() {
        if (FormText.blank(version)) {
            return null;
        }
        try {
            return Long.valueOf(version.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    boolean tooLong(String text) {
        return text != null && text.strip().length() > ReportPlan.MAX_LENGTH;
    }
}
