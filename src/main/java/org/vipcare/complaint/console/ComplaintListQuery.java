package org.vipcare.complaint.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.vipcare.complaint.ComplaintFilter;

/** The complaint list's filters as the browser sent them, parsed by the service's own rules (400 if unreadable). */
public record ComplaintListQuery(String status, String category, String overdue, String ownerId, String slaState) {

    ComplaintFilter filter() {
        return ComplaintFilter.parse(status, category, ownerId, overdue, null, null, null, slaState);
    }

    /** The list's address with these filters, ready for {@code page=N} to be appended. */
    public String pageBase() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("status", status);
        params.put("category", category);
        params.put("overdue", overdue);
        params.put("ownerId", ownerId);
        params.put("slaState", slaState);
        return "/admin/complaints?" + params.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8) + "&")
                .collect(Collectors.joining());
    }
}
