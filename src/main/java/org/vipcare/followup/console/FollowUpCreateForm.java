package org.vipcare.followup.console;

import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.vipcare.console.ConsoleMessages;
import org.vipcare.console.ConsoleTime;
import org.vipcare.console.FormErrors;
import org.vipcare.console.FormText;
import org.vipcare.followup.FollowUpCreate;
import org.vipcare.followup.FollowUpPurpose;

/** A call made by hand for one customer, as the form on that customer's calls sends it; names are the API's. */
public class FollowUpCreateForm {

    static final Set<String> FIELDS = Set.of("customerId", "purpose", "dueAt", "assigneeId", "note");

    @RestForm public String customerId;
    @RestForm public String purpose;
    @RestForm public String dueAt;
    @RestForm public String assigneeId;
    @RestForm public String note;

    FollowUpCreate toInput(ZoneId zone, FormErrors errors, ConsoleMessages messages) {
        return new FollowUpCreate(uuid("customerId", customerId, errors, messages),
                FormText.choice("purpose", FollowUpPurpose.class, purpose, errors, messages),
                ConsoleTime.read("dueAt", dueAt, zone, errors, messages.invalid_date_time()),
                uuid("assigneeId", assigneeId, errors, messages), note);
    }

    private static UUID uuid(String field, String text, FormErrors errors, ConsoleMessages messages) {
        if (FormText.blank(text)) {
            return null;
        }
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            errors.add(field, messages.required_value());
            return null;
        }
    }
}
