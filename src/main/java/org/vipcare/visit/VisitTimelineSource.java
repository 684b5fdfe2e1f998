package org.vipcare.visit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.vipcare.customer.TimelineKind;
import org.vipcare.customer.TimelineSource;

/** Visits on a customer's timeline are shown to those who may work them (VisitService). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VisitTimelineSource implements TimelineSource {

    private final VisitService visits;

    public VisitTimelineSource(VisitService visits) {
        this.visits = visits;
    }

    @Override
    public TimelineKind kind() {
        return TimelineKind.VISIT;
    }

    @Override
    public Set<UUID> readable(Collection<UUID> ids) {
        return visits.readable(ids);
    }
}
