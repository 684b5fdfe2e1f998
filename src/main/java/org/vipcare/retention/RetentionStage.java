package org.vipcare.retention;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The five stages of a retention talk (挽留五个关键环节, SPEC 3): TRUST 建立信任 → PROBING 探询原因 → PROPOSING 提出建议
 * → AGREEING 达成共识 → CLOSED 圆满结束. Probing again and adding offers keep a stage; LOST closes from any open stage.
 */
public enum RetentionStage {
    TRUST, PROBING, PROPOSING, AGREEING, CLOSED;

    private static final Map<RetentionStage, Set<RetentionAction>> ACTIONS = new EnumMap<>(RetentionStage.class);

    static {
        ACTIONS.put(TRUST, EnumSet.of(RetentionAction.PROBE, RetentionAction.CLOSE_LOST));
        ACTIONS.put(PROBING, EnumSet.of(RetentionAction.PROBE, RetentionAction.OFFER, RetentionAction.CLOSE_LOST));
        ACTIONS.put(PROPOSING, EnumSet.of(RetentionAction.PROBE, RetentionAction.OFFER, RetentionAction.AGREE,
                RetentionAction.CLOSE_LOST));
        ACTIONS.put(AGREEING, EnumSet.of(RetentionAction.CLOSE_RETAINED, RetentionAction.CLOSE_PARTIAL,
                RetentionAction.CLOSE_LOST));
        ACTIONS.put(CLOSED, EnumSet.noneOf(RetentionAction.class));
    }

    /** The actions this stage allows, before the guards on the case's content. */
    public Set<RetentionAction> actions() {
        return Collections.unmodifiableSet(ACTIONS.get(this));
    }

    /** The stages this one may move to: where its actions lead. */
    public Set<RetentionStage> moves() {
        Set<RetentionStage> moves = EnumSet.noneOf(RetentionStage.class);
        actions().forEach(action -> moves.add(action.target(this)));
        return moves;
    }

    /**
     * Whether the reason the customer gave may still be recorded or corrected: until offers are made. A case opened
     * before the customer was spoken to (a WATCH customer) has none yet; once retaining starts the first reason stands
     * as given, since the stats compare it with the real one.
     */
    public boolean takesStatedReason() {
        return this == TRUST || this == PROBING;
    }

    public boolean isOpen() {
        return this != CLOSED;
    }
}
