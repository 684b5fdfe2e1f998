package org.vipcare.notification.console;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.time.Instant;
import org.vipcare.complaint.ComplaintDto;
import org.vipcare.complaint.ComplaintStatus;
import org.vipcare.console.ConsoleLocaleInitializer;

/**
 * What the browser's live clocks (admin/js/live.js) need from a page: the service's render time, so that they count
 * from the service clock and not the browser's, and when a complaint's running clock turns amber.
 */
@TemplateExtension
public class LiveTemplateExtensions {

    private LiveTemplateExtensions() {
    }

    /** The render time as an ISO instant ({@code {live:now}}). */
    @TemplateExtension(namespace = "live")
    static String now(@TemplateAttribute(ConsoleLocaleInitializer.NOW_ATTRIBUTE) Object now) {
        return now instanceof Instant at ? at.toString() : "";
    }

    /** The warning time of the clock still running: contact until contacted, then feedback; null when none runs. */
    public static Instant runningWarn(ComplaintDto c) {
        if (c.status() == ComplaintStatus.CLOSED) {
            return null;
        }
        if (c.contactedAt() == null) {
            return c.contactWarnAt();
        }
        return c.feedbackAt() == null ? c.feedbackWarnAt() : null;
    }
}
