package org.vipcare.retention.console;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.vipcare.common.ProblemException;
import org.vipcare.console.FormErrors;
import org.vipcare.retention.ChurnReasonDto;
import org.vipcare.retention.RetentionAttitude;
import org.vipcare.retention.RetentionCaseDto;
import org.vipcare.retention.RetentionEventDto;
import org.vipcare.retention.RetentionMethod;

/**
 * Everything one retention case page shows: the case as the service answers it (its allowed actions decide which
 * step forms appear), the customer's name, the churn reasons in the reader's language, the history, and a refused
 * step's typed values and messages. {@code refusal} is the service's 409, worded from its code.
 */
public record RetentionCasePage(RetentionCaseDto c, String customerName, List<ChurnReasonDto> reasons,
        Map<String, String> reasonNames, List<RetentionEventDto> events, RetentionStepForm form, FormErrors errors,
        ProblemException refusal, String notice, Map<UUID, String> eventWords, Map<UUID, String> people) {

    public static final List<Integer> SCALE = List.of(1, 2, 3, 4, 5);

    public List<Integer> scale() {
        return SCALE;
    }

    public List<RetentionAttitude> attitudes() {
        return List.of(RetentionAttitude.values());
    }

    public List<RetentionMethod> methods() {
        return List.of(RetentionMethod.values());
    }

    /** The real reason in the reader's language, its code when the taxonomy no longer has it. */
    public String realReasonName() {
        return c.realReason() == null ? null : reasonNames.getOrDefault(c.realReason(), c.realReason());
    }

    /** The reason to preselect: what was typed into a refused form, else the one recorded. */
    public String selectedReason() {
        return form.realReason != null ? form.realReason : c.realReason();
    }

    /** Whether the reason the customer gave may still be recorded or corrected (the service decides again). */
    public boolean mayStateReason() {
        return c.stage().takesStatedReason();
    }

    /** What the stated reason field shows: what was typed into a refused form, else the one recorded. */
    public String statedReasonValue() {
        return form.statedReason != null ? form.statedReason : c.statedReason();
    }

    /** The typed value of a select, to keep it selected after a refusal. */
    public boolean chosen(String typed, Object value) {
        return typed != null && value != null && typed.equals(value.toString());
    }
}
