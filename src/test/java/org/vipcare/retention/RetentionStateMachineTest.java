package org.vipcare.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;

/** The five-stage machine and its guards with a fixed clock: every action allowed and refused. */
class RetentionStateMachineTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void theStageMovesAreExactlyThese() {
        assertEquals(EnumSet.of(RetentionStage.PROBING, RetentionStage.CLOSED), RetentionStage.TRUST.moves());
        assertEquals(EnumSet.of(RetentionStage.PROBING, RetentionStage.PROPOSING, RetentionStage.CLOSED),
                RetentionStage.PROBING.moves());
        assertEquals(EnumSet.of(RetentionStage.PROPOSING, RetentionStage.AGREEING, RetentionStage.CLOSED),
                RetentionStage.PROPOSING.moves());
        assertEquals(EnumSet.of(RetentionStage.CLOSED), RetentionStage.AGREEING.moves());
        assertTrue(RetentionStage.CLOSED.moves().isEmpty());
    }

    @Test
    void aWellPreparedCaseAllowsTheseActionsPerStage() {
        assertEquals(EnumSet.of(RetentionAction.PROBE, RetentionAction.CLOSE_LOST),
                prepared(RetentionStage.TRUST).allowedActions());
        assertEquals(EnumSet.of(RetentionAction.PROBE, RetentionAction.OFFER, RetentionAction.CLOSE_LOST),
                prepared(RetentionStage.PROBING).allowedActions());
        assertEquals(EnumSet.of(RetentionAction.PROBE, RetentionAction.OFFER, RetentionAction.AGREE,
                RetentionAction.CLOSE_LOST), prepared(RetentionStage.PROPOSING).allowedActions());
        assertEquals(EnumSet.of(RetentionAction.CLOSE_RETAINED, RetentionAction.CLOSE_PARTIAL,
                RetentionAction.CLOSE_LOST), prepared(RetentionStage.AGREEING).allowedActions());
        assertTrue(prepared(RetentionStage.CLOSED).allowedActions().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(RetentionStage.class)
    void everyActionOutsideTheTableIsRefusedNamingTheAllowedOnes(RetentionStage from) {
        for (RetentionAction action : RetentionAction.values()) {
            RetentionCase c = prepared(from);
            var allowed = c.allowedActions();
            if (allowed.contains(action)) {
                assertEquals(from, c.perform(action, CLOCK.instant()));
                assertEquals(action.target(from), c.stage);
            } else {
                ProblemException refused = assertThrows(ProblemException.class,
                        () -> c.perform(action, CLOCK.instant()));
                assertEquals(409, refused.type.status);
                assertTrue(refused.getMessage().endsWith("Allowed actions: " + RetentionCase.describe(allowed) + "."),
                        refused.getMessage());
                assertEquals(from, c.stage);
            }
        }
    }

    @Test
    void probingKeepsALaterStageAndMovesOnlyTrustForward() {
        assertEquals(RetentionStage.PROBING, RetentionAction.PROBE.target(RetentionStage.TRUST));
        assertEquals(RetentionStage.PROBING, RetentionAction.PROBE.target(RetentionStage.PROBING));
        assertEquals(RetentionStage.PROPOSING, RetentionAction.PROBE.target(RetentionStage.PROPOSING));
    }

    @Test
    void noOfferBeforeTheRealReasonIsKnown() {
        RetentionCase c = prepared(RetentionStage.PROBING);
        c.realReason = null;
        assertFalse(c.allowedActions().contains(RetentionAction.OFFER));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> c.perform(RetentionAction.OFFER, CLOCK.instant()));
        assertEquals(ProblemType.CONFLICT, refused.type);
        assertTrue(refused.getMessage().contains("real reason"), refused.getMessage());

        RetentionCase trust = prepared(RetentionStage.TRUST);
        trust.realReason = null;
        assertEquals(ProblemType.CONFLICT, assertThrows(ProblemException.class,
                () -> trust.perform(RetentionAction.OFFER, CLOCK.instant())).type);
    }

    @Test
    void agreementNeedsTwoOffers() {
        RetentionCase c = prepared(RetentionStage.PROPOSING);
        c.offerCount = 1;
        ProblemException refused = assertThrows(ProblemException.class,
                () -> c.perform(RetentionAction.AGREE, CLOCK.instant()));
        assertEquals(ProblemType.CONFLICT, refused.type);
        assertTrue(refused.getMessage().contains("at least 2 prepared offers, the case has 1"), refused.getMessage());
        assertTrue(refused.getMessage().contains("Allowed actions: PROBE, OFFER, CLOSE_LOST."), refused.getMessage());
        c.offerCount = 2;
        assertEquals(RetentionStage.PROPOSING, c.perform(RetentionAction.AGREE, CLOCK.instant()));
        assertEquals(RetentionStage.AGREEING, c.stage);
    }

    @ParameterizedTest
    @EnumSource(value = RetentionStage.class, names = { "TRUST", "PROBING", "PROPOSING" })
    void retainedAndPartialNeedAnAgreementWhileLostClosesAnyOpenStage(RetentionStage from) {
        RetentionCase c = prepared(from);
        c.agreedOfferId = null;
        for (RetentionAction close : EnumSet.of(RetentionAction.CLOSE_RETAINED, RetentionAction.CLOSE_PARTIAL)) {
            ProblemException refused = assertThrows(ProblemException.class, () -> c.perform(close, CLOCK.instant()));
            assertEquals(ProblemType.CONFLICT, refused.type);
            assertTrue(refused.getMessage().contains("need an agreement first"), refused.getMessage());
        }
        assertEquals(from, c.perform(RetentionAction.CLOSE_LOST, CLOCK.instant()));
        assertEquals(RetentionStage.CLOSED, c.stage);
    }

    @Test
    void aClosedCaseRefusesEverythingAsAnIllegalTransition() {
        for (RetentionAction action : RetentionAction.values()) {
            RetentionCase c = prepared(RetentionStage.CLOSED);
            ProblemException refused = assertThrows(ProblemException.class, () -> c.perform(action, CLOCK.instant()));
            assertEquals(ProblemType.ILLEGAL_TRANSITION, refused.type);
            assertTrue(refused.getMessage().endsWith("Allowed actions: none."), refused.getMessage());
        }
    }

    @ParameterizedTest
    @CsvSource({ "1, 5, 4", "5, 1, -4", "3, 3, 0", "2, 4, 2", "4, 2, -2" })
    void theScoreIsCountermeasureCostMinusSeverity(int severity, int cost, int score) {
        assertEquals(score, RetentionCase.score(cost, severity));
    }

    @ParameterizedTest
    @CsvSource({ "-4, AT_MOST_MINUS_2", "-2, AT_MOST_MINUS_2", "-1, MINUS_1_TO_0", "0, MINUS_1_TO_0",
            "1, PLUS_1_TO_2", "2, PLUS_1_TO_2", "3, AT_LEAST_PLUS_3", "4, AT_LEAST_PLUS_3" })
    void scoresFallIntoTheirBands(int score, RetentionScoreBand band) {
        assertEquals(band, RetentionScoreBand.of(score));
        assertNull(RetentionScoreBand.of(null));
    }

    @Test
    void thePlaybookShowsTheAttitudesQuestionsAndTheCausesStrategy() {
        assertTrue(RetentionPlaybook.relevant("probe.HOSTILE", RetentionAttitude.HOSTILE, true));
        assertFalse(RetentionPlaybook.relevant("probe.NUMB", RetentionAttitude.HOSTILE, true));
        assertTrue(RetentionPlaybook.relevant("probe.NUMB", null, null));
        assertTrue(RetentionPlaybook.relevant("strategy.FIXABLE", null, true));
        assertFalse(RetentionPlaybook.relevant("strategy.NOT_FIXABLE", null, true));
        assertTrue(RetentionPlaybook.relevant("strategy.NOT_FIXABLE", null, false));
        assertTrue(RetentionPlaybook.relevant("agree.PROMOTION", RetentionAttitude.NUMB, false));
        assertTrue(RetentionPlaybook.relevant("value.RAISE_COST", RetentionAttitude.NUMB, false));
    }

    /** A case at {@code stage} whose guards all pass: probed, two offers, agreed. */
    private static RetentionCase prepared(RetentionStage stage) {
        RetentionCase c = new RetentionCase();
        c.id = UUID.randomUUID();
        c.stage = stage;
        c.realReason = "TARIFF";
        c.offerCount = 2;
        c.agreedOfferId = UUID.randomUUID();
        return c;
    }
}
