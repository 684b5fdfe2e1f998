package org.vipcare.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import org.vipcare.common.VipCareConfig;
import org.vipcare.consumption.ConsumptionPurpose;
import org.vipcare.consumption.ConsumptionRecorded;

/**
 * After-calls (SPEC 8): a purchase gets an AFTER_PURCHASE call, a repair an AFTER_REPAIR call, for the customer's
 * manager, once per consumption record (the unique index {@code follow_up_after_call_once}; a replayed batch stores
 * no record twice, so it fires no record twice either).
 *
 * <p>When it falls due ({@link #dueAt}): the customer's first contact slot from a day after the record on (a day to
 * use what was bought or repaired), if that slot lies within the configured days
 * ({@code vipcare.follow-ups.after-purchase-days} / {@code after-repair-days}) of the record; else, when weekends and
 * holidays push it past them, the first slot from the record (or from its arrival, when it came late) on. When no slot
 * lies within the days at all, the call takes the first one there is: a call never falls outside the contact window
 * or on a day off.
 *
 * <p>Made inside the batch's transaction in two statements whatever the batch's size: the customers' windows and
 * managers in one read, the calls in one insert.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AfterCalls {

    /** The wait before an after-call, so the customer has used what was bought or repaired. */
    static final Duration SETTLE = Duration.ofDays(1);

    private static final String CUSTOMERS = """
            select id, manager_id, contact_from, contact_to from customer where id in (:ids)
            """;

    /** Takes {@code x (record_id, customer_id, purpose, due_at, assignee_id, note)}. */
    private static final String CREATE = """
            insert into follow_up (id, customer_id, purpose, due_at, assignee_id, status, note, attempts,
                                   max_attempts, brief, consumption_record_id, created_at, updated_at, version)
            select gen_random_uuid(), x.customer_id, x.purpose, x.due_at, x.assignee_id, 'OPEN', x.note, 0,
                   :maxTries, x.purpose, x.record_id, :now, :now, 0
              from %s
            on conflict (consumption_record_id) where consumption_record_id is not null do nothing
            """;

    private final EntityManager em;
    private final CallTimes callTimes;
    private final VipCareConfig config;

    public AfterCalls(EntityManager em, CallTimes callTimes, VipCareConfig config) {
        this.em = em;
        this.callTimes = callTimes;
        this.config = config;
    }

    @SuppressWarnings("unchecked")
    void schedule(@Observes ConsumptionRecorded recorded) {
        List<ConsumptionRecorded.Recorded> calling = recorded.records().stream()
                .filter(r -> r.purpose() != ConsumptionPurpose.USAGE).toList();
        if (calling.isEmpty()) {
            return;
        }
        Map<UUID, Object[]> customers = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery(CUSTOMERS)
                .setParameter("ids", calling.stream().map(ConsumptionRecorded.Recorded::customerId).distinct().toList())
                .getResultList();
        rows.forEach(row -> customers.put((UUID) row[0], row));
        ContactSlots slots = callTimes.slots();
        int made = 0;
        // Values we made or the database gave back, never user text: safe as literals.
        StringJoiner values = new StringJoiner(", ", "(values ",
                ") as x (record_id, customer_id, purpose, due_at, assignee_id, note)");
        for (ConsumptionRecorded.Recorded record : calling) {
            Object[] customer = customers.get(record.customerId());
            if (customer == null) {
                continue;
            }
            LocalTime from = time(customer[2]);
            LocalTime to = time(customer[3]);
            int days = days(record.purpose());
            Instant due = dueAt(slots, record.occurredAt(), recorded.at(), days, from, to);
            values.add("(uuid '" + record.id() + "', uuid '" + record.customerId() + "', '" + purpose(record.purpose())
                    + "', timestamptz '" + due + "', " + (customer[1] == null ? "cast(null as uuid)"
                            : "uuid '" + customer[1] + "'")
                    + ", '" + note(record, days, slots) + "')");
            made++;
        }
        if (made == 0) {
            return;
        }
        em.createNativeQuery(CREATE.formatted(values)).setParameter("maxTries", callTimes.maxTries())
                .setParameter("now", recorded.at()).executeUpdate();
    }

    /** The due time of the after-call of a record made at {@code occurredAt} and stored at {@code storedAt}. */
    static Instant dueAt(ContactSlots slots, Instant occurredAt, Instant storedAt, int days, LocalTime from,
            LocalTime to) {
        Instant latest = occurredAt.plus(Duration.ofDays(days));
        Instant settled = slots.next(later(occurredAt.plus(SETTLE), storedAt), from, to);
        return settled.isAfter(latest) ? slots.next(later(occurredAt, storedAt), from, to) : settled;
    }

    private int days(ConsumptionPurpose purpose) {
        return purpose == ConsumptionPurpose.PURCHASE ? config.followUps().afterPurchaseDays()
                : config.followUps().afterRepairDays();
    }

    private static FollowUpPurpose purpose(ConsumptionPurpose purpose) {
        return purpose == ConsumptionPurpose.PURCHASE ? FollowUpPurpose.AFTER_PURCHASE : FollowUpPurpose.AFTER_REPAIR;
    }

    private static String note(ConsumptionRecorded.Recorded record, int days, ContactSlots slots) {
        String day = record.occurredAt().atZone(slots.zone()).toLocalDate().toString();
        return record.purpose() == ConsumptionPurpose.PURCHASE
                ? "Purchase on " + day + ": call within " + days + " days to ask how it serves the customer (新购回访)"
                : "Repair on " + day + ": call within " + days + " days to check the repair holds (维修保养回访)";
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalTime time(Object value) {
        return value == null ? null : value instanceof java.sql.Time t ? t.toLocalTime() : (LocalTime) value;
    }
}
