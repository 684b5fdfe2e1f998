package org.vipcare.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aPlainDateIsTheStartOfThatDayInTheBusinessZone() {
        assertEquals(Instant.parse("2026-11-23T16:00:00Z"), QueryParams.instant("from", "2026-11-24", SHANGHAI));
    }

    @Test
    void aTimeWithOffsetIsThatInstantInAnyZone() {
        assertEquals(Instant.parse("2026-11-23T17:30:00Z"),
                QueryParams.instant("from", "2026-11-24T01:30:00+08:00", SHANGHAI));
        assertNull(QueryParams.instant("from", " ", SHANGHAI));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> QueryParams.instant("to", "tomorrow", SHANGHAI));
        assertEquals("to", refused.violations.get(0).field());
    }

    @Test
    void whatThePublishedPatternMatchesIsAccepted() {
        Pattern pattern = Pattern.compile(QueryParams.INSTANT_OR_DATE_PATTERN);
        List<String> documented = List.of("2026-11-24", "2026-11-24T09:30+08:00", "2026-11-24T09:30:00Z",
                "2026-11-24T09:30:00.123456789-05:30", "2026-12-31T23:59:59+18:00", "2000-02-29T00:00:00+00:00");
        documented.forEach(value -> {
            assertTrue(pattern.matcher(value).matches(), value);
            QueryParams.instant("from", value, SHANGHAI);
        });
        List<String> refused = List.of("tomorrow", "2026-11-24 09:30", "2026-11-24T09:30", "20261124",
                "2026-13-01", "2026-11-24T24:00Z", "2026-11-24T09:30+19:00", "1732440600");
        refused.forEach(value -> {
            assertFalse(pattern.matcher(value).matches(), value);
            assertThrows(ProblemException.class, () -> QueryParams.instant("from", value, SHANGHAI), value);
        });
    }
}
