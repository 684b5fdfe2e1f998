package org.vipcare.followup;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.vipcare.complaint.VerificationCalls;

/** The complaints' view of their verification calls: the AFTER_COMPLAINT follow-ups. */
@ApplicationScoped
public class FollowUpVerificationCalls implements VerificationCalls {

    @Override
    public Optional<UUID> latestOf(UUID complaintId) {
        return FollowUp.<FollowUp>find("complaintId = ?1 and purpose = ?2 order by createdAt desc", complaintId,
                FollowUpPurpose.AFTER_COMPLAINT).firstResultOptional().map(call -> call.id);
    }
}
