package org.vipcare.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.vipcare.customer.TimelineKind;
import org.vipcare.customer.TimelineSource;

/** Follow-up calls on a customer's timeline are shown to those who may work the follow-up. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FollowUpTimelineSource implements TimelineSource {

    private final FollowUpService followUps;

    public FollowUpTimelineSource(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Override
    public TimelineKind kind() {
        return TimelineKind.FOLLOW_UP_ATTEMPT;
    }

    @Override
    public Set<UUID> readable(Collection<UUID> ids) {
        return FollowUp.<FollowUp>list("id in ?1", Set.copyOf(ids)).stream().filter(followUps::mayWork)
                .map(c -> c.id).collect(Collectors.toSet());
    }
}
