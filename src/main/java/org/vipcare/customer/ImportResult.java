package org.vipcare.customer;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.vipcare.common.Problem;

/** Answer of a CSV import: what was created and updated, and each rejected line with its reasons. */
@RegisterForReflection
public record ImportResult(int created, int updated, List<RejectedLine> rejected) {

    @RegisterForReflection
    public record RejectedLine(long line, List<Problem.Violation> violations) {
    }
}
