package org.vipcare.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.vipcare.customer.TimelineKind;
import org.vipcare.customer.TimelineSource;

/** A call's changes on a customer's timeline are read under the call's own rule, as its attempts are. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FollowUpChangeTimelineSource implements TimelineSource {

    private final FollowUpTimelineSource calls;

    public FollowUpChangeTimelineSource(FollowUpTimelineSource calls) {
        this.calls = calls;
    }

    @Override
    public TimelineKind kind() {
        return TimelineKind.FOLLOW_UP_CHANGE;
    }

    @Override
    public Set<UUID> readable(Collection<UUID> ids) {
        return calls.readable(ids);
    }
}
