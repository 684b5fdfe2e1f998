package org.vipcare.visit;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One item of the reference checklist, in both languages under a stable key. */
@RegisterForReflection
public record VisitChecklistEntry(
        @Schema(description = "Stable key, kept on the visits that copied the item; left out for a new item, one is "
                + "made", examples = "know-customer") @Size(max = 40) @Pattern(regexp = "[a-z0-9-]+") String key,
        @Schema(examples = "How well do I know this customer?") @NotBlank @Size(max = 300) String en,
        @Schema(examples = "我对这个客户了解多少？") @NotBlank @Size(max = 300) String zh) {

    /** The text in a language tag's language: Chinese for zh*, else English. */
    public String text(String languageTag) {
        return languageTag != null && languageTag.startsWith("zh") ? zh : en;
    }
}
