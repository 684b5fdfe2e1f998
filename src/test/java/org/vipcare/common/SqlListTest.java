package org.vipcare.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlListTest {

    enum Colour {
        RED
    }

    @Test
    void filtersNotGivenAreLeftOutAndNoneLeavesTrue() {
        assertEquals("true", new SqlList().andIfGiven("c.status = :status", "status", null).where());

        SqlList where = new SqlList().and("erased_at is null").andIfGiven("colour = :colour", "colour", Colour.RED)
                .andIfGiven("owner = :owner", "owner", null);

        assertEquals("erased_at is null and colour = :colour", where.where());
        assertEquals(Map.of("colour", Colour.RED), where.params());
    }

    @Test
    void aParameterIsSharedOnlyForTheSameValue() {
        SqlList where = new SqlList().and("a < :now", "now", 1).and("b < :now", "now", 1);

        assertEquals(Map.of("now", 1), where.params());
        assertThrows(IllegalArgumentException.class, () -> where.and("c < :now", "now", 2));
    }

    @Test
    void forJdbcEveryNameBecomesAPlaceholderInOrderButQuotesAndCastsStay() {
        SqlList where = new SqlList().and("(m = :viewer or o = :viewer)", "viewer", "u1")
                .and("q like :q escape '\\'", "q", "%x%").and("s <> 'a:b'").and("d::date = :day", "day", "2026-11-23")
                .and("colour = :colour", "colour", Colour.RED);

        SqlList.Jdbc jdbc = where.jdbc();

        assertEquals("(m = ? or o = ?) and q like ? escape '\\' and s <> 'a:b' and d::date = ? and colour = ?",
                jdbc.where());
        assertEquals(Arrays.asList("u1", "u1", "%x%", "2026-11-23", "RED"), jdbc.params());
        assertEquals(List.of(), new SqlList().jdbc().params());
    }
}
