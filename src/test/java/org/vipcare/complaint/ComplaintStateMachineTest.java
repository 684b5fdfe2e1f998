package org.vipcare.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;

/** The complaint state machine with a fixed clock: every move allowed and refused. */
class ComplaintStateMachineTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void theAllowedMovesAreExactlyTheseWhileReopeningIsOpen() {
        assertEquals(EnumSet.of(ComplaintStatus.CONTACTED), ComplaintStatus.RECEIVED.moves());
        assertEquals(EnumSet.of(ComplaintStatus.IN_PROGRESS), ComplaintStatus.CONTACTED.moves());
        assertEquals(EnumSet.of(ComplaintStatus.IN_PROGRESS, ComplaintStatus.RESOLVED),
                ComplaintStatus.IN_PROGRESS.moves());
        assertEquals(EnumSet.of(ComplaintStatus.CLOSED, ComplaintStatus.REOPENED), ComplaintStatus.RESOLVED.moves());
        assertEquals(EnumSet.of(ComplaintStatus.REOPENED), ComplaintStatus.CLOSED.moves());
        assertEquals(EnumSet.of(ComplaintStatus.IN_PROGRESS, ComplaintStatus.RESOLVED),
                ComplaintStatus.REOPENED.moves());
    }

    @ParameterizedTest
    @EnumSource(ComplaintStatus.class)
    void everyMoveOutsideTheTableIsRefusedNamingTheAllowedOnes(ComplaintStatus from) {
        Instant now = CLOCK.instant();
        for (ComplaintStatus target : ComplaintStatus.values()) {
            Complaint complaint = complaint(from, now.minus(Duration.ofDays(1)));
            if (from.moves().contains(target)) {
                assertEquals(from, complaint.moveTo(target, now));
                assertEquals(target, complaint.status);
            } else {
                ProblemException refused = assertThrows(ProblemException.class, () -> complaint.moveTo(target, now));
                assertEquals(ProblemType.ILLEGAL_TRANSITION, refused.type);
                assertTrue(refused.getMessage().contains("Allowed moves: " + Complaint.describe(from.moves())),
                        refused.getMessage());
                assertEquals(from, complaint.status);
            }
        }
    }

    @Test
    void reopeningClosesThirtyDaysAfterTheResolution() {
        Instant now = CLOCK.instant();
        Complaint lastDay = complaint(ComplaintStatus.CLOSED, now.minus(Complaint.REOPEN_WINDOW));
        assertEquals(Set.of(ComplaintStatus.REOPENED), lastDay.allowedMoves(now));
        lastDay.moveTo(ComplaintStatus.REOPENED, now);

        Complaint tooLate = complaint(ComplaintStatus.RESOLVED, now.minus(Complaint.REOPEN_WINDOW).minusSeconds(1));
        assertEquals(Set.of(ComplaintStatus.CLOSED), tooLate.allowedMoves(now));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> tooLate.moveTo(ComplaintStatus.REOPENED, now));
        assertTrue(refused.getMessage().contains("within 30 days"), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("Allowed moves: CLOSED."), refused.getMessage());

        Complaint closedLongAgo = complaint(ComplaintStatus.CLOSED, now.minus(Duration.ofDays(60)));
        assertTrue(closedLongAgo.allowedMoves(now).isEmpty());
        assertTrue(assertThrows(ProblemException.class, () -> closedLongAgo.moveTo(ComplaintStatus.REOPENED, now))
                .getMessage().endsWith("Allowed moves: none."));
    }

    @Test
    void contactAndFeedbackRecordWhetherTheirClockWasMet() {
        Instant now = CLOCK.instant();
        Complaint complaint = complaint(ComplaintStatus.RECEIVED, null);
        complaint.contactDueAt = now;
        complaint.feedbackDueAt = now.plus(Duration.ofDays(3));
        complaint.contact(now);
        assertTrue(complaint.contactOnTime);
        complaint.contact(now.plusSeconds(1));
        assertEquals(false, complaint.contactOnTime);

        complaint.feedback(complaint.feedbackDueAt.plusSeconds(1));
        assertEquals(false, complaint.feedbackOnTime);
        complaint.feedback(now);
        assertEquals(false, complaint.feedbackOnTime, "only the first feedback counts");
    }

    @Test
    void onlyAVerificationAfterTheLatestResolutionLetsTheComplaintClose() {
        Instant resolvedAt = CLOCK.instant().minus(Duration.ofDays(2));
        Complaint complaint = complaint(ComplaintStatus.RESOLVED, resolvedAt);
        assertFalse(complaint.isVerified(), "no call reached the customer yet");
        complaint.verifiedAt = resolvedAt.minusSeconds(1);
        assertFalse(complaint.isVerified(), "a call before this resolution (reopened since) does not count");
        complaint.verifiedAt = resolvedAt;
        assertTrue(complaint.isVerified());
        complaint.verifiedAt = resolvedAt.plus(Duration.ofDays(1));
        assertTrue(complaint.isVerified());
        assertFalse(complaint(ComplaintStatus.IN_PROGRESS, null).isVerified());
    }

    private static Complaint complaint(ComplaintStatus status, Instant resolvedAt) {
        Complaint complaint = new Complaint();
        complaint.id = UUID.randomUUID();
        complaint.status = status;
        complaint.resolvedAt = resolvedAt;
        return complaint;
    }
}
