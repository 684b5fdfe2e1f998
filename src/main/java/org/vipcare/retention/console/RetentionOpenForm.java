package org.vipcare.retention.console;

import org.vipcare.console.ConsoleMessages;
import org.vipcare.console.FormErrors;
import org.vipcare.console.FormText;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.vipcare.retention.RetentionCreate;
import org.vipcare.retention.RetentionType;

/**
 * The small form that opens a retention case from a customer's page: what they want to cancel, and why they say.
 * For a WATCH customer it opens the proactive case ({@code proactive}): the same fields, a NETWORK case by default.
 */
public class RetentionOpenForm {

    static final Set<String> FIELDS = Set.of("customerId", "type", "service", "statedReason", "channel");

    @RestForm public String customerId;
    /** The customer field's search box and the text its listed matches were found for ({@code {#customerPicker}}). */
    @RestForm public String customerQuery;
    @RestForm public String customerSearched;
    @RestForm public String type;
    @RestForm public String service;
    @RestForm public String statedReason;
    @RestForm public String channel;
    /** "true" when the case is opened proactively for a WATCH customer rather than on the customer's request. */
    @RestForm public String proactive;

    /** A new case for the given customer, if any: by phone on the customer's request, proactive for a WATCH one. */
    static RetentionOpenForm forCustomer(UUID customerId, boolean watch) {
        RetentionOpenForm form = new RetentionOpenForm();
        form.customerId = customerId == null ? null : customerId.toString();
        form.type = (watch ? RetentionType.NETWORK : RetentionType.SERVICE).name();
        form.channel = watch ? "PROACTIVE" : "PHONE";
        form.proactive = watch ? "true" : null;
        return form;
    }

    public boolean isProactive() {
        return "true".equals(proactive);
    }

    public boolean isType(RetentionType t) {
        return t.name().equals(type);
    }

    /** The API's input for the customer the picker settled on (null when none, its message already noted). */
    RetentionCreate toCreate(UUID customer, FormErrors errors, ConsoleMessages messages) {
        return new RetentionCreate(customer,
                FormText.choice("type", RetentionType.class, type, errors, messages),
                service, statedReason, channel);
    }
}
