package org.vipcare.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
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
}
