package org.vipcare.visit.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.Role;
import org.vipcare.visit.VisitDto;
import org.vipcare.visit.VisitDue;
import org.vipcare.visit.VisitService;
import org.vipcare.visit.VisitStatus;

/**
 * The Visits section of an enterprise customer's page ({@code inject:customerVisits.of(customer.id)}): the customer
 * feature knows no visits, so the page asks for them by name.
 */
@Named("customerVisits")
@ApplicationScoped
public class CustomerVisits {

    static final int SHOWN = 50;

    /** What the section shows: planned, done and cancelled visits, the next due date, and what the caller may do. */
    public record Section(List<VisitDto> planned, List<VisitDto> done, List<VisitDto> cancelled, VisitDue due,
            Map<UUID, String> contactNames, boolean mayPlan, boolean mayEditReference) {

        public boolean isEmpty() {
            return planned.isEmpty() && done.isEmpty() && cancelled.isEmpty();
        }

        /** The names of the contacts a visit is to meet, comma-separated. */
        public String contacts(VisitDto visit) {
            return visit.contactIds().stream().map(contactNames::get).filter(Objects::nonNull)
                    .collect(Collectors.joining(", "));
        }

        public long ticked(VisitDto visit) {
            return visit.checklist().stream().filter(i -> i.done()).count();
        }
    }

    private final VisitService visits;
    private final CurrentUser caller;

    public CustomerVisits(VisitService visits, CurrentUser caller) {
        this.visits = visits;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Section of(UUID customerId) {
        List<VisitDto> all = visits.ofCustomer(customerId, SHOWN);
        Map<UUID, String> names = new HashMap<>();
        visits.contactsOf(customerId).forEach(c -> names.put(c.id(), c.name()));
        return new Section(
                all.stream().filter(v -> v.status() == VisitStatus.PLANNED)
                        .sorted((a, b) -> a.plannedAt().compareTo(b.plannedAt())).toList(),
                all.stream().filter(v -> v.status() == VisitStatus.DONE)
                        .sorted((a, b) -> b.visitedAt().compareTo(a.visitedAt())).toList(),
                all.stream().filter(v -> v.status() == VisitStatus.CANCELLED).toList(),
                visits.dueOf(customerId).orElse(null), names, visits.mayPlan(customerId), caller.is(Role.ADMIN));
    }
}
