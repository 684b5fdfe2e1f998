package org.vipcare.complaint;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT /api/v1/complaint-categories/{code}}: the whole category but its code. */
@RegisterForReflection
@Schema(name = "ComplaintCategoryUpdate")
public record ComplaintCategoryUpdate(
        @NotBlank @Size(max = 100) @Schema(example = "Billing") String nameEn,
        @NotBlank @Size(max = 100) @Schema(example = "账单") String nameZh,
        @NotNull @Min(0) @Max(9999) @Schema(description = "Position in lists, smallest first", example = "7")
        Integer sortOrder,
        @Schema(description = "false retires the category: no new complaints, old ones keep it. Default true")
        Boolean active) {
}
