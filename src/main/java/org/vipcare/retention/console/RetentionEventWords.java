package org.vipcare.retention.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vipcare.retention.RetentionCaseDto;
import org.vipcare.retention.RetentionEventDto;
import org.vipcare.retention.RetentionEventKind;
import org.vipcare.retention.RetentionOfferDto;

/**
 * What a retention step recorded, in the reader's language, from the event's facts: the probe's findings, the offer
 * made or agreed, the outcome, and the person's own words. Early events whose facts could not be read back show
 * their stored note.
 */
final class RetentionEventWords {

    private RetentionEventWords() {
    }

    static String of(RetentionEventDto e, RetentionCaseDto c, RetentionMessages words, Map<String, String> reasons) {
        List<String> parts = new ArrayList<>();
        RetentionOfferDto offer = c.offers().stream().filter(o -> o.id().equals(e.offerId())).findFirst()
                .orElse(null);
        switch (e.kind()) {
            case OPENED -> {
                parts.add(words.rsource(c.source()));
                parts.add(words.rtype(c.type()));
            }
            case PROBED -> {
                if (e.realReason() == null) {
                    return e.note();
                }
                parts.add(reasons.getOrDefault(e.realReason(), e.realReason()));
                parts.add(Boolean.TRUE.equals(e.fixable()) ? words.retention_fixable_yes() : words.retention_fixable_no());
                parts.add(words.retention_equation_line(e.countermeasureCost(), e.severity(),
                        String.valueOf(e.retentionScore())));
                if (e.attitude() != null) {
                    parts.add(words.rattitude(e.attitude()));
                }
            }
            case OFFERED, AGREED -> {
                if (offer == null) {
                    return e.note();
                }
                if (e.kind() == RetentionEventKind.AGREED && c.agreementMethod() != null) {
                    parts.add(words.history_agreed_by(words.rmethod(c.agreementMethod())));
                }
                parts.add(words.rmethod(offer.kind()));
                parts.add(offer.description());
                if (offer.monthlyValue() != null) {
                    parts.add(words.history_monthly_value(offer.monthlyValue().toPlainString()));
                }
            }
            case CLOSED -> {
                if (c.outcome() != null) {
                    parts.add(words.routcome(c.outcome()));
                }
            }
        }
        if (e.remark() != null) {
            parts.add(e.remark());
        }
        return String.join(" · ", parts.stream().filter(Objects::nonNull).toList());
    }
}
