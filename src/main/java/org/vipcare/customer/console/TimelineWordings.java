package org.vipcare.customer.console;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.vipcare.customer.TimelineEvent;
import org.vipcare.customer.TimelineKind;

/** Every feature's {@link TimelineWording}, by the kinds of entry each words: the one way a page words an entry. */
@ApplicationScoped
public class TimelineWordings {

    private final Map<TimelineKind, TimelineWording> byKind = new EnumMap<>(TimelineKind.class);

    public TimelineWordings(@All List<TimelineWording> wordings) {
        wordings.forEach(wording -> wording.kinds().forEach(kind -> byKind.put(kind, wording)));
    }

    /** The entry as one line in the language of {@code languageTag}; null for an entry the reader may not see. */
    public String line(TimelineEvent event, String languageTag) {
        return event.withheld() ? null : byKind.get(event.kind()).line(event, languageTag);
    }
}
