package org.vipcare.visit;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One preparation item of a visit, as stored on it (visit.checklist): the text as planned, whether it is done, and the
 * key of the reference item it was copied from (null for the manager's own items).
 */
@RegisterForReflection
public record VisitChecklistItem(
        @Schema(description = "The reference item it was copied from (GET /visit-checklist); null for an own item",
                examples = "know-customer") @Size(max = 40) String key,
        @Schema(description = "What to prepare; a reference item's text in the planner's language",
                examples = "我对这个客户了解多少：业务、关键人物、与我们的往来？") @NotBlank @Size(max = 300) String item,
        boolean done) {
}
