package org.vipcare.visit;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.vipcare.customer.EnterpriseClass;

/**
 * An enterprise customer's next due visit: {@code dueOn} = the business-zone date of its last DONE visit (or, with
 * none, its joining date) plus its class's interval; {@code overdue} once that date has passed. {@code nextPlannedAt}
 * is its earliest PLANNED visit, if any.
 */
@RegisterForReflection
public record VisitDue(UUID customerId, String customerName, UUID managerId, EnterpriseClass enterpriseClass,
        Instant lastVisitedAt, Instant nextPlannedAt, LocalDate dueOn, boolean overdue) {
}
