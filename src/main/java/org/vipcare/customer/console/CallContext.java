package org.vipcare.customer.console;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.vipcare.customer.ContactChannel;
import org.vipcare.customer.TimelineEvent;

/**
 * What a person about to call a customer needs beside the form ({@code tags/callContext.html}): the numbers, callable
 * ({@code tel:}) only when shown in full, the preferred channel and contact window, the customer's local time now and
 * whether it falls in the window, and the last contacts, newest first.
 */
public record CallContext(UUID customerId, String name, List<Phone> phones, boolean masked,
        ContactChannel preferredChannel, LocalTime contactFrom, LocalTime contactTo, LocalTime localTime, String zone,
        List<TimelineEvent> recent, Map<TimelineEvent, String> words) {

    /** One number: {@code kind} is mobile, office or home; {@code tel} is null when the number is masked. */
    public record Phone(String kind, String number, String tel) {

        static Phone of(String kind, String number, boolean masked) {
            return new Phone(kind, number, masked ? null : "tel:" + number.replaceAll("[^0-9+]", ""));
        }
    }

    public boolean hasWindow() {
        return contactFrom != null && contactTo != null;
    }

    /** Whether now is inside the contact window, which may run past midnight; false without a window. */
    public boolean inWindow() {
        if (!hasWindow()) {
            return false;
        }
        return contactFrom.isBefore(contactTo)
                ? !localTime.isBefore(contactFrom) && localTime.isBefore(contactTo)
                : !localTime.isBefore(contactFrom) || localTime.isBefore(contactTo);
    }

    /** An entry of {@link #recent} in the reader's language. */
    public String text(TimelineEvent event) {
        return words.get(event);
    }

    /** The customer page or object page an entry of {@link #recent} links to; null when it links nowhere. */
    public String link(TimelineEvent event) {
        if (event.withheld() || event.refId() == null) {
            return null;
        }
        return switch (event.kind()) {
            case COMPLAINT -> "/admin/complaints/" + event.refId();
            case RETENTION_CASE -> "/admin/retention/" + event.refId();
            case FOLLOW_UP_ATTEMPT -> "/admin/follow-ups/" + event.refId();
            default -> null;
        };
    }
}
