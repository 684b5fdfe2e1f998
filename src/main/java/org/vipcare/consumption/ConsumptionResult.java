package org.vipcare.consumption;

import java.util.List;
import org.vipcare.common.Problem;

/** Answer of a consumption batch: stored, already known (same externalId), and refused with reasons. */
public record ConsumptionResult(int accepted, int duplicates, List<Rejected> rejected) {

    /** {@code index} is the 0-based position of the record in the array sent. */
    public record Rejected(int index, String externalId, List<Problem.Violation> violations) {
    }
}
