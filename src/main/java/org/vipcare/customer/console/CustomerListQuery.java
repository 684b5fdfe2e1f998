package org.vipcare.customer.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.vipcare.customer.CustomerFilter;

/**
 * The customer list's search and filters as the browser sent them: read by the service through {@link #filter()},
 * echoed back into the filter form, and carried along by the pager's links.
 */
public record CustomerListQuery(String q, String tier, String type, String lifecycleStage, String watch,
        String sort) {

    /** The orders the list offers, as the API's {@code sort} values; the first is the default. */
    static final List<String> SORTS = List.of("createdAt,desc", "name,asc", "joinedAt,asc", "updatedAt,desc");

    /** Parsed by the service's own rules; a value no form offers gets the error page (400). */
    public CustomerFilter filter() {
        return CustomerFilter.parse(q, tier, watch, null, null, null, type, lifecycleStage);
    }

    public String sortOrDefault() {
        return sort != null && SORTS.contains(sort) ? sort : SORTS.get(0);
    }

    /** The list's address with these filters, ready for {@code page=N} to be appended. */
    public String pageBase() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("tier", tier);
        params.put("type", type);
        params.put("lifecycleStage", lifecycleStage);
        params.put("watch", watch);
        params.put("sort", sort);
        return "/admin/customers?" + params.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8) + "&")
                .collect(Collectors.joining());
    }

    public List<String> sorts() {
        return SORTS;
    }
}
