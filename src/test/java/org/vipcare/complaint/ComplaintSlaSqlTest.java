package org.vipcare.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/**
 * The SLA state and "overdue" of a complaint in Java ({@link ComplaintSla#state}, {@link ComplaintSla#runningDue}) and
 * in SQL ({@link ComplaintSla#stateSql}, {@link ComplaintSla#OVERDUE_SQL}, what the complaint list filters with) agree
 * on the same complaints, stored in the real table (its generated next_due_at included) and rolled back.
 */
@QuarkusTest
class ComplaintSlaSqlTest {

    private static final Instant NOW = Instant.parse("2026-01-10T10:00:00Z");

    @Inject
    EntityManager em;

    @Inject
    UserTransaction transaction;

    /** One clock: its breach mark, when it was satisfied and whether in time, its warning and due times. */
    private record Clock(String name, boolean breachMarked, Instant satisfiedAt, Boolean onTime, Instant warnAt,
            Instant dueAt, ComplaintSlaState expected) {
    }

    private static final List<Clock> CLOCKS = List.of(
            running("running, before its warning share", hours(1), hours(2), ComplaintSlaState.ON_TRACK),
            running("running, warning share starts now", hours(0), hours(1), ComplaintSlaState.WARNING),
            running("running, in its warning share", hours(-1), hours(1), ComplaintSlaState.WARNING),
            running("running, due exactly now", hours(-1), hours(0), ComplaintSlaState.WARNING),
            running("running, past due, not marked yet", hours(-2), NOW.minusSeconds(1), ComplaintSlaState.BREACHED),
            new Clock("marked by the detector, then met", true, hours(-1), false, hours(-3), hours(-2),
                    ComplaintSlaState.BREACHED),
            new Clock("marked, though met in time (sticky)", true, hours(-3), true, hours(-2), hours(-1),
                    ComplaintSlaState.BREACHED),
            new Clock("met late, not marked yet", false, hours(-1), false, hours(-3), hours(-2),
                    ComplaintSlaState.BREACHED),
            new Clock("met in time", false, hours(-3), true, hours(-2), hours(-1), ComplaintSlaState.MET),
            new Clock("met in time, its due time passed since", false, hours(-5), true, hours(-4), hours(-3),
                    ComplaintSlaState.MET));

    private static final Clock MET = CLOCKS.get(8);
    private static final Clock ON_TRACK = CLOCKS.get(0);

    @Test
    void javaAndSqlGiveEveryComplaintTheSameStateAndOverdue() throws Exception {
        Caller agent = TestData.newUser(Role.AGENT);
        UUID customer = UUID.fromString(TestData.createCustomer(agent, TestData.customerBody("SLA in SQL")));
        inRolledBackTransaction(() -> {
            List<Complaint> complaints = new ArrayList<>();
            for (Clock clock : CLOCKS) {
                // the contact clock in each state while feedback runs, then feedback in each state once contacted
                complaints.add(complaint(customer, agent.id(), ComplaintStatus.CONTACTED, clock, ON_TRACK));
                complaints.add(complaint(customer, agent.id(), ComplaintStatus.IN_PROGRESS, MET, clock));
                complaints.add(complaint(customer, agent.id(), ComplaintStatus.CLOSED, clock, clock));
            }
            em.flush();
            List<UUID> ids = complaints.stream().map(c -> c.id).toList();
            Map<ComplaintSlaState, List<UUID>> bySql = new EnumMap<>(ComplaintSlaState.class);
            for (ComplaintSlaState state : ComplaintSlaState.values()) {
                bySql.put(state, select(ComplaintSla.stateSql(state), ids));
            }
            List<UUID> overdueBySql = select(ComplaintSla.OVERDUE_SQL, ids);

            for (Complaint c : complaints) {
                String label = c.status + ", contact " + c.summary;
                ComplaintSlaState java = c.slaState(NOW);
                for (ComplaintSlaState state : ComplaintSlaState.values()) {
                    assertEquals(state == java, bySql.get(state).contains(c.id), state + " in SQL: " + label);
                }
                boolean overdue = ComplaintSla.overdue(ComplaintSla.runningDue(c.status, c.contactedAt,
                        c.contactDueAt, c.feedbackAt, c.feedbackDueAt), NOW);
                assertEquals(overdue, overdueBySql.contains(c.id), "overdue in SQL: " + label);
            }
        });
    }

