package org.vipcare.visit.console;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.vipcare.common.BusinessTime;
import org.vipcare.customer.TimelineEvent;
import org.vipcare.customer.TimelineKind;
import org.vipcare.customer.console.TimelineWording;

/** A visit planned, made or cancelled: "计划于 2026-12-03 10:00 拜访：介绍 2027 年车队服务合同". */
@ApplicationScoped
public class VisitTimelineWording implements TimelineWording {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final BusinessTime time;

    public VisitTimelineWording(BusinessTime time) {
        this.time = time;
    }

    @Override
    public Set<TimelineKind> kinds() {
        return Set.of(TimelineKind.VISIT);
    }

    @Override
    public String line(TimelineEvent e, String languageTag) {
        VisitMessages words = MessageBundles.get(VisitMessages.class, Localized.Literal.of(languageTag));
        String detail = e.detail() == null ? "" : e.detail();
        return switch (e.action()) {
            case "PLANNED" -> words.timeline_planned(e.toState() == null ? ""
                    : MINUTES.format(Instant.parse(e.toState()).atZone(time.zone())), detail);
            case "DONE" -> words.timeline_done(detail);
            default -> words.timeline_cancelled(detail);
        };
    }
}
