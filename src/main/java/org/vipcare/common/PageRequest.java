package org.vipcare.common;

import jakarta.ws.rs.QueryParam;
import java.util.Map;

/**
 * Paging and sorting query parameters ({@code page}, {@code size}, {@code sort=field,asc|desc}). They are read as
 * text and checked here, so that bad values get a 400 naming the parameter and a sort key never reaches SQL
 * unchecked.
 */
public class PageRequest {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
    /** The furthest a list reaches: an offset (page × size) beyond it would overflow the paging arithmetic. */
    public static final long MAX_OFFSET = Integer.MAX_VALUE;

    @QueryParam("page")
    String page;

    @QueryParam("size")
    String size;

    @QueryParam("sort")
    String sort;

    public static PageRequest of(int page, int size, String sort) {
        PageRequest request = new PageRequest();
        request.page = Integer.toString(page);
        request.size = Integer.toString(size);
        request.sort = sort;
        return request;
    }

    /** A checked page request: 0-based page, size, and an SQL order made only of allowed column names. */
    public record Paging(int page, int size, String orderBy) {
        public int offset() {
            return page * size;
        }

        public boolean ascending() {
            return orderBy.endsWith(" asc");
        }
    }

    /** @param sortableColumns API field name to SQL column; @param defaultOrder e.g. "created_at desc" */
    public Paging resolve(Map<String, String> sortableColumns, String defaultOrder) {
        Problem.Violations violations = new Problem.Violations();
        int pageNumber = parse(page, 0);
        int pageSize = parse(size, DEFAULT_SIZE);
        if (pageNumber < 0) {
            violations.add("page", "common.page.out-of-range",
                    "must be a whole number from 0 to " + MAX_OFFSET / Math.max(1, pageSize));
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            violations.add("size", "common.size.out-of-range", "must be a whole number from 1 to " + MAX_SIZE);
        } else if (pageNumber >= 0 && (long) pageNumber * pageSize > MAX_OFFSET) {
            violations.add("page", "common.page.out-of-range",
                    "must be at most " + MAX_OFFSET / pageSize + " for size " + pageSize);
        }
        String order = defaultOrder;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",", -1);
            String column = sortableColumns.get(parts[0].trim());
            String direction = parts.length > 1 ? parts[1].trim().toLowerCase() : "asc";
            if (column == null || parts.length > 2) {
                violations.add("sort", "common.sort.unknown", "must be one of " + String.join(", ",
                        sortableColumns.keySet().stream()
                        .sorted().toList()) + ", optionally followed by ,asc or ,desc");
            } else if (!direction.equals("asc") && !direction.equals("desc")) {
                violations.add("sort", "common.sort.direction", "direction must be asc or desc");
            } else {
                order = column + " " + direction;
            }
        }
        violations.throwIfAny();
        return new Paging(pageNumber, pageSize, order);
    }

    private static int parse(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
