package org.vipcare.visit.console;

import jakarta.ws.rs.FormParam;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.vipcare.common.Text;
import org.vipcare.console.ConsoleMessages;
import org.vipcare.console.ConsoleTime;
import org.vipcare.console.FormErrors;
import org.vipcare.console.FormText;
import org.vipcare.visit.VisitUpdate;

/** The "Record visit" form as typed; {@code version} rides along as If-Match. */
public class VisitRecordForm {

    static final Set<String> FIELDS = Set.of("visitedAt", "durationMinutes", "summary", "nextSteps", "leads");

    @FormParam("visitedAt")
    public String visitedAt;
    @FormParam("durationMinutes")
    public String durationMinutes;
    @FormParam("summary")
    public String summary;
    @FormParam("nextSteps")
    public String nextSteps;
    @FormParam("leads")
    public String leads;
    @FormParam("version")
    public String version;

    static VisitRecordForm of(Instant now, ZoneId zone, long version) {
        VisitRecordForm form = new VisitRecordForm();
        form.visitedAt = ConsoleTime.input(now, zone);
        form.version = Long.toString(version);
        return form;
    }

    VisitUpdate toInput(ZoneId zone, FormErrors errors, ConsoleMessages messages) {
        Instant at = ConsoleTime.read("visitedAt", visitedAt, zone, errors, messages.invalid_date_time());
        if (at == null && !errors.has("visitedAt")) {
            errors.add("visitedAt", messages.problem_constraint_not_null());
        }
        return new VisitUpdate(null, null, null, null, null, at,
                FormText.integer("durationMinutes", durationMinutes, errors, messages), Text.trimToNull(summary),
                Text.trimToNull(nextSteps), Text.trimToNull(leads));
    }
}
