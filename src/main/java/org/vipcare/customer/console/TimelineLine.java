package org.vipcare.customer.console;

import java.time.Instant;
import org.vipcare.customer.TimelineKind;

/** One timeline row as the customer page shows it: worded in the reader's language, with who did it by name. */
public record TimelineLine(Instant at, TimelineKind kind, String text, String by, boolean withheld) {
}
