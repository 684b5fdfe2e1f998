package org.vipcare.customer.console;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import org.vipcare.customer.TimelineEvent;
import org.vipcare.customer.TimelineKind;

/**
 * Words timeline entries in the reader's language from their facts ({@link TimelineEvent}'s codes, amounts and the
 * person's own words). The feature behind an entry words it with its own bundle, as {@code TimelineSource} answers
 * its read rule, so that the customer pages need none of them.
 */
public interface TimelineWording {

    Set<TimelineKind> kinds();

    /** The entry as one line in the language of {@code languageTag}; never the English {@code summary}. */
    String line(TimelineEvent event, String languageTag);

    /** An amount as the console shows money, {@code 12,345.60}; null stays null. */
    static String money(BigDecimal amount) {
        return amount == null ? null : String.format(Locale.ROOT, "%,.2f", amount);
    }
}
