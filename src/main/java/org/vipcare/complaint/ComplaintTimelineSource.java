package org.vipcare.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.vipcare.customer.TimelineKind;
import org.vipcare.customer.TimelineSource;

/** Complaint entries of a customer's timeline are shown to those who may read the complaint. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ComplaintTimelineSource implements TimelineSource {

    private final ComplaintService complaints;

    public ComplaintTimelineSource(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @Override
    public TimelineKind kind() {
        return TimelineKind.COMPLAINT;
    }

    @Override
    public Set<UUID> readable(Collection<UUID> ids) {
        return Complaint.<Complaint>list("id in ?1", Set.copyOf(ids)).stream().filter(complaints::mayRead)
                .map(c -> c.id).collect(Collectors.toSet());
    }
}
