package org.vipcare.complaint;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/** A complaint category as the API shows it; version is its ETag. */
@RegisterForReflection
public record ComplaintCategoryDto(String code, String nameEn, String nameZh, boolean active, int sortOrder,
        Instant updatedAt, String updatedBy, long version) {

    public static ComplaintCategoryDto from(ComplaintCategory c) {
        return new ComplaintCategoryDto(c.code, c.nameEn, c.nameZh, c.active, c.sortOrder, c.updatedAt, c.updatedBy,
                c.version);
    }
}
