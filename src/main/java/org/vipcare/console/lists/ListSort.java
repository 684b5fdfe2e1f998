package org.vipcare.console.lists;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The order of a console list, read from its {@code sort} link parameter ({@code key,asc|desc}, the API's form) and
 * kept in every link the page renders: column headers ({@code {#sortHeader}}), the pager and the filter form. Only
 * the keys a page lists are taken; each is one of its service's sortable API fields, which that service maps to an
 * SQL order with the id as tie-breaker. Anything else is ignored: links are edited by hand and bookmarked, so the
 * console shows the list in its default order rather than an error.
 *
 * @param key the column sorted by, or null for the list's default order (its service's)
 * @param base the list's address with its filters, ready for {@code sort=…&} or {@code page=N} to be appended
 */
public record ListSort(String key, boolean ascending, String base) {

    /** Reads {@code raw} against the page's {@code keys}; a key not among them, or a bad direction, is no sort. */
    public static ListSort parse(String raw, List<String> keys, String base) {
        if (raw == null || raw.isBlank()) {
            return new ListSort(null, true, base);
        }
        String[] parts = raw.trim().split(",", -1);
        String direction = parts.length > 1 ? parts[1].trim().toLowerCase() : "asc";
        if (parts.length > 2 || !keys.contains(parts[0].trim())
                || !direction.equals("asc") && !direction.equals("desc")) {
            return new ListSort(null, true, base);
        }
        return new ListSort(parts[0].trim(), direction.equals("asc"), base);
    }

    /** The API's {@code sort} value for the service, or null for its default order. */
    public String apiSort() {
        return key == null ? null : key + (ascending ? ",asc" : ",desc");
    }

    /** The {@code sort} link parameter, empty for the default order (for hidden fields and saved queries). */
    public String param() {
        return key == null ? "" : apiSort();
    }

    /** The {@code aria-sort} of a column header: only the column the list is sorted by carries one. */
    public String ariaSort(String column) {
        return !column.equals(key) ? null : ascending ? "ascending" : "descending";
    }

    /** Where a click on the column's header leads: ascending first, the other way round on the sorted column. */
    public String toggle(String column) {
        String next = column + (column.equals(key) && ascending ? ",desc" : ",asc");
        return base + "sort=" + encode(next);
    }

    /** The pager's base: the filters and this order, ready for {@code page=N} to be appended. */
    public String pageBase() {
        return key == null ? base : base + "sort=" + encode(apiSort()) + "&";
    }

    /**
     * A list's address with its filter parameters, blank ones left out, ending in {@code ?} or {@code &} so that
     * one more parameter can be appended.
     */
    public static String link(String path, Map<String, String> params) {
        return path + "?" + new LinkedHashMap<>(params).entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()) + "&")
                .collect(Collectors.joining());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
