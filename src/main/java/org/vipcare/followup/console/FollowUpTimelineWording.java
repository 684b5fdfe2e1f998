package org.vipcare.followup.console;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.vipcare.common.BusinessTime;
import org.vipcare.customer.TimelineEvent;
import org.vipcare.customer.TimelineKind;
import org.vipcare.customer.console.CustomerMessages;
import org.vipcare.customer.console.TimelineWording;
import org.vipcare.followup.FollowUpEventKind;
import org.vipcare.followup.FollowUpOutcome;
import org.vipcare.followup.FollowUpPurpose;

/**
 * A call attempt on the customer's timeline: "投诉回访（跟踪核实） · 成功 · 满意度 4/5：…"; a change to a call: "满意度调查 ·
 * 由 李雷 改派给 韩梅梅：休假", people by display name, times in the business zone.
 */
@ApplicationScoped
public class FollowUpTimelineWording implements TimelineWording {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final BusinessTime time;

    public FollowUpTimelineWording(BusinessTime time) {
        this.time = time;
    }

    @Override
    public Set<TimelineKind> kinds() {
        return Set.of(TimelineKind.FOLLOW_UP_ATTEMPT, TimelineKind.FOLLOW_UP_CHANGE);
    }

    @Override
    public String line(TimelineEvent e, String languageTag) {
        FollowUpMessages words = MessageBundles.get(FollowUpMessages.class, Localized.Literal.of(languageTag));
        CustomerMessages joins = MessageBundles.get(CustomerMessages.class, Localized.Literal.of(languageTag));
        if (e.kind() == TimelineKind.FOLLOW_UP_CHANGE) {
            return change(e, words, joins);
        }
        String line = joins.timeline_and(words.followup_purpose(FollowUpPurpose.valueOf(e.qualifier())),
                words.followup_outcome(FollowUpOutcome.valueOf(e.action())));
        if (e.amount() != null) {
            line = joins.timeline_and(line, words.timeline_satisfaction(e.amount().intValue()));
        }
        return e.detail() == null ? line : joins.timeline_with(line, words.timeline_problem(e.detail()));
    }

    private String change(TimelineEvent e, FollowUpMessages words, CustomerMessages joins) {
        String from = e.fromState() == null ? words.timeline_nobody() : e.fromState();
        String to = e.toState() == null ? words.timeline_nobody() : e.toState();
        String what = switch (FollowUpEventKind.valueOf(e.action())) {
            case RESCHEDULED -> words.timeline_rescheduled(local(e.fromState()), local(e.toState()));
            case REASSIGNED -> words.timeline_reassigned(from, to);
            case MOVED_WITH_CUSTOMER -> words.timeline_moved(from, to);
            case CANCELLED -> words.timeline_cancelled();
        };
        String line = joins.timeline_and(words.followup_purpose(FollowUpPurpose.valueOf(e.qualifier())), what);
        return e.detail() == null ? line : joins.timeline_with(line, e.detail());
    }

    private String local(String instant) {
        return instant == null ? "-" : DATE_TIME.format(Instant.parse(instant).atZone(time.zone()));
    }
}
