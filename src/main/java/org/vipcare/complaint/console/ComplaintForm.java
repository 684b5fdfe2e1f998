package org.vipcare.complaint.console;

import org.vipcare.console.AppMessages;
import org.vipcare.console.ConsoleTime;
import org.vipcare.console.FormErrors;
import org.vipcare.console.FormText;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.vipcare.complaint.ComplainantType;
import org.vipcare.complaint.ComplaintChannel;
import org.vipcare.complaint.ComplaintCreate;
import org.vipcare.complaint.ComplaintPurpose;

/** The complaint record form (抱怨记录单) as the browser sends it; input names are the API's field names. */
public class ComplaintForm {

    static final Set<String> FIELDS = Set.of("customerId", "receivedAt", "channel", "place", "category", "summary",
            "demand", "complainantType", "purpose", "staffConcernedId");

    @RestForm public String customerId;
    @RestForm public String receivedAt;
    @RestForm public String channel;
    @RestForm public String place;
    @RestForm public String category;
    @RestForm public String summary;
    @RestForm public String demand;
    @RestForm public String complainantType;
    @RestForm public String purpose;
    @RestForm public String staffConcernedId;

    /** A new record received now by phone, for the given customer if any. */
    static ComplaintForm blank(String customerId, Instant now, ZoneId zone) {
        ComplaintForm form = new ComplaintForm();
        form.customerId = customerId;
        form.receivedAt = ConsoleTime.input(now, zone);
        form.channel = ComplaintChannel.PHONE.name();
        return form;
    }

    /** The API's input; what cannot be read is noted in the errors and left null for Bean Validation. */
    ComplaintCreate toInput(ZoneId zone, FormErrors errors, AppMessages messages, ComplaintMessages texts) {
        return new ComplaintCreate(uuid("customerId", customerId, errors, messages),
                ConsoleTime.read("receivedAt", receivedAt, zone, errors, texts.invalid_date_time()),
                choice("channel", ComplaintChannel.class, channel, errors, messages), trim(place), trim(category),
                trim(summary), trim(demand),
                choice("complainantType", ComplainantType.class, complainantType, errors, messages),
                choice("purpose", ComplaintPurpose.class, purpose, errors, messages), null,
                uuid("staffConcernedId", staffConcernedId, errors, messages));
    }

    static UUID uuid(String field, String text, FormErrors errors, AppMessages messages) {
        if (FormText.blank(text)) {
            return null;
        }
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            errors.add(field, messages.invalid_choice());
            return null;
        }
    }

    public static <E extends Enum<E>> E choice(String field, Class<E> type, String text, FormErrors errors,
            AppMessages messages) {
        if (FormText.blank(text)) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim());
        } catch (IllegalArgumentException e) {
            errors.add(field, messages.invalid_choice());
            return null;
        }
    }

    private static String trim(String value) {
        return FormText.blank(value) ? null : value.trim();
    }
}
