package org.vipcare.complaint.console;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.vipcare.complaint.ComplaintDto;
import org.vipcare.complaint.ComplaintSla;
import org.vipcare.complaint.ComplaintSlaState;
import org.vipcare.complaint.ComplaintStatus;
import org.vipcare.console.ConsoleLocaleInitializer;

/** How complaints look in the console: which clock is running, how long is left, which forms show. */
@TemplateExtension
public class ComplaintTemplateExtensions {

    private ComplaintTemplateExtensions() {
    }

    /** The due time of the clock still running ({@link ComplaintSla#runningDue}); null when none runs. */
    public static Instant runningDue(ComplaintDto c) {
        return ComplaintSla.runningDue(c.status(), c.contactedAt(), c.contactDueAt(), c.feedbackAt(),
                c.feedbackDueAt());
    }

    /** "due in 1 h 20 min" or "overdue by 3 h" for the running clock, counted from the service clock's now. */
    public static String countdown(ComplaintDto c, @TemplateAttribute(TemplateInstance.LOCALE) Object locale,
            @TemplateAttribute(ConsoleLocaleInitializer.NOW_ATTRIBUTE) Object now) {
        return countdownTo(runningDue(c), locale, now);
    }

    /** "due in ..." or "overdue by ..." for any due time, counted from the render time {@code now}. */
    public static String countdownTo(Instant due, Object locale, Object now) {
        if (due == null) {
            return null;
        }
        ComplaintMessages messages = MessageBundles.get(ComplaintMessages.class,
                Localized.Literal.of(locale instanceof Locale l ? l.toLanguageTag() : "en"));
        Duration left = Duration.between(instant(now), due);
        boolean late = left.isNegative();
        String span = span(left.abs(), messages);
        return late ? messages.sla_overdue_by(span) : messages.sla_due_in(span);
    }

    /** Days, hours and minutes, leaving out the parts that are zero; under a minute reads "0 min". */
    public static String span(Duration duration, ComplaintMessages messages) {
        long minutes = duration.toMinutes();
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        StringBuilder text = new StringBuilder();
        if (days > 0) {
            text.append(messages.span_days((int) days));
        }
        if (hours > 0) {
            text.append(text.isEmpty() ? "" : " ").append(messages.span_hours((int) hours));
        }
        if (rest > 0 || text.isEmpty()) {
            text.append(text.isEmpty() ? "" : " ").append(messages.span_minutes((int) rest));
        }
        return text.toString();
    }

    /** Whether the SLA badge is worth showing loud: red for BREACHED, amber for WARNING. */
    public static boolean alarming(ComplaintSlaState state) {
        return state == ComplaintSlaState.BREACHED || state == ComplaintSlaState.WARNING;
    }

    /** Whether {@code at} has passed at the render time {@code now}. */
    public static boolean isPast(Instant at, Object now) {
        return at != null && at.isBefore(instant(now));
    }

    /** Whether the service allows the console move ({@code contact}, {@code progress}, ...) now. */
    public static boolean allows(ComplaintDto c, String move) {
        return switch (move) {
            case "contact" -> c.allowedMoves().contains(ComplaintStatus.CONTACTED);
            case "progress" -> c.allowedMoves().contains(ComplaintStatus.IN_PROGRESS);
            case "resolve" -> c.allowedMoves().contains(ComplaintStatus.RESOLVED);
            case "close" -> c.allowedMoves().contains(ComplaintStatus.CLOSED);
            case "reopen" -> c.allowedMoves().contains(ComplaintStatus.REOPENED);
            // ComplaintService.handOver refuses CLOSED complaints; any other status may change hands
            case "handover" -> c.status() != ComplaintStatus.CLOSED;
            default -> false;
        };
    }

    public static boolean anyMove(ComplaintDto c) {
        return !c.allowedMoves().isEmpty() || c.status() != ComplaintStatus.CLOSED;
    }

    /** The render time {@link ConsoleLocaleInitializer} gives every template. */
    private static Instant instant(Object now) {
        if (now instanceof Instant at) {
            return at;
        }
        throw new IllegalStateException("Template rendered without " + ConsoleLocaleInitializer.NOW_ATTRIBUTE);
    }
}
