package org.vipcare.customer;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One thing that happened with a customer: a purchase or visit, a tier change, and later contacts of every kind. */
@RegisterForReflection
@Schema(examples = CustomerExamples.TIMELINE_EVENT)
public record TimelineEvent(Instant at, TimelineKind kind, String summary, UUID refId) {
}
