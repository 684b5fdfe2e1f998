package org.vipcare.console.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sort link parameter and the saved query string, read as a hand-edited link would send them. */
class ListSortTest {

    private static final List<String> KEYS = List.of("name", "joinedAt");
    private static final String BASE = "/admin/customers?managerId=mine&";

    @Test
    void aKeyThePageOffersSortsEitherWay() {
        ListSort sort = ListSort.parse("name,desc", KEYS, BASE);
        assertEquals("name,desc", sort.apiSort());
        assertEquals("descending", sort.ariaSort("name"));
        assertNull(sort.ariaSort("joinedAt"));
        assertEquals(BASE + "sort=name%2Casc", sort.toggle("name"));
        assertEquals(BASE + "sort=joinedAt%2Casc", sort.toggle("joinedAt"));
        assertEquals(BASE + "sort=name%2Cdesc&", sort.pageBase());
        assertEquals("name,asc", ListSort.parse(" name ", KEYS, BASE).apiSort());
        assertEquals("joinedAt,asc", ListSort.parse("joinedAt,ASC", KEYS, BASE).apiSort());
    }

    @Test
    void anythingElseIsTheDefaultOrder() {
        for (String raw : new String[] { null, "", "password,asc", "name,sideways", "name,asc,x", "name;drop" }) {
            ListSort sort = ListSort.parse(raw, KEYS, BASE);
            assertNull(sort.apiSort(), raw);
            assertEquals("", sort.param());
            assertEquals(BASE, sort.pageBase());
            assertEquals(BASE + "sort=name%2Casc", sort.toggle("name"));
        }
    }

    @Test
    void linksLeaveBlankFiltersOutAndEncodeTheRest() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", "王 芳&x");
        params.put("tier", "");
        params.put("watch", null);
        assertEquals("/admin/customers?q=%E7%8E%8B+%E8%8A%B3%26x&", ListSort.link("/admin/customers", params));
    }

    @Test
    void aSavedQueryKeepsOnlyFilterParameters() {
        assertEquals("tier=GOLD&sort=name%2Casc", SavedFilters.normalize("tier=GOLD&page=2&lang=en&sort=name,asc"));
        assertEquals("q=%E7%8E%8B", SavedFilters.normalize("q=%E7%8E%8B&watch=&savedFilterError=NAME&_csrf=x"));
        assertEquals("", SavedFilters.normalize("https://evil.example/?x=1"));
        assertEquals("q=a%23b", SavedFilters.normalize("q=a%23b&bad%zz=1&9x=2"));
        assertEquals("", SavedFilters.normalize(null));
    }
}
