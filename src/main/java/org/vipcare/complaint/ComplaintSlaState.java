package org.vipcare.complaint;

/**
 * Where an SLA clock stands: running and below 75 % of its length (ON_TRACK), running past 75 % (WARNING, amber),
 * missed — late, past due, or marked by the breach detector, which is sticky (BREACHED) — or met in time (MET).
 */
public enum ComplaintSlaState {
    ON_TRACK(1), WARNING(2), BREACHED(3), MET(0);

    private final int severity;

    ComplaintSlaState(int severity) {
        this.severity = severity;
    }

    /** The more urgent of two states, for a complaint as a whole: BREACHED, then WARNING, ON_TRACK, MET. */
    public ComplaintSlaState worse(ComplaintSlaState other) {
        return other.severity > severity ? other : this;
    }
}
