package org.vipcare.followup;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;
import org.vipcare.calendar.BusinessCalendars;
import org.vipcare.common.VipCareConfig;
import org.vipcare.customer.CustomerLookup;
import org.vipcare.customer.LiveCustomer;

/**
 * Every due time the system sets for a call goes through here (SPEC 8, "When calls fall due"): the business calendar
 * as it stands, the customer's contact window and the configured retry delays, put together for {@link ContactSlots}
 * and {@link FollowUpSchedule}.
 */
@ApplicationScoped
public class CallTimes {

    private final BusinessCalendars calendars;
    private final CustomerLookup customers;
    private final VipCareConfig config;

    public CallTimes(BusinessCalendars calendars, CustomerLookup customers, VipCareConfig config) {
        this.calendars = calendars;
        this.customers = customers;
        this.config = config;
    }

    /** The slots of the calendar as it stands, for many customers at once (their windows given by the caller). */
    public ContactSlots slots() {
        return new ContactSlots(calendars.current());
    }

    /** The first moment at or after {@code at} the customer may be called. */
    public Instant nextSlot(UUID customerId, Instant at) {
        LiveCustomer customer = customers.find(customerId).orElse(null);
        return slots().next(at, customer == null ? null : customer.contactFrom(),
                customer == null ? null : customer.contactTo());
    }

    /** The customer's retry schedule. */
    public FollowUpSchedule schedule(UUID customerId) {
        LiveCustomer customer = customers.find(customerId).orElse(null);
        return new FollowUpSchedule(config.followUps().retryDelays(), slots(),
                customer == null ? null : customer.contactFrom(), customer == null ? null : customer.contactTo());
    }

    /**
     * The due time of a call meant for {@code at}, per contact window, as a SQL relation
     * {@code w (contact_from, contact_to, due_at)} for set-based inserts that join it on the customer's window (is not
     * distinct from: no window is a window too). {@code windows} are the distinct (from, to) pairs concerned.
     */
    public String dueByWindow(List<Object[]> windows, Instant at) {
        ContactSlots slots = slots();
        StringJoiner rows = new StringJoiner(", ", "(values ", ") as w (contact_from, contact_to, due_at)");
        for (Object[] window : windows) {
            LocalTime from = time(window[0]);
            LocalTime to = time(window[1]);
            rows.add("(" + literal(from) + ", " + literal(to) + ", timestamptz '" + slots.next(at, from, to) + "')");
        }
        return rows.toString();
    }

    private static LocalTime time(Object value) {
        return value == null ? null : value instanceof java.sql.Time t ? t.toLocalTime() : (LocalTime) value;
    }

    // Values the database gave back, never user text: safe as literals.
    private static String literal(LocalTime time) {
        return time == null ? "cast(null as time)" : "time '" + time + "'";
    }

    /** Failed tries after which a new task is given up. */
    public int maxTries() {
        return config.followUps().maxTries();
    }
}
