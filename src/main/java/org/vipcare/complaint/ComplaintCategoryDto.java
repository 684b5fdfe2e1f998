package org.vipcare.complaint;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A complaint category as the API shows it; version is its ETag. */
@RegisterForReflection
@Schema(examples = ComplaintExamples.CATEGORY)
public record ComplaintCategoryDto(String code, String nameEn, String nameZh, boolean active, int sortOrder,
        Instant updatedAt, String updatedBy, long version) {

    public static ComplaintCategoryDto from(ComplaintCategory c) {
        return new ComplaintCategoryDto(c.code, c.nameEn, c.nameZh, c.active, c.sortOrder, c.updatedAt, c.updatedBy,
                c.version);
    }
}
