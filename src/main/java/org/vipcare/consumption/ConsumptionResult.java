package org.vipcare.consumption;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.vipcare.common.Problem;

/** Answer of a consumption batch: stored, already known (same externalId), and refused with reasons. */
@RegisterForReflection
@Schema(examples = ConsumptionExamples.RESULT)
public record ConsumptionResult(int accepted, int duplicates, List<Rejected> rejected) {

    /** {@code index} is the 0-based position of the record in the array sent. */
    @RegisterForReflection
    public record Rejected(int index, String externalId, List<Problem.Violation> violations) {
    }
}
