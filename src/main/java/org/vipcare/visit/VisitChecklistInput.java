package org.vipcare.visit;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT /api/v1/visit-checklist}: the whole list, in the order shown. */
@RegisterForReflection
@Schema(name = "VisitChecklistInput", examples = VisitExamples.CHECKLIST_INPUT)
public record VisitChecklistInput(@NotEmpty @Size(max = 50) List<@Valid @NotNull VisitChecklistEntry> items) {
}
