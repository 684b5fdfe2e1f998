package org.vipcare.followup.console;

import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.vipcare.console.FormErrors;

/**
 * One of the three forms that steer an open call (reschedule, reassign, cancel) as sent, with the version the page
 * was read at (sent as If-Match, so that two people changing one call never overwrite each other silently).
 */
public class FollowUpSteerForm {

    static final Set<String> FIELDS = Set.of("dueAt", "note", "assigneeId", "cancelReason");

    @RestForm public String dueAt;
    @RestForm public String note;
    @RestForm public String assigneeId;
    @RestForm public String cancelReason;
    @RestForm public String version;

    /** Which form was sent (reschedule, reassign, cancel); its messages show under it only. */
    public String action;
    private FormErrors errors = new FormErrors(FIELDS);

    FollowUpSteerForm sent(String action, FormErrors errors) {
        this.action = action;
        this.errors = errors;
        return this;
    }

    /** The messages of the form {@code which}: none when another form was sent. */
    public FormErrors errorsOf(String which) {
        return which.equals(action) ? errors : new FormErrors(FIELDS);
    }

    /** The value typed into {@code which}'s field, to show again after a refusal. */
    public String valueOf(String which, String value) {
        return which.equals(action) ? value : null;
    }

    String ifMatch() {
        return version == null || version.isBlank() ? null : "\"" + version.trim() + "\"";
    }
}
