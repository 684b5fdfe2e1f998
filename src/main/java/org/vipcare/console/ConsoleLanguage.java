package org.vipcare.console;

import io.quarkus.qute.TemplateGlobal;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The console's two languages and how one is chosen: an explicit switch (the {@value #COOKIE} cookie) beats the
 * user's own setting, which beats the browser's Accept-Language; English when none of them names a shipped one.
 */
public final class ConsoleLanguage {

    public static final String COOKIE = "vipcare-lang";
    public static final String PARAMETER = "lang";
    public static final String ENGLISH = "en";
    public static final String CHINESE = "zh-CN";
    /** Offered by the language pickers as the template global {@code languages}. */
    @TemplateGlobal(name = "languages")
    public static final List<String> SHIPPED = List.of(ENGLISH, CHINESE);

    private ConsoleLanguage() {
    }

    public static String choose(String cookie, String userLanguage, String acceptLanguage) {
        return shipped(cookie).or(() -> shipped(userLanguage)).or(() -> fromAcceptLanguage(acceptLanguage))
                .orElse(ENGLISH);
    }

    /** The shipped language a tag means: any Chinese variant reads Simplified Chinese, any English variant English. */
    public static Optional<String> shipped(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return switch (language) {
            case "zh" -> Optional.of(CHINESE);
            case "en" -> Optional.of(ENGLISH);
            default -> Optional.empty();
        };
    }

    private static Optional<String> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            // LanguageRange.parse orders the ranges by their q weights.
            return Locale.LanguageRange.parse(header).stream().filter(range -> range.getWeight() > 0)
                    .map(range -> shipped(range.getRange())).flatMap(Optional::stream).findFirst();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /**
     * Remembers a switch for a year. It only chooses wording, so SameSite=Lax is enough: a link from elsewhere
     * already opens in the chosen language.
     */
    public static Cookie cookie(String language, boolean secure) {
        return Cookie.cookie(COOKIE, language).setPath("/admin").setMaxAge(Duration.ofDays(365).toSeconds())
                .setHttpOnly(true).setSecure(secure).setSameSite(CookieSameSite.LAX);
    }
}
