package org.vipcare.complaint;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;
import org.vipcare.common.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(examples = ComplaintExamples.EVENT)
public record ComplaintEventDto(UUID id, Instant at, ComplaintEventKind kind, UUID actorId, String actor,
        ComplaintStatus fromStatus, ComplaintStatus toStatus, UUID fromOwnerId, UUID toOwnerId,
        @Schema(description = "The note in English: the person's words, prefixed \"[feedback given] \" on a "
                + "progress entry that gave feedback; \"CONTACT and FEEDBACK deadline missed\" on an escalation")
        String note,
        @Schema(description = "PROGRESS: the customer was told how things stand")
        boolean feedbackGiven,
        @Schema(description = "ESCALATED: the contact deadline was missed")
        boolean contactMissed,
        @Schema(description = "ESCALATED: the feedback deadline was missed")
        boolean feedbackMissed) {

    /** How the API's note marks a progress entry that gave feedback. */
    public static final String FEEDBACK_GIVEN = "[feedback given] ";

    public static ComplaintEventDto from(ComplaintEvent e) {
        return new ComplaintEventDto(e.id, e.at, e.kind, e.actorId, e.actor, e.fromStatus, e.toStatus, e.fromOwnerId,
                e.toOwnerId, englishNote(e), e.feedbackGiven, e.contactMissed, e.feedbackMissed);
    }

    /** The person's own words, without what {@code note} folds in for the API; null when there are none. */
    public String ownWords() {
        if (kind == ComplaintEventKind.ESCALATED && (contactMissed || feedbackMissed)) {
            return null;
        }
        return feedbackGiven && note != null && note.startsWith(FEEDBACK_GIVEN)
                ? Text.trimToNull(note.substring(FEEDBACK_GIVEN.length())) : note;
    }

    /** The note as the API has always read it, composed from the facts the event now keeps apart. */
    private static String englishNote(ComplaintEvent e) {
        if (e.kind == ComplaintEventKind.ESCALATED) {
            String missed = e.contactMissed && e.feedbackMissed ? "CONTACT and FEEDBACK"
                    : e.contactMissed ? "CONTACT" : e.feedbackMissed ? "FEEDBACK" : null;
            return missed == null ? e.note : missed + " deadline missed";
        }
        return e.feedbackGiven ? FEEDBACK_GIVEN + (e.note == null ? "" : e.note) : e.note;
    }
}
