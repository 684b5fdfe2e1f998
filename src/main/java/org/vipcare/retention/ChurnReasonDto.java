package org.vipcare.retention;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
public record ChurnReasonDto(String code, String name) {

    public static ChurnReasonDto from(ChurnReason r, String locale) {
        return new ChurnReasonDto(r.code, RetentionPlaybook.CHINESE.equals(locale) ? r.nameZh : r.nameEn);
    }
}
