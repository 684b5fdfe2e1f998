package org.vipcare.complaint.console;

import org.vipcare.console.ConsoleMessages;
import org.vipcare.console.ConsoleTime;
import org.vipcare.console.FormErrors;
import org.vipcare.console.FormText;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.vipcare.common.Text;
import org.vipcare.complaint.ComplainantType;
import org.vipcare.complaint.ComplaintChannel;
import org.vipcare.complaint.ComplaintCreate;
import org.vipcare.complaint.ComplaintPurpose;

/** The complaint record form (抱怨记录单) as the browser sends it; input names are the API's field names. */
public class ComplaintForm {

    static final Set<String> FIELDS = Set.of("customerId", "receivedAt", "channel", "place", "category", "summary",
            "demand", "complainantType", "purpose", "staffConcernedId");

    @RestForm public String customerId;
    /** The customer field's search box and the text its listed matches were found for ({@code {#customerPicker}}). */
    @RestForm public String customerQuery;
    @RestForm public String customerSearched;
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

    /**
     * The API's input for the customer the picker settled on (null when none, its message already noted); what cannot
     * be read is noted in the errors and left null for Bean Validation.
     */
    ComplaintCreate toInput(UUID customer, ZoneId zone, FormErrors errors, ConsoleMessages messages) {
        return new ComplaintCreate(customer,
                ConsoleTime.read("receivedAt", receivedAt, zone, errors, messages.invalid_date_time()),
                FormText.choice("channel", ComplaintChannel.class, channel, errors, messages), Text.trimToNull(place),
                Text.trimToNull(category), Text.trimToNull(summary), Text.trimToNull(demand),
                FormText.choice("complainantType", ComplainantType.class, complainantType, errors, messages),
                FormText.choice("purpose", ComplaintPurpose.class, purpose, errors, messages), null,
                FormText.uuid("staffConcernedId", staffConcernedId, errors, messages));
    }
}
