package org.vipcare.followup.console;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateInstance;
import org.vipcare.complaint.console.ComplaintTemplateExtensions;
import org.vipcare.console.ConsoleLocaleInitializer;
import org.vipcare.followup.FollowUpAttemptDto;
import org.vipcare.followup.FollowUpDetailDto;
import org.vipcare.followup.FollowUpDto;
import org.vipcare.followup.FollowUpOutcome;
import org.vipcare.followup.FollowUpStatus;

/** How a follow-up's due time looks in the console: the complaint clocks' countdown, and whether it has passed. */
@TemplateExtension
public class FollowUpTemplateExtensions {

    private FollowUpTemplateExtensions() {
    }

    public static String dueText(FollowUpDto f, @TemplateAttribute(TemplateInstance.LOCALE) Object locale,
            @TemplateAttribute(ConsoleLocaleInitializer.NOW_ATTRIBUTE) Object now) {
        return ComplaintTemplateExtensions.countdownTo(f.dueAt(), locale, now);
    }

    /** Whether an open task waits for the callback time the customer asked for (its last call: NO_TIME with one). */
    public static boolean callbackRequested(FollowUpDetailDto f) {
        if (f.status() != FollowUpStatus.OPEN || f.history().isEmpty()) {
            return false;
        }
        FollowUpAttemptDto last = f.history().get(f.history().size() - 1);
        return last.outcome() == FollowUpOutcome.NO_TIME && f.dueAt().equals(last.callbackAt());
    }

    /** The number of the next try toward giving up: 1 for the first call. */
    public static int nextTry(FollowUpDetailDto f) {
        return f.failedTries() + 1;
    }

    public static boolean overdue(FollowUpDto f, @TemplateAttribute(ConsoleLocaleInitializer.NOW_ATTRIBUTE) Object now) {
        return ComplaintTemplateExtensions.isPast(f.dueAt(), now);
    }
}
