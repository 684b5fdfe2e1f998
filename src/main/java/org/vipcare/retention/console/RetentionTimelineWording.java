package org.vipcare.retention.console;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.vipcare.customer.TimelineEvent;
import org.vipcare.customer.TimelineKind;
import org.vipcare.customer.console.CustomerMessages;
import org.vipcare.customer.console.TimelineWording;
import org.vipcare.retention.ChurnReasonDto;
import org.vipcare.retention.RetentionEventKind;
import org.vipcare.retention.RetentionMethod;
import org.vipcare.retention.RetentionOutcome;
import org.vipcare.retention.RetentionService;
import org.vipcare.retention.RetentionStage;

/** A retention case's steps on the customer's timeline: "探询 · 建立信任 → 探询 · 资费不满：…", "结案 · 挽留成功". */
@ApplicationScoped
public class RetentionTimelineWording implements TimelineWording {

    private final RetentionService retention;

    public RetentionTimelineWording(RetentionService retention) {
        this.retention = retention;
    }

    @Override
    public Set<TimelineKind> kinds() {
        return Set.of(TimelineKind.RETENTION_CASE);
    }

    @Override
    public String line(TimelineEvent e, String languageTag) {
        RetentionMessages words = MessageBundles.get(RetentionMessages.class, Localized.Literal.of(languageTag));
        CustomerMessages joins = MessageBundles.get(CustomerMessages.class, Localized.Literal.of(languageTag));
        RetentionEventKind kind = RetentionEventKind.valueOf(e.action());
        String line = words.revent(kind);
        if (e.fromState() != null && !e.fromState().equals(e.toState())) {
            line = joins.timeline_and(line, joins.timeline_change(words.rstage(RetentionStage.valueOf(e.fromState())),
                    words.rstage(RetentionStage.valueOf(e.toState()))));
        }
        String qualifier = e.qualifier() == null ? null : switch (kind) {
            case PROBED -> retention.reasons(languageTag).stream().filter(r -> r.code().equals(e.qualifier()))
                    .map(ChurnReasonDto::name).findFirst().orElse(e.qualifier());
            case AGREED -> words.rmethod(RetentionMethod.valueOf(e.qualifier()));
            case CLOSED -> words.routcome(RetentionOutcome.valueOf(e.qualifier()));
            default -> null;
        };
        if (qualifier != null) {
            line = joins.timeline_and(line, qualifier);
        }
        return e.detail() == null ? line : joins.timeline_with(line, e.detail());
    }
}
