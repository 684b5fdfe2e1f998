package org.vipcare.console.lists;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vipcare.common.ProblemException;
import org.vipcare.security.CurrentUser;

/**
 * Each console user's saved filters of the lists: a few named query strings per list, kept on the server. Templates
 * reach it as {@code inject:savedFilters} (the {@code {#savedFilters}} tag); {@link SavedFilterAdminResource} saves
 * and deletes. A user reads and changes only its own.
 */
@Named("savedFilters")
@ApplicationScoped
@Transactional
public class SavedFilters {

    /** The lists that keep filters, by the key the pages use, to their address. */
    public static final Map<String, String> LISTS = Map.of("customers", "/admin/customers",
            "complaints", "/admin/complaints", "retention", "/admin/retention", "follow-ups", "/admin/follow-ups");
    /** How many filters one user keeps per list: a short menu, not an archive. */
    public static final int MAX_PER_LIST = 10;
    static final int MAX_NAME = 60;
    static final int MAX_QUERY = 1000;
    /** The link parameter that tells the list page why its filter was not saved. */
    static final String ERROR_PARAMETER = "savedFilterError";
    /** Parameters that are not part of a filter: where the pager is, the language switch, a refusal. */
    private static final Set<String> NOT_FILTERS = Set.of("page", "lang", ERROR_PARAMETER, "_csrf");
    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,29}");

    /** Why a filter was not saved: no usable name, or the list has {@link #MAX_PER_LIST} already. */
    public enum Refusal {
        NAME, FULL
    }

    /** A saved filter as its list shows it: a link that applies it, marked when it is the list shown. */
    public record Item(UUID id, String name, String href, boolean current) {
    }

    /** What the tag shows for one list: the user's filters, whether one more fits, the current query to save. */
    public record Shelf(String list, List<Item> items, boolean mayAdd, String currentQuery, Refusal refusal,
            int max) {
    }

    private final CurrentUser caller;
    private final CurrentVertxRequest request;
    private final Clock clock;

    public SavedFilters(CurrentUser caller, CurrentVertxRequest request, Clock clock) {
        this.caller = caller;
        this.request = request;
        this.clock = clock;
    }

    /** The signed-in user's filters of {@code list}, with the query string of the page being rendered. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Shelf of(String list) {
        String path = path(list);
        RoutingContext routing = request.getCurrent();
        String current = routing == null ? "" : normalize(routing.request().query());
        List<Item> items = SavedFilter.of(caller.id(), list).stream()
                .map(f -> new Item(f.id, f.name, path + (f.query.isEmpty() ? "" : "?" + f.query),
                        f.query.equals(current)))
                .toList();
        Refusal refusal = null;
        if (routing != null && routing.queryParams().contains(ERROR_PARAMETER)) {
            try {
                refusal = Refusal.valueOf(routing.queryParams().get(ERROR_PARAMETER));
            } catch (IllegalArgumentException ignored) {
                // a hand-edited link: no message
            }
        }
        return new Shelf(list, items, items.size() < MAX_PER_LIST, current, refusal, MAX_PER_LIST);
    }

    /**
     * Saves the list's {@code query} under {@code name} for the caller; a name it used before gets the new query.
     * Returns the refusal, or null when saved.
     */
    public Refusal save(String list, String name, String query) {
        path(list);
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.codePointCount(0, trimmed.length()) > MAX_NAME) {
            return Refusal.NAME;
        }
        String normalized = normalize(query);
        UUID user = caller.id();
        SavedFilter filter = SavedFilter.named(user, list, trimmed).orElse(null);
        if (filter == null) {
            if (SavedFilter.count(user, list) >= MAX_PER_LIST) {
                return Refusal.FULL;
            }
            filter = new SavedFilter();
            filter.id = UUID.randomUUID();
            filter.userId = user;
            filter.listName = list;
            filter.name = trimmed;
            filter.createdAt = clock.instant();
        }
        filter.query = normalized;
        filter.persist();
        return null;
    }

    /** Deletes one of the caller's filters; another user's is as unknown as one that never was (404). */
    public SavedFilter delete(UUID id) {
        SavedFilter filter = SavedFilter.<SavedFilter>findByIdOptional(id)
                .filter(f -> f.userId.equals(caller.id()))
                .orElseThrow(() -> ProblemException.notFound("saved filter", id));
        filter.delete();
        return filter;
    }

    /** The address of a list that keeps filters; any other name is refused (400). */
    public static String path(String list) {
        String path = list == null ? null : LISTS.get(list);
        if (path == null) {
            throw ProblemException.invalid("list", "common.not-one-of", "must be one of " + LISTS.keySet().stream().sorted().toList());
        }
        return path;
    }

    /**
     * A query string as it is kept and compared: decoded and encoded again parameter by parameter (so nothing but
     * a query string can come out of it), without blank values and the parameters that are not filters, cut to what
     * the column holds.
     */
    static String normalize(String query) {
        if (query == null || query.isBlank()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (key == null || value == null || value.isBlank() || NOT_FILTERS.contains(key)
                    || !PARAMETER_NAME.matcher(key).matches()) {
                continue;
            }
            kept.add(key + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
        String normalized = kept.stream().collect(Collectors.joining("&"));
        while (normalized.length() > MAX_QUERY) {
            normalized = normalized.substring(0, normalized.lastIndexOf('&') < 0 ? 0 : normalized.lastIndexOf('&'));
        }
        return normalized;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
