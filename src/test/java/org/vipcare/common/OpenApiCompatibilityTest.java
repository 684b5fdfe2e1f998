package org.vipcare.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reviewed document ({@code docs/openapi.yaml}, kept equal to the served one by {@link OpenApiSnapshotTest})
 * breaks no client generated from the last released one ({@code docs/openapi/released/<version>.yaml}) unless
 * {@code docs/api-changelog.md} lists the change. Plain JUnit: it reads files only.
 */
class OpenApiCompatibilityTest {

    private static final Path CURRENT = Path.of("docs", "openapi.yaml");
    private static final Path RELEASED = Path.of("docs", "openapi", "released");
    private static final Path CHANGELOG = Path.of("docs", "api-changelog.md");

    @Test
    void everyBreakingChangeSinceTheLastReleaseIsInTheChangelog() throws IOException {
        String released = lastReleased();
        Set<String> breaking = BreakingChanges.between(read(RELEASED.resolve(released + ".yaml")), read(CURRENT));
        Set<String> listed = ApiChangelog.parse(Files.readString(CHANGELOG)).listedAfter(released);

        Set<String> unlisted = new TreeSet<>(breaking);
        unlisted.removeAll(listed);
        assertTrue(unlisted.isEmpty(), () -> "Breaking changes against release " + released + " not listed in "
                + CHANGELOG + " under ## " + ApiChangelog.UNRELEASED + ":\n- `" + String.join("`\n- `", unlisted)
                + "`");
        Set<String> stale = new TreeSet<>(listed);
        stale.removeAll(breaking);
        assertTrue(stale.isEmpty(), () -> CHANGELOG + " lists changes that no longer happen: " + stale);
    }

    @Test
    void everyReleaseHasItsChangelogSection() throws IOException {
        Set<String> sections = ApiChangelog.parse(Files.readString(CHANGELOG)).versions();
        releases().forEach(version -> assertTrue(sections.contains(version), () -> CHANGELOG + " has no ## "
                + version));
    }

    @Test
    void theLastReleaseIsNoNewerThanTheCurrentDocument() throws IOException {
        String current = read(CURRENT).at("/info/version").asText();
        String released = lastReleased();
        assertEquals(released, read(RELEASED.resolve(released + ".yaml")).at("/info/version").asText(),
                "a released file is named after its info.version");
        assertTrue(ApiChangelog.compareVersions(current, released) >= 0,
                () -> "the document's version " + current + " is older than release " + released);
    }

    private static String lastReleased() throws IOException {
        List<String> releases = releases();
        assertTrue(!releases.isEmpty(), () -> "no released document in " + RELEASED);
        return releases.get(releases.size() - 1);
    }

    private static List<String> releases() throws IOException {
        try (Stream<Path> files = Files.list(RELEASED)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".yaml"))
                    .map(name -> name.substring(0, name.length() - ".yaml".length()))
                    .sorted(Comparator.comparing(v -> v, ApiChangelog::compareVersions)).toList();
        }
    }

    private static JsonNode read(Path file) throws IOException {
        return new YAMLMapper().readTree(file.toFile());
    }
}
