package org.vipcare.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the service on one clock (the injected {@code Clock}) and one zone ({@code vipcare.zone}): no main class
 * reads the system clock or the JVM's zone behind their back, and every cron runs in the business zone.
 */
class OneClockOneZoneTest {

    private static final Path MAIN = Path.of("src", "main", "java");

    /** A time read without an argument that names the clock: {@code LocalDate.now()}, {@code Instant.now()}, ... */
    private static final Pattern NOW_WITHOUT_CLOCK = Pattern.compile(
            "\\b(Instant|LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|OffsetTime|Year|YearMonth"
                    + "|MonthDay)\\.now\\((?![^)]*[cC]lock)");
    private static final Pattern SYSTEM_TIME = Pattern.compile(
            "System\\.currentTimeMillis\\(|new (java\\.util\\.)?Date\\(|ZoneId\\.systemDefault\\(|TimeZone\\.getDefault"
                    + "\\(|ZoneId\\.of\\(");
    private static final Pattern SYSTEM_CLOCK = Pattern.compile("Clock\\.(system|tick|fixed|offset)\\w*\\(");
    private static final Pattern BEAN_LOOKUP = Pattern.compile("Arc\\.container\\(\\)\\.(instance|select|beanInstance)"
            + "|CDI\\.current\\(");
    private static final Pattern SCHEDULED = Pattern.compile("@Scheduled\\(([^)]*)\\)");
    private static final Pattern CRON = Pattern.compile("\\bcron\\s*=");

    @Test
    void mainCodeReadsTimeOnlyFromTheInjectedClock() {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            String text = read(file);
            find(file, text, NOW_WITHOUT_CLOCK, found);
            find(file, text, SYSTEM_TIME, found);
            find(file, text, BEAN_LOOKUP, found);
            if (!file.endsWith(Path.of("common", "ClockProducer.java"))) {
                find(file, text, SYSTEM_CLOCK, found);
            }
        }
        assertEquals(List.of(), found, "use the injected Clock (BusinessTime for the business day)");
    }

    @Test
    void everyCronRunsInTheBusinessZone() {
        List<String> crons = new ArrayList<>();
        List<String> withoutZone = new ArrayList<>();
        for (Path file : sources()) {
            Matcher scheduled = SCHEDULED.matcher(read(file));
            while (scheduled.find()) {
                String attributes = scheduled.group(1);
                if (CRON.matcher(attributes).find()) {
                    crons.add(file.getFileName().toString());
                    if (!attributes.contains("timeZone = \"{vipcare.zone}\"")) {
                        withoutZone.add(file.getFileName() + ": " + scheduled.group().replaceAll("\\s+", " "));
                    }
                }
            }
        }
        assertTrue(crons.containsAll(List.of("TierEvaluations.java", "SpecialDates.java")), "crons found: " + crons);
        assertEquals(List.of(), withoutZone);
    }

    private static void find(Path file, String text, Pattern pattern, List<String> found) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            long line = text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            found.add(MAIN.relativize(file) + ":" + line + ": " + m.group());
        }
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<Path> java = files.filter(f -> f.toString().endsWith(".java")).toList();
            assertTrue(java.size() > 100, "main sources expected under " + MAIN.toAbsolutePath());
            return java;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
