package org.vipcare.customer.console;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.vipcare.customer.TimelineEvent;
import org.vipcare.customer.TimelineKind;
import org.vipcare.tier.Tier;
import org.vipcare.tier.TierChangeCause;
import org.vipcare.tier.console.TierMessages;

/** The customer's own entries: purchases and visits, and tier changes. */
@ApplicationScoped
public class CustomerTimelineWording implements TimelineWording {

    @Override
    public Set<TimelineKind> kinds() {
        return Set.of(TimelineKind.CONSUMPTION, TimelineKind.TIER_CHANGE);
    }

    @Override
    public String line(TimelineEvent e, String languageTag) {
        CustomerMessages words = MessageBundles.get(CustomerMessages.class, Localized.Literal.of(languageTag));
        if (e.kind() == TimelineKind.CONSUMPTION) {
            String line = words.timeline_consumption(e.action(), TimelineWording.money(e.amount()));
            // A purchase or repair (the record's purpose, when not plain usage) is what its after-call is about.
            return e.qualifier() == null ? line
                    : words.timeline_and(line, words.timeline_consumption_purpose(e.qualifier()));
        }
        TierMessages tiers = MessageBundles.get(TierMessages.class, Localized.Literal.of(languageTag));
        String to = tiers.tier(Tier.valueOf(e.toState()));
        String change = e.fromState() == null ? to : words.timeline_change(tiers.tier(Tier.valueOf(e.fromState())), to);
        // Rows older than V27 whose reason could not be read back keep their stored words as the detail.
        String cause = e.action() == null ? e.detail() : tiers.tier_change_cause(TierChangeCause.valueOf(e.action()));
        return cause == null ? change : words.timeline_because(change, cause);
    }
}
