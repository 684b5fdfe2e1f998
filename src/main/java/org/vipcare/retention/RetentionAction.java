package org.vipcare.retention;

/**
 * What may be done to a case, each an endpoint: PROBE ({@code /probe}), OFFER ({@code /offers}), AGREE
 * ({@code /agreement}) and the three closes ({@code /close} with an outcome). A case lists the ones allowed next.
 */
public enum RetentionAction {
    PROBE, OFFER, AGREE, CLOSE_RETAINED, CLOSE_PARTIAL, CLOSE_LOST;

    /** The stage the action leads to from {@code from}: probing keeps a later stage, the rest have a fixed target. */
    public RetentionStage target(RetentionStage from) {
        return switch (this) {
            case PROBE -> from == RetentionStage.TRUST ? RetentionStage.PROBING : from;
            case OFFER -> RetentionStage.PROPOSING;
            case AGREE -> RetentionStage.AGREEING;
            case CLOSE_RETAINED, CLOSE_PARTIAL, CLOSE_LOST -> RetentionStage.CLOSED;
        };
    }

    public static RetentionAction close(RetentionOutcome outcome) {
        return switch (outcome) {
            case RETAINED -> CLOSE_RETAINED;
            case PARTIAL -> CLOSE_PARTIAL;
            case LOST -> CLOSE_LOST;
        };
    }
}
