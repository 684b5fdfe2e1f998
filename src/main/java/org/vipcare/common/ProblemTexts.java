package org.vipcare.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a problem code in a console language. The text of code {@code complaint.close.needs-verification} is the
 * message {@code problem_complaint_close_needs_verification} of the feature's bundle
 * ({@code messages/complaint.properties} and {@code complaint_zh_CN}); shared codes ({@code common.*},
 * {@code security.*}, {@code constraint.*}) and those of the console-less consumption feed are in the console bundle.
 * Each message is also a method of the feature's message bundle interface, so the build checks that both languages have
 * it and that it uses every argument. Arguments are worded for people: an enum constant by its
 * label in the bundles, a set of them as a list, a {@link RecordRef} as a link to the record, an instant in the given
 * zone.
 */
public final class ProblemTexts {

    /** A piece of a worded problem: text, and where it links to when it names a record. */
    public record Part(String text, String href) {
        public boolean isLink() {
            return href != null;
        }
    }

    private static final String SHARED_BUNDLE = "console";
    private static final List<String> SHARED_PREFIXES = List.of("common", "security", "constraint", "consumption");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\w+)}");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Where the labels of the enums that problems name are: bundle and message method. */
    private static final Map<String, String[]> ENUM_LABELS = Map.of(
            "ComplaintStatus", new String[] { "complaint", "complaint_status" },
            "FollowUpStatus", new String[] { "followup", "followup_status" },
            "FollowUpOutcome", new String[] { "followup", "followup_outcome" },
            "FollowUpPurpose", new String[] { "followup", "followup_purpose" },
            "RetentionStage", new String[] { "retention", "rstage" },
            "Tier", new String[] { "tier", "tier" },
            "Kind", new String[] { SHARED_BUNDLE, "problem_record" });

    private static final Map<String, Optional<Properties>> FILES = new ConcurrentHashMap<>();

    private ProblemTexts() {
    }

    /** The code of a Bean Validation violation: {@code constraint.not-blank} for {@code @NotBlank}. */
    public static String constraintCode(jakarta.validation.ConstraintViolation<?> violation) {
        return constraintCode(violation.getConstraintDescriptor().getAnnotation());
    }

    public static String constraintCode(java.lang.annotation.Annotation constraint) {
        String name = constraint.annotationType().getSimpleName();
        return "constraint." + name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** The message key of a code. */
    public static String key(String code) {
        return "problem_" + code.replace('.', '_').replace('-', '_');
    }

    /** The bundle that words a code. */
    public static String bundle(String code) {
        String prefix = code.substring(0, Math.max(code.indexOf('.'), 0));
        return prefix.isEmpty() || SHARED_PREFIXES.contains(prefix) ? SHARED_BUNDLE : prefix;
    }

    /** Whether the bundles have a text for the code in that language (or in the default one). */
    public static boolean has(String code, String language) {
        return text(bundle(code), key(code), language) != null;
    }

    /** The problem worded in {@code language}; empty when its code has no text (then the caller shows the detail). */
    public static Optional<List<Part>> render(String code, Map<String, Object> args, String language, ZoneId zone) {
        if (code == null) {
            return Optional.empty();
        }
        String template = text(bundle(code), key(code), language);
        if (template == null) {
            return Optional.empty();
        }
        List<Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Matcher matcher = ARGUMENT.matcher(template);
        int at = 0;
        while (matcher.find()) {
            text.append(template, at, matcher.start());
            Object value = args.get(matcher.group(1));
            if (value instanceof RecordRef record) {
                flush(text, parts);
                parts.add(new Part(word(record.kind(), language, zone), record.consoleHref()));
            } else {
                text.append(word(value, language, zone));
            }
            at = matcher.end();
        }
        text.append(template.substring(at));
        flush(text, parts);
        return Optional.of(List.copyOf(parts));
    }

    /** The problem worded as plain text (links become their labels), or the fallback when the code has no text. */
    public static String plain(String code, Map<String, Object> args, String language, ZoneId zone, String fallback) {
        return render(code, args, language, zone)
                .map(parts -> parts.stream().map(Part::text).reduce("", String::concat))
                .orElse(fallback);
    }

    private static void flush(StringBuilder text, List<Part> parts) {
        if (!text.isEmpty()) {
            parts.add(new Part(text.toString(), null));
            text.setLength(0);
        }
    }

    private static String word(Object value, String language, ZoneId zone) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enum<?> constant) {
            return label(constant, language);
        }
        if (value instanceof Collection<?> values) {
            if (values.isEmpty()) {
                return text(SHARED_BUNDLE, "none", language);
            }
            String separator = language.startsWith("zh") ? "、" : ", ";
            return String.join(separator, values.stream().map(v -> word(v, language, zone)).toList());
        }
        if (value instanceof Instant instant) {
            return MINUTES.format(instant.atZone(zone));
        }
        if (value instanceof RecordRef record) {
            return word(record.kind(), language, zone);
        }
        return value.toString();
    }

    private static String label(Enum<?> constant, String language) {
        String[] where = ENUM_LABELS.get(constant.getDeclaringClass().getSimpleName());
        if (where != null) {
            String label = text(where[0], where[1] + "_" + constant.name(), language);
            if (label == null) {
                label = text(where[0], where[1] + "_$" + constant.name(), language);
            }
            if (label != null) {
                return label;
            }
        }
        return constant.name();
    }

    /** The message of {@code key} in the language's file, else in the default (English) file; null if neither. */
    static String text(String bundle, String key, String language) {
        if (language != null && language.startsWith("zh")) {
            String text = file(bundle + "_zh_CN").map(p -> p.getProperty(key)).orElse(null);
            if (text != null) {
                return text;
            }
        }
        return file(bundle).map(p -> p.getProperty(key)).orElse(null);
    }

    private static Optional<Properties> file(String name) {
        return FILES.computeIfAbsent(name, n -> {
            try (InputStream in = ProblemTexts.class.getClassLoader()
                    .getResourceAsStream("messages/" + n + ".properties")) {
                if (in == null) {
                    return Optional.empty();
                }
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                return Optional.of(properties);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
