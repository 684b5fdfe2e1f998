package org.vipcare.retention;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(examples = RetentionExamples.CHURN_REASON)
public record ChurnReasonDto(String code, String name) {

    public static ChurnReasonDto from(ChurnReason r, String locale) {
        return new ChurnReasonDto(r.code, RetentionPlaybook.CHINESE.equals(locale) ? r.nameZh : r.nameEn);
    }
}
