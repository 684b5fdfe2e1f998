package org.vipcare.complaint.console;

import org.vipcare.console.ConsoleMessages;
import org.vipcare.console.ConsoleTime;
import org.vipcare.console.FormErrors;
import org.vipcare.console.FormText;
import java.time.ZoneId;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.vipcare.complaint.ComplaintMoves;

/** The fields of every move form on the complaint page; each move reads the ones it has. */
public class ComplaintMoveForm {

    static final Set<String> FIELDS = Set.of("contactedAt", "note", "feedbackGiven", "resolution", "compensation",
            "reason", "toUserId");

    @RestForm public String contactedAt;
    @RestForm public String note;
    @RestForm public String feedbackGiven;
    @RestForm public String resolution;
    @RestForm public String compensation;
    @RestForm public String reason;
    @RestForm public String toUserId;

    ComplaintMoves.Contact contact(ZoneId zone, FormErrors errors, ConsoleMessages messages) {
        return new ComplaintMoves.Contact(ConsoleTime.read("contactedAt", contactedAt, zone, errors, messages.invalid_date_time()), note);
    }

    ComplaintMoves.Progress progress() {
        return new ComplaintMoves.Progress(note, FormText.ticked(feedbackGiven));
    }

    ComplaintMoves.Resolve resolve() {
        return new ComplaintMoves.Resolve(resolution, compensation);
    }

    ComplaintMoves.Reopen reopen() {
        return new ComplaintMoves.Reopen(reason);
    }

    ComplaintMoves.Handover handover(FormErrors errors, ConsoleMessages messages) {
        return new ComplaintMoves.Handover(FormText.uuid("toUserId", toUserId, errors, messages), note);
    }
}
