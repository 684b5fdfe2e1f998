package org.vipcare.followup.console;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.vipcare.customer.TimelineEvent;
import org.vipcare.customer.TimelineKind;
import org.vipcare.customer.console.CustomerMessages;
import org.vipcare.customer.console.TimelineWording;
import org.vipcare.followup.FollowUpOutcome;
import org.vipcare.followup.FollowUpPurpose;

/** A call attempt on the customer's timeline: "投诉回访（跟踪核实） · 成功 · 满意度 4/5：…". */
@ApplicationScoped
public class FollowUpTimelineWording implements TimelineWording {

    @Override
    public Set<TimelineKind> kinds() {
        return Set.of(TimelineKind.FOLLOW_UP_ATTEMPT);
    }

    @Override
    public String line(TimelineEvent e, String languageTag) {
        FollowUpMessages words = MessageBundles.get(FollowUpMessages.class, Localized.Literal.of(languageTag));
        CustomerMessages joins = MessageBundles.get(CustomerMessages.class, Localized.Literal.of(languageTag));
        String line = joins.timeline_and(words.followup_purpose(FollowUpPurpose.valueOf(e.qualifier())),
                words.followup_outcome(FollowUpOutcome.valueOf(e.action())));
        if (e.amount() != null) {
            line = joins.timeline_and(line, words.timeline_satisfaction(e.amount().intValue()));
        }
        return e.detail() == null ? line : joins.timeline_with(line, words.timeline_problem(e.detail()));
    }
}
