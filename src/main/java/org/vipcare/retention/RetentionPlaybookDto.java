package org.vipcare.retention;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One playbook text; {@code version} is what If-Match names when it is edited. */
@RegisterForReflection
@Schema(examples = RetentionExamples.PLAYBOOK_ENTRY)
public record RetentionPlaybookDto(String key, String locale, String topic, String title, String text,
        Instant updatedAt, String updatedBy, long version) {

    public static RetentionPlaybookDto from(RetentionPlaybook p) {
        return new RetentionPlaybookDto(p.key, p.locale, p.topic, p.title, p.text, p.updatedAt, p.updatedBy,
                p.version);
    }
}
