package org.vipcare.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer's personal data was erased. Fired inside the erasing transaction; each feature that keeps text about
 * the customer observes it and overwrites that text in the same transaction, so that an erasure is all or nothing.
 * Statistics stay: counts, dates, codes and scores are kept, only what people typed goes.
 */
public record CustomerErased(UUID customerId, Instant at) {

    /**
     * What erased free text becomes. A text that was there stays non-empty (so a count of "cases with a stated
     * reason" or "calls with a suggestion" does not change); a missing one stays missing.
     */
    public static final String TEXT = "—";

    /** SQL for column {@code column} erased: {@link #TEXT} where there was text, null where there was none. */
    public static String erasedSql(String column) {
        return column + " = case when " + column + " is not null then '" + TEXT + "' end";
    }
}
