package org.vipcare.visit;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The reference preparation checklist a visit starts from (seed 002, "before the visit"). */
@RegisterForReflection
@Schema(name = "VisitChecklist", examples = VisitExamples.CHECKLIST)
public record VisitChecklistDto(List<VisitChecklistEntry> items, Instant updatedAt,
        @Schema(description = "The ETag without quotes: send it as If-Match to replace the checklist") long version) {
}
