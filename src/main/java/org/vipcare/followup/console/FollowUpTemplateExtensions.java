package org.vipcare.followup.console;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import org.vipcare.complaint.console.ComplaintTemplateExtensions;
import org.vipcare.followup.FollowUpDto;

/** How a follow-up's due time looks in the console: the complaint clocks' countdown, and whether it has passed. */
@TemplateExtension
public class FollowUpTemplateExtensions {

    private FollowUpTemplateExtensions() {
    }

    public static String dueText(FollowUpDto f,
            @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return ComplaintTemplateExtensions.countdownTo(f.dueAt(), locale);
    }

    public static boolean overdue(FollowUpDto f) {
        return ComplaintTemplateExtensions.isPast(f.dueAt());
    }
}
