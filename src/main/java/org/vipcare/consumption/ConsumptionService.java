package org.vipcare.consumption;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.vipcare.common.Problem;
import org.vipcare.common.ProblemTexts;
import org.vipcare.customer.CustomerLookup;

/**
 * Takes consumption records from billing and dealer systems in batches. Valid records are stored, invalid ones
 * reported by position; an externalId already stored counts as a duplicate, so a re-sent batch changes nothing.
 */
@ApplicationScoped
@Transactional
public class ConsumptionService {

    public static final int MAX_BATCH = 1000;

    private final EntityManager em;
    private final Validator validator;
    private final Clock clock;
    private final CustomerLookup customers;
    private final Event<ConsumptionRecorded> recorded;

    public ConsumptionService(EntityManager em, Validator validator, Clock clock, CustomerLookup customers,
            Event<ConsumptionRecorded> recorded) {
        this.recorded = recorded;
        this.em = em;
        this.validator = validator;
        this.clock = clock;
        this.customers = customers;
    }

    public ConsumptionResult record(List<ConsumptionRecordInput> batch) {
        Set<UUID> liveIds = customers.liveIds(batch.stream().filter(Objects::nonNull)
                .map(ConsumptionRecordInput::customerId).filter(Objects::nonNull).toList());
        Map<String, UUID> idByRef = customers.liveIdsByExternalRef(batch.stream().filter(Objects::nonNull)
                .map(ConsumptionRecordInput::customerExternalRef).filter(Objects::nonNull).toList());
        Set<String> seenExternalIds = new HashSet<>();
        Instant now = clock.instant();
        int accepted = 0;
        int duplicates = 0;
        List<ConsumptionResult.Rejected> rejected = new ArrayList<>();
        List<ValidRecord> valid = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            ConsumptionRecordInput input = batch.get(i);
            Problem.Violations violations = new Problem.Violations();
            if (input == null) {
                rejected.add(new ConsumptionResult.Rejected(i, null,
                        new Problem.Violations().add("[" + i + "]", "common.required", "must not be null").list()));
                continue;
            }
            validator.validate(input).stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .forEach(v -> violations.add(v.getPropertyPath().toString(), ProblemTexts.constraintCode(v),
                            v.getMessage()));
            UUID customerId = resolveCustomer(input, liveIds, idByRef, violations);
            if (input.occurredAt() != null && input.occurredAt().toInstant().isAfter(now.plusSeconds(300))) {
                violations.add("occurredAt", "common.in-the-future", "must not be in the future");
            }
            if (input.kind() != null && input.kind() != ConsumptionKind.VISIT
                    && (input.amount() == null || input.amount().signum() <= 0)) {
                violations.add("amount", "consumption.amount.not-positive", "must be more than 0 for " + input.kind());
            }
            if (!violations.isEmpty()) {
                rejected.add(new ConsumptionResult.Rejected(i, input.externalId(), violations.list()));
                continue;
            }
            if (input.externalId() != null && !seenExternalIds.add(input.externalId())) {
                duplicates++;
                continue;
            }
            valid.add(new ValidRecord(customerId, input));
        }
        // In externalId order: two batches holding the same ids in different orders would otherwise each wait on
        // the other's uncommitted row of the unique index, a deadlock. Sorted, the later one simply waits its turn.
        valid.sort(IN_LOCK_ORDER);
        List<ConsumptionRecorded.Recorded> stored = new ArrayList<>(valid.size());
        for (ValidRecord record : valid) {
            ConsumptionRecordInput input = record.input();
            UUID id = UUID.randomUUID();
            int inserted = em.createNativeQuery("""
                    insert into consumption_record (id, customer_id, occurred_at, amount, kind, external_id, created_at,
                                                    purpose)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict (external_id) do nothing""")
                    .setParameter(1, id).setParameter(2, record.customerId())
                    .setParameter(3, input.occurredAt().toInstant())
                    .setParameter(4, input.amount() == null ? BigDecimal.ZERO : input.amount())
                    .setParameter(5, input.kind().name()).setParameter(6, input.externalId()).setParameter(7, now)
                    .setParameter(8, input.purposeOrDefault().name())
                    .executeUpdate();
            if (inserted == 1) {
                accepted++;
                stored.add(new ConsumptionRecorded.Recorded(id, record.customerId(), input.purposeOrDefault(),
                        input.occurredAt().toInstant()));
            } else {
                duplicates++;
            }
        }
        // Only the records stored now: a duplicate externalId made its after-call when it was first stored.
        if (!stored.isEmpty()) {
            recorded.fire(new ConsumptionRecorded(now, List.copyOf(stored)));
        }
        return new ConsumptionResult(accepted, duplicates, rejected);
    }

    private record ValidRecord(UUID customerId, ConsumptionRecordInput input) {
    }

    private static final Comparator<ValidRecord> IN_LOCK_ORDER = Comparator.comparing(
            (ValidRecord record) -> record.input().externalId(), Comparator.nullsLast(Comparator.naturalOrder()));

    private static UUID resolveCustomer(ConsumptionRecordInput input, Set<UUID> liveIds,
            Map<String, UUID> idByRef, Problem.Violations violations) {
        if (input.customerId() == null && input.customerExternalRef() == null) {
            violations.add("customerId", "consumption.customer.required",
                    "customerId or customerExternalRef is required");
            return null;
        }
        if (input.customerId() != null) {
            if (!liveIds.contains(input.customerId())) {
                violations.add("customerId", "common.unknown-customer", "is not a known customer");
                return null;
            }
            if (input.customerExternalRef() != null
                    && !Objects.equals(idByRef.get(input.customerExternalRef()), input.customerId())) {
                violations.add("customerExternalRef", "consumption.customer.mismatch",
                        "names another customer than customerId");
                return null;
            }
            return input.customerId();
        }
        UUID id = idByRef.get(input.customerExternalRef());
        if (id == null) {
            violations.add("customerExternalRef", "common.unknown-customer", "is not a known customer");
        }
        return id;
    }
}
