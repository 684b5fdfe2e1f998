package org.vipcare.console;

import java.math.BigInteger;
import org.vipcare.common.PageRequest;

/**
 * The page a console list shows, read from its {@code page} link parameter. Links are edited by hand and bookmarked, so
 * nothing read here is refused: the console shows a page rather than an error.
 */
public final class ConsolePaging {

    /** The last page a console list goes to: any later one would put the first row beyond what an offset can hold. */
    static final int LAST_PAGE = Integer.MAX_VALUE / PageRequest.MAX_SIZE;

    private ConsolePaging() {
    }

    /** The 0-based page: the first for no number or a negative one, the last for one beyond it. */
    public static int pageNumber(String page) {
        String text = page == null ? "" : page.trim();
        if (!text.matches("[+-]?\\d+")) {
            return 0;
        }
        BigInteger number = new BigInteger(text);
        return number.signum() < 0 ? 0 : number.min(BigInteger.valueOf(LAST_PAGE)).intValue();
    }
}
