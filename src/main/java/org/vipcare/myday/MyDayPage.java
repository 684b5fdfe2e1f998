package org.vipcare.myday;

import java.util.List;
import java.util.UUID;
import org.vipcare.complaint.ComplaintDto;
import org.vipcare.complaint.console.ComplaintCategories;
import org.vipcare.console.Managers;
import org.vipcare.customer.console.CustomerNames;
import org.vipcare.followup.FollowUpDto;
import org.vipcare.followup.FollowUpOpinionDto;
import org.vipcare.retention.RetentionWatchCustomerDto;
import org.vipcare.visit.VisitDue;

/**
 * Everything "My day" shows. For an agent ({@code team} false) its own complaints, calls and opinions; for a
 * supervisor or admin the team's: complaints breached, at risk or escalated; calls unassigned or overdue; WATCH
 * customers without a retention case; opinions waiting for an answer. {@code refusal} is a refused hand-over's
 * message, {@code limit} how many rows a section shows at most. {@code visits}: the enterprise customers (the
 * agent's, or everyone's for the team) whose visit is overdue or due within {@code visitDays} days.
 */
public record MyDayPage(boolean team, List<ComplaintDto> complaints, List<FollowUpDto> followUps,
        List<FollowUpOpinionDto> opinions, List<RetentionWatchCustomerDto> watch, CustomerNames customers,
        ComplaintCategories categories, Managers managers, String today, int limit, String notice,
        String refusal, List<VisitDue> visits, int visitDays) {

    /** Whether a section was cut at {@link #limit}: its heading then says "the first N". */
    public boolean full(List<?> rows) {
        return rows.size() >= limit;
    }

    /** The people a complaint can be handed to: every work owner but its current one. */
    public List<Managers.Choice> handOverChoices(UUID ownerId) {
        return managers.choices().stream().filter(m -> !m.id().equals(ownerId)).toList();
    }
}
