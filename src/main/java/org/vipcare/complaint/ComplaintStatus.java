package org.vipcare.complaint;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The complaint's state machine (SPEC 4): RECEIVED → CONTACTED → IN_PROGRESS → RESOLVED → CLOSED, REOPENED from
 * RESOLVED or CLOSED. A progress entry may follow another, so IN_PROGRESS moves to itself. A reopened complaint was
 * contacted before: it goes back to work (IN_PROGRESS) or straight to a new resolution (RESOLVED).
 */
public enum ComplaintStatus {
    RECEIVED, CONTACTED, IN_PROGRESS, RESOLVED, CLOSED, REOPENED;

    private static final Map<ComplaintStatus, Set<ComplaintStatus>> MOVES = new EnumMap<>(ComplaintStatus.class);

    static {
        MOVES.put(RECEIVED, EnumSet.of(CONTACTED));
        MOVES.put(CONTACTED, EnumSet.of(IN_PROGRESS));
        MOVES.put(IN_PROGRESS, EnumSet.of(IN_PROGRESS, RESOLVED));
        MOVES.put(RESOLVED, EnumSet.of(CLOSED, REOPENED));
        MOVES.put(CLOSED, EnumSet.of(REOPENED));
        MOVES.put(REOPENED, EnumSet.of(IN_PROGRESS, RESOLVED));
    }

    /** The statuses this one may move to, before time-bound rules (the 30-day reopen window). */
    public Set<ComplaintStatus> moves() {
        return Collections.unmodifiableSet(MOVES.get(this));
    }
}
