package org.vipcare.retention.console;

import org.vipcare.console.ConsoleMessages;
import org.vipcare.console.FormErrors;
import org.vipcare.console.FormText;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.vipcare.common.Text;
import org.vipcare.retention.RetentionAttitude;
import org.vipcare.retention.RetentionMethod;
import org.vipcare.retention.RetentionMoves;
import org.vipcare.retention.RetentionOutcome;

/**
 * The step forms of a retention case as the browser sends them, every field as typed. Each step posts only its own
 * fields; their names are the API's, so Bean Validation and the service's problems land on the right input.
 */
public class RetentionStepForm {

    static final Set<String> FIELDS = Set.of("realReason", "reasonDetail", "fixable", "attitude", "severity",
            "countermeasureCost", "kind", "description", "monthlyValue", "offerId", "method", "outcome", "note",
            "statedReason");

    @RestForm public String realReason;
    @RestForm public String reasonDetail;
    @RestForm public String fixable;
    @RestForm public String attitude;
    @RestForm public String severity;
    @RestForm public String countermeasureCost;
    @RestForm public String kind;
    @RestForm public String description;
    @RestForm public String monthlyValue;
    @RestForm public String offerId;
    @RestForm public String method;
    @RestForm public String outcome;
    @RestForm public String note;
    @RestForm public String statedReason;

    static RetentionStepForm blank() {
        return new RetentionStepForm();
    }

    RetentionMoves.StatedReason toStatedReason() {
        return new RetentionMoves.StatedReason(Text.trimToNull(statedReason));
    }

    RetentionMoves.Probe toProbe(FormErrors errors, ConsoleMessages messages) {
        return new RetentionMoves.Probe(Text.trimToNull(realReason), Text.trimToNull(reasonDetail),
                FormText.blank(fixable) ? null : Boolean.valueOf("true".equals(fixable.trim())),
                FormText.choice("attitude", RetentionAttitude.class, attitude, errors, messages),
                FormText.integer("severity", severity, errors, messages),
                FormText.integer("countermeasureCost", countermeasureCost, errors, messages));
    }

    RetentionMoves.Offer toOffer(FormErrors errors, ConsoleMessages messages) {
        return new RetentionMoves.Offer(FormText.choice("kind", RetentionMethod.class, kind, errors, messages),
                Text.trimToNull(description), FormText.decimal("monthlyValue", monthlyValue, errors, messages));
    }

    RetentionMoves.Agreement toAgreement(FormErrors errors, ConsoleMessages messages) {
        UUID offer = null;
        if (!FormText.blank(offerId)) {
            try {
                offer = UUID.fromString(offerId.trim());
            } catch (IllegalArgumentException e) {
                errors.add("offerId", messages.invalid_choice());
            }
        }
        return new RetentionMoves.Agreement(offer, FormText.choice("method", RetentionMethod.class, method, errors, messages));
    }

    RetentionMoves.Close toClose(FormErrors errors, ConsoleMessages messages) {
        return new RetentionMoves.Close(FormText.choice("outcome", RetentionOutcome.class, outcome, errors, messages),
                Text.trimToNull(note));
    }
}
