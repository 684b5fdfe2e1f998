package org.vipcare.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.vipcare.complaint.ComplaintSlaState;
import org.vipcare.complaint.ComplaintStatus;

/**
 * One complaint of a report's list (the weekly report's 所有抱怨的清单): when it came in, from whom, what about, who owns
 * it, where it stands, how its service levels went and how satisfied the customer said they were (the average of its
 * verification calls, null before any answer).
 */
public record PeriodComplaint(UUID id, Instant receivedAt, String customerName, String category, String ownerName,
        ComplaintStatus status, ComplaintSlaState contactSla, ComplaintSlaState feedbackSla, boolean escalated,
        BigDecimal satisfaction, int satisfactionAnswers) {

    /** The complaint's SLA state: its more urgent clock's, as everywhere else. */
    public ComplaintSlaState slaState() {
        return contactSla.worse(feedbackSla);
    }
}
