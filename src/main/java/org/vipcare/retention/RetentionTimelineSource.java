package org.vipcare.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.vipcare.customer.TimelineKind;
import org.vipcare.customer.TimelineSource;

/** Retention entries of a customer's timeline are shown to those who may read the case. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RetentionTimelineSource implements TimelineSource {

    private final RetentionService cases;

    public RetentionTimelineSource(RetentionService cases) {
        this.cases = cases;
    }

    @Override
    public TimelineKind kind() {
        return TimelineKind.RETENTION_CASE;
    }

    @Override
    public Set<UUID> readable(Collection<UUID> ids) {
        return RetentionCase.<RetentionCase>list("id in ?1", Set.copyOf(ids)).stream().filter(cases::mayRead)
                .map(c -> c.id).collect(Collectors.toSet());
    }
}
