package org.vipcare.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code docs/api-changelog.md}: one {@code ## <version>} section per released version, newest first, plus
 * {@code ## Unreleased} while changes wait for a release. A breaking change is accepted by a line that starts with
 * its {@link BreakingChanges} text as a code span: {@code - `response-property-removed CustomerDto.notes` why}.
 */
final class ApiChangelog {

    static final String UNRELEASED = "Unreleased";

    private static final Pattern SECTION = Pattern.compile("^## +(\\S+)");
    private static final Pattern ENTRY = Pattern.compile("^- +`([^`]+)`");

    private final Map<String, List<String>> entries = new LinkedHashMap<>();

    private ApiChangelog() {
    }

    static ApiChangelog parse(String markdown) {
        ApiChangelog changelog = new ApiChangelog();
        List<String> current = null;
        for (String line : markdown.split("\\R")) {
            Matcher section = SECTION.matcher(line);
            Matcher entry = ENTRY.matcher(line);
            if (section.find()) {
                current = changelog.entries.computeIfAbsent(section.group(1), v -> new ArrayList<>());
            } else if (current != null && entry.find()) {
                current.add(entry.group(1));
            }
        }
        return changelog;
    }

    Set<String> versions() {
        return entries.keySet();
    }

    /** The changes listed after {@code released}: in Unreleased or in the section of a newer version. */
    Set<String> listedAfter(String released) {
        Set<String> listed = new TreeSet<>();
        entries.forEach((version, lines) -> {
            if (version.equals(UNRELEASED) || compareVersions(version, released) > 0) {
                listed.addAll(lines);
            }
        });
        return listed;
    }

    /** Numeric, part by part: {@code 1.10 > 1.9}. */
    static int compareVersions(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            int l = i < left.length ? Integer.parseInt(left[i]) : 0;
            int r = i < right.length ? Integer.parseInt(right[i]) : 0;
            if (l != r) {
                return Integer.compare(l, r);
            }
        }
        return 0;
    }
}
