package org.vipcare.console;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.TimeZone;
import org.vipcare.common.Page;

/** How values look in the console: times in the user's zone, CSS names, numbers, pager arithmetic. */
@TemplateExtension
public class AdminTemplateExtensions {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private AdminTemplateExtensions() {
    }

    /** A stored UTC instant as the user reads it, in the zone {@link ConsoleLocaleInitializer} set for the page. */
    static String local(Instant at, @TemplateExtension.TemplateAttribute(ConsoleLocaleInitializer.ZONE_ATTRIBUTE) Object zone) {
        if (at == null) {
            return "";
        }
        return DATE_TIME.format(at.atZone(zone instanceof ZoneId id ? id : ZoneOffset.UTC));
    }

    /** {@code DIAMOND} becomes the CSS class {@code diamond}, {@code PRICE_ORIENTED} {@code price-oriented}. */
    public static String css(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A stored number as a person would type it: {@code 0.750} reads {@code 0.75}, {@code 1.000} reads {@code 1}. */
    static String plain(BigDecimal value) {
        return FormText.plain(value);
    }

    /** A ratio as a percentage without the sign: {@code 0.500} reads {@code 50}. */
    static String asPercent(BigDecimal ratio) {
        return ratio == null ? null : FormText.plain(ratio.movePointRight(2));
    }

    /** An amount of money with two decimals and thousands grouped, {@code 12,345.60}. */
    static String money(BigDecimal amount) {
        return amount == null ? null : String.format(Locale.ROOT, "%,.2f", amount);
    }

    /**
     * A zone id as people name it, in the page's language: {@code Asia/Shanghai} reads 中国标准时间 or China Standard
     * Time (an unknown id reads as GMT, so ids come from the configuration only).
     */
    static String zoneName(String zoneId, @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return zoneId == null ? null : TimeZone.getTimeZone(zoneId).getDisplayName(false, TimeZone.LONG,
                locale instanceof Locale l ? l : Locale.ENGLISH);
    }

    static String hhmm(LocalTime time) {
        return time == null ? null : time.toString();
    }

    // ---- pages: the API counts from 0, people from 1

    static int number(Page<?> page) {
        return page.page() + 1;
    }

    static int pageCount(Page<?> page) {
        return (int) Math.max(1, (page.total() + page.size() - 1) / page.size());
    }

    static boolean hasPrevious(Page<?> page) {
        return page.page() > 0;
    }

    static boolean hasNext(Page<?> page) {
        return (long) (page.page() + 1) * page.size() < page.total();
    }

    static int previousPage(Page<?> page) {
        return page.page() - 1;
    }

    static int nextPage(Page<?> page) {
        return page.page() + 1;
    }
}
