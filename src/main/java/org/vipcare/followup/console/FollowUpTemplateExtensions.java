package org.vipcare.followup.console;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateInstance;
import org.vipcare.complaint.console.ComplaintTemplateExtensions;
import org.vipcare.console.ConsoleLocaleInitializer;
import org.vipcare.followup.FollowUpDto;

/** How a follow-up's due time looks in the console: the complaint clocks' countdown, and whether it has passed. */
@TemplateExtension
public class FollowUpTemplateExtensions {

    private FollowUpTemplateExtensions() {
    }

    public static String dueText(FollowUpDto f, @TemplateAttribute(TemplateInstance.LOCALE) Object locale,
            @TemplateAttribute(ConsoleLocaleInitializer.NOW_ATTRIBUTE) Object now) {
        return ComplaintTemplateExtensions.countdownTo(f.dueAt(), locale, now);
    }

    public static boolean overdue(FollowUpDto f, @TemplateAttribute(ConsoleLocaleInitializer.NOW_ATTRIBUTE) Object now) {
        return ComplaintTemplateExtensions.isPast(f.dueAt(), now);
    }
}
