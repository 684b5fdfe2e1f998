package org.vipcare.console;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.vipcare.common.BusinessTime;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemTexts;
import org.vipcare.security.ConsoleSessions;
import org.vipcare.security.Role;
import org.vipcare.security.User;
import org.vipcare.security.UserService;

/**
 * What every console page shows around its content: who is signed in, the language and zone to render in, the
 * CSRF token for forms, and links that switch the language. Templates reach it as {@code inject:console}.
 */
@Named("console")
@RequestScoped
public class ConsoleContext {

    private final CurrentVertxRequest request;
    private final SecurityIdentity identity;
    private final UserService users;
    private final BusinessTime time;

    private Optional<User> user;
    private String language;
    private final Map<String, String> people = new HashMap<>();

    public ConsoleContext(CurrentVertxRequest request, SecurityIdentity identity, UserService users,
            BusinessTime time) {
        this.request = request;
        this.identity = identity;
        this.users = users;
        this.time = time;
    }

    /** A link back to this page in another language, with its label in that language. */
    public record LanguageLink(String language, String href, boolean current) {
    }

    /** True while serving the console, where pages render in the user's language and zone. */
    public boolean isConsoleRequest() {
        RoutingContext routing = request.getCurrent();
        return routing != null && isConsolePath(routing.normalizedPath());
    }

    static boolean isConsolePath(String path) {
        return path.equals("/admin") || path.startsWith("/admin/");
    }

    /** Signed in: a user was found, or, on a page rendered where no lookup may block (an error page), a session was. */
    public boolean signedIn() {
        return user().isPresent() || ConsoleSessions.csrfTokenOf(identity).isPresent();
    }

    public String userName() {
        return user().map(u -> u.displayName).or(() -> ConsoleSessions.displayNameOf(identity)).orElse("");
    }

    public List<Role> roles() {
        return Arrays.stream(Role.values()).filter(role -> signedIn() && identity.hasRole(role.name())).toList();
    }

    /** Supervisors and admins: the reports and the reference data are theirs. */
    public boolean supervises() {
        return signedIn() && (identity.hasRole(Role.SUPERVISOR.name()) || identity.hasRole(Role.ADMIN.name()));
    }

    /** The CSRF token of this console session (see {@link CsrfFilter}); none outside a session. */
    public String csrfToken() {
        return ConsoleSessions.csrfTokenOf(identity).orElse("");
    }

    /** The shipped language this request renders in ({@code en} or {@code zh-CN}). */
    public String languageTag() {
        if (language == null) {
            RoutingContext routing = request.getCurrent();
            Cookie cookie = routing == null ? null : routing.request().getCookie(ConsoleLanguage.COOKIE);
            language = ConsoleLanguage.choose(cookie == null ? null : cookie.getValue(),
                    user().map(u -> u.language).or(() -> ConsoleSessions.languageOf(identity)).orElse(null),
                    routing == null ? null : routing.request().getHeader("Accept-Language"));
        }
        return language;
    }

    public Locale locale() {
        return Locale.forLanguageTag(languageTag());
    }

    /** Users have no zone of their own yet, so everybody sees the business zone. */
    public ZoneId zone() {
        return time.zone();
    }

    /** The messages in this request's language, for the few texts made in Java (form conversion errors). */
    public ConsoleMessages messages() {
        return MessageBundles.get(ConsoleMessages.class, Localized.Literal.of(languageTag()));
    }

    /**
     * A refusal in this request's language, from its code and arguments; a record it names becomes a link. A problem
     * whose code has no text keeps its detail.
     */
    public List<ProblemTexts.Part> explain(ProblemException problem) {
        return ProblemTexts.render(problem.code, problem.args, languageTag(), zone())
                .orElseGet(() -> List.of(new ProblemTexts.Part(problem.getMessage(), null)));
    }

    public List<LanguageLink> languages() {
        return ConsoleLanguage.SHIPPED.stream()
                .map(tag -> new LanguageLink(tag, switchTo(tag), tag.equals(languageTag()))).toList();
    }

    /** Whether the page belongs to a nav section, e.g. {@code customers} for everything under /admin/customers. */
    public boolean inSection(String section) {
        RoutingContext routing = request.getCurrent();
        String prefix = "/admin/" + section;
        return routing != null && (routing.normalizedPath().equals(prefix)
                || routing.normalizedPath().startsWith(prefix + "/"));
    }

    /**
     * This page's address with {@code lang} set; {@link LanguageSwitchFilter} turns it into the cookie. A page that
     * answers a form POST (a refusal shown again) has no address to GET: its links lead back to the page the form was
     * on (the Referer, same origin by our Referrer-Policy), never replaying the POST.
     */
    private String switchTo(String tag) {
        RoutingContext routing = request.getCurrent();
        if (routing == null) {
            return "/admin?lang=" + tag;
        }
        if (routing.request().method() != HttpMethod.GET && routing.request().method() != HttpMethod.HEAD) {
            return formPage(routing.request().getHeader("Referer")) + ConsoleLanguage.PARAMETER + "=" + encode(tag);
        }
        String others = routing.queryParams().entries().stream()
                .filter(e -> !e.getKey().equals(ConsoleLanguage.PARAMETER))
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()) + "&")
                .collect(Collectors.joining());
        return routing.normalizedPath() + "?" + others + ConsoleLanguage.PARAMETER + "=" + encode(tag);
    }

    /** The console page a form was posted from, ready for one more query parameter; the console home if unknown. */
    private static String formPage(String referer) {
        try {
            URI uri = referer == null ? null : new URI(referer);
            if (uri != null && uri.getRawPath() != null && isConsolePath(uri.getRawPath())
                    && !uri.getRawPath().contains("..")) {
                String query = uri.getRawQuery() == null ? "" : Arrays.stream(uri.getRawQuery().split("&"))
                        .filter(p -> !p.isEmpty() && !p.startsWith(ConsoleLanguage.PARAMETER + "="))
                        .map(p -> p + "&").collect(Collectors.joining());
                return uri.getRawPath() + "?" + query;
            }
        } catch (URISyntaxException malformed) {
            // falls through to the console's home
        }
        return "/admin?";
    }

    /**
     * The signed-in user's record. Looked up only where blocking is allowed: an error page rendered on the event
     * loop falls back to the cookie and the browser's language.
     */
    private Optional<User> user() {
        if (user == null) {
            if (!BlockingOperationControl.isBlockingAllowed()) {
                return Optional.empty();
            }
            user = identity.isAnonymous() ? Optional.empty()
                    : users.findByUsername(identity.getPrincipal().getName());
        }
        return user;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * The display name of the user who signed in as {@code login}, for pages that record who did something by login
     * id (policy versions, evaluations, categories, calendar days); the service's own runs read as such in the
     * page's language. A login no longer known shows as it is.
     */
    public String personName(String login) {
        if (login == null) {
            return null;
        }
        if (SERVICE_ACTORS.contains(login)) {
            return messages().person_service();
        }
        return people.computeIfAbsent(login, l -> users.findByUsername(l).map(u -> u.displayName).orElse(l));
    }

    /** The actors the service itself writes: the seed data, the scheduler, the breach scan. */
    private static final List<String> SERVICE_ACTORS = List.of("system", "scheduler");
}
