package org.vipcare.contact.console;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.vipcare.contact.BuyingRole;
import org.vipcare.contact.ContactEventKind;
import org.vipcare.customer.TimelineEvent;
import org.vipcare.customer.TimelineKind;
import org.vipcare.customer.console.TimelineWording;

/** A contact of the enterprise added, changed or removed: "添加联系人：王丽（决策者）". */
@ApplicationScoped
public class ContactTimelineWording implements TimelineWording {

    @Override
    public Set<TimelineKind> kinds() {
        return Set.of(TimelineKind.CONTACT);
    }

    @Override
    public String line(TimelineEvent e, String languageTag) {
        ContactMessages words = MessageBundles.get(ContactMessages.class, Localized.Literal.of(languageTag));
        return words.timeline_contact(words.event_kind(ContactEventKind.valueOf(e.action())), e.detail(),
                words.buying_role(BuyingRole.valueOf(e.toState())));
    }
}
