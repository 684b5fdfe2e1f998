package org.vipcare.complaint.console;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.vipcare.complaint.ComplaintEventKind;
import org.vipcare.complaint.ComplaintStatus;
import org.vipcare.customer.TimelineEvent;
import org.vipcare.customer.TimelineKind;
import org.vipcare.customer.console.CustomerMessages;
import org.vipcare.customer.console.TimelineWording;

/** A complaint's events on the customer's timeline: "受理 · 账单问题：…", "进展 · 已反馈客户：…", "升级 · 首次联系超时". */
@ApplicationScoped
public class ComplaintTimelineWording implements TimelineWording {

    @Override
    public Set<TimelineKind> kinds() {
        return Set.of(TimelineKind.COMPLAINT);
    }

    @Override
    public String line(TimelineEvent e, String languageTag) {
        ComplaintMessages words = MessageBundles.get(ComplaintMessages.class, Localized.Literal.of(languageTag));
        CustomerMessages joins = MessageBundles.get(CustomerMessages.class, Localized.Literal.of(languageTag));
        ComplaintEventKind kind = ComplaintEventKind.valueOf(e.action());
        String line = words.complaint_event(kind);
        if (e.fromState() != null && !e.fromState().equals(e.toState())) {
            line = joins.timeline_and(line, joins.timeline_change(
                    words.complaint_status(ComplaintStatus.valueOf(e.fromState())),
                    words.complaint_status(ComplaintStatus.valueOf(e.toState()))));
        }
        String qualifier = qualifier(kind, e.qualifier(), words, languageTag);
        if (qualifier != null) {
            line = joins.timeline_and(line, qualifier);
        }
        return e.detail() == null ? line : joins.timeline_with(line, e.detail());
    }

    private static String qualifier(ComplaintEventKind kind, String code, ComplaintMessages words,
            String languageTag) {
        if (code == null) {
            return null;
        }
        return switch (kind) {
            case RECEIVED -> ComplaintCategories.load(languageTag).nameOf(code);
            case ESCALATED -> words.history_missed(code.contains("CONTACT"), code.contains("FEEDBACK"));
            default -> "FEEDBACK_GIVEN".equals(code) ? words.history_feedback_given() : null;
        };
    }
}