    @Test
    void eachClockIsInTheStateItsCaseNames() {
        for (Clock clock : CLOCKS) {
            Complaint contact = complaint(null, null, ComplaintStatus.CONTACTED, clock, ON_TRACK);
            assertEquals(clock.expected(), contact.contactSla(NOW), "contact " + clock.name());
            Complaint feedback = complaint(null, null, ComplaintStatus.IN_PROGRESS, MET, clock);
            assertEquals(clock.expected(), feedback.feedbackSla(NOW), "feedback " + clock.name());
            assertEquals(clock.expected().worse(ComplaintSlaState.MET), feedback.slaState(NOW));
        }
        assertEquals(ComplaintSlaState.MET, complaint(null, null, ComplaintStatus.CLOSED, MET, MET).slaState(NOW));
    }

    @Test
    void overdueMeansTheRunningClockIsPastDueOnAnOpenComplaint() {
        Clock pastDue = CLOCKS.get(4);
        assertTrue(overdue(complaint(null, null, ComplaintStatus.RECEIVED, pastDue, ON_TRACK)));
        assertTrue(overdue(complaint(null, null, ComplaintStatus.IN_PROGRESS, MET, pastDue)));
        assertFalse(overdue(complaint(null, null, ComplaintStatus.CLOSED, pastDue, pastDue)), "closed");
        assertFalse(overdue(complaint(null, null, ComplaintStatus.RECEIVED, ON_TRACK, pastDue)),
                "feedback runs only once contacted");
        assertFalse(overdue(complaint(null, null, ComplaintStatus.RESOLVED, MET, MET)), "no clock runs");
    }

    private List<UUID> select(String condition, List<UUID> ids) {
        @SuppressWarnings("unchecked")
        List<UUID> found = em.createNativeQuery("select c.id from complaint c where c.id in (:ids) and " + condition)
                .setParameter("ids", ids).setParameter("now", NOW).getResultList();
        return found;
    }

    private static boolean overdue(Complaint c) {
        return ComplaintSla.overdue(ComplaintSla.runningDue(c.status, c.contactedAt, c.contactDueAt, c.feedbackAt,
                c.feedbackDueAt), NOW);
    }

    /** A complaint with these clocks, persisted when a customer and owner are given. */
    private static Complaint complaint(UUID customerId, UUID ownerId, ComplaintStatus status, Clock contact,
            Clock feedback) {
        Complaint c = new Complaint();
        c.stampNew(NOW);
        c.customerId = customerId;
        c.receivedAt = NOW.minus(Duration.ofDays(1));
        c.channel = ComplaintChannel.PHONE;
        c.category = "OTHER";
        c.summary = contact.name() + ", feedback " + feedback.name();
        c.firstReceiverId = ownerId;
        c.ownerId = ownerId;
        c.status = status;
        c.slaMultiplier = BigDecimal.ONE;
        c.contactBreached = contact.breachMarked();
        c.contactedAt = contact.satisfiedAt();
        c.contactOnTime = contact.onTime();
        c.contactWarnAt = contact.warnAt();
        c.contactDueAt = contact.dueAt();
        c.feedbackBreached = feedback.breachMarked();
        c.feedbackAt = feedback.satisfiedAt();
        c.feedbackOnTime = feedback.onTime();
        c.feedbackWarnAt = feedback.warnAt();
        c.feedbackDueAt = feedback.dueAt();
        if (customerId != null) {
            c.persist();
        }
        return c;
    }

    private static Clock running(String name, Instant warnAt, Instant dueAt, ComplaintSlaState expected) {
        return new Clock(name, false, null, null, warnAt, dueAt, expected);
    }

    private static Instant hours(int hours) {
        return NOW.plus(Duration.ofHours(hours));
    }

    /** Runs {@code work} in a transaction that is rolled back, so that the cases leave nothing behind. */
    private void inRolledBackTransaction(Runnable work) throws Exception {
        transaction.begin();
        try {
            work.run();
        } finally {
            transaction.rollback();
        }
    }
}
