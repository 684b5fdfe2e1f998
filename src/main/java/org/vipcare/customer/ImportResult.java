package org.vipcare.customer;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.vipcare.common.Problem;

/** Answer of a CSV import: what was created and updated, and each rejected line with its reasons. */
@RegisterForReflection
@Schema(examples = CustomerExamples.IMPORTED)
public record ImportResult(int created, int updated, List<RejectedLine> rejected) {

    @RegisterForReflection
    public record RejectedLine(long line, List<Problem.Violation> violations) {
    }
}
