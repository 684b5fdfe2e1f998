package org.vipcare.complaint.console;

import io.quarkus.qute.TemplateGlobal;
import java.util.List;
import org.vipcare.complaint.ComplainantType;
import org.vipcare.complaint.ComplaintChannel;
import org.vipcare.complaint.ComplaintPurpose;
import org.vipcare.complaint.ComplaintSlaState;
import org.vipcare.complaint.ComplaintStatus;

/** The values offered by the complaint pickers and filters, in the order they are offered. */
@TemplateGlobal
public final class ComplaintChoices {

    public static final List<ComplaintStatus> complaintStatuses = List.of(ComplaintStatus.values());
    public static final List<ComplaintSlaState> slaStates = List.of(ComplaintSlaState.BREACHED,
            ComplaintSlaState.WARNING, ComplaintSlaState.ON_TRACK, ComplaintSlaState.MET);
    public static final List<ComplaintChannel> complaintChannels = List.of(ComplaintChannel.values());
    public static final List<ComplainantType> complainantTypes = List.of(ComplainantType.values());
    public static final List<ComplaintPurpose> complaintPurposes = List.of(ComplaintPurpose.values());
    public static final List<Integer> satisfactionScores = List.of(1, 2, 3, 4, 5);
    public static final ComplaintSlaState slaBreached = ComplaintSlaState.BREACHED;

    private ComplaintChoices() {
    }
}
