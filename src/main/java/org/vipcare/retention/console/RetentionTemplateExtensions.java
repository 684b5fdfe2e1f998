package org.vipcare.retention.console;

import org.vipcare.console.ScoreGauge;
import io.quarkus.qute.TemplateExtension;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vipcare.retention.RetentionAction;
import org.vipcare.retention.RetentionCaseDto;
import org.vipcare.retention.RetentionOfferDto;
import org.vipcare.retention.RetentionOutcome;
import org.vipcare.retention.RetentionStage;

/**
 * How a retention case reads on its page: the stage bar, which step forms to offer (what the service lists as
 * allowed, nothing re-derived here) and the value gauge.
 */
@TemplateExtension
public class RetentionTemplateExtensions {

    private RetentionTemplateExtensions() {
    }

    /** One stage of the progress bar: {@code done}, {@code current} or {@code todo}. */
    public record StageStep(RetentionStage stage, int number, String state) {
    }

    static List<StageStep> stageSteps(RetentionCaseDto c) {
        List<StageStep> steps = new ArrayList<>();
        for (RetentionStage stage : RetentionStage.values()) {
            String state = stage == c.stage() ? (stage == RetentionStage.CLOSED ? "done current" : "current")
                    : stage.ordinal() < c.stage().ordinal() ? "done" : "todo";
            steps.add(new StageStep(stage, stage.ordinal() + 1, state));
        }
        return steps;
    }

    static boolean mayProbe(RetentionCaseDto c) {
        return c.allowedActions().contains(RetentionAction.PROBE);
    }

    /** Probing again after the real reason is known: offered folded, not as the next step. */
    static boolean probedAlready(RetentionCaseDto c) {
        return c.realReason() != null;
    }

    static boolean mayOffer(RetentionCaseDto c) {
        return c.allowedActions().contains(RetentionAction.OFFER);
    }

    static boolean mayAgree(RetentionCaseDto c) {
        return c.allowedActions().contains(RetentionAction.AGREE);
    }

    /** The outcomes the case may close with now, in the order of the enum. */
    static List<RetentionOutcome> closeOutcomes(RetentionCaseDto c) {
        return Arrays.stream(RetentionOutcome.values())
                .filter(o -> c.allowedActions().contains(RetentionAction.close(o))).toList();
    }

    static boolean mayClose(RetentionCaseDto c) {
        return !closeOutcomes(c).isEmpty();
    }

    /** Once agreed, closing is the only step left: its form opens unfolded. */
    static boolean closeFirst(RetentionCaseDto c) {
        return c.stage() == RetentionStage.AGREEING;
    }

    static boolean isClosed(RetentionCaseDto c) {
        return c.stage() == RetentionStage.CLOSED;
    }

    /** The value equation's gauge; null until probing recorded severity and countermeasure cost. */
    static ScoreGauge gauge(RetentionCaseDto c) {
        if (c.retentionScore() == null || c.severity() == null || c.countermeasureCost() == null) {
            return null;
        }
        return new ScoreGauge(c.retentionScore(), c.countermeasureCost(), c.severity());
    }

    static boolean isAgreed(RetentionOfferDto offer, RetentionCaseDto c) {
        return offer.id().equals(c.agreedOfferId());
    }

    static String caseLink(RetentionCaseDto c) {
        return "/admin/retention/" + c.id();
    }
}
