package org.vipcare.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules of the production session-key check, and that the shipped configuration cannot start in production as
 * it is. The start itself is not run here (a failing start cannot be a {@code @QuarkusTest});
 * {@link SessionKeyCheck#require} is what the start calls in the {@code prod} profile.
 */
class SessionKeyCheckTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void randomKeysOfThirtyTwoBytesPass() {
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            assertEquals(Optional.empty(), problem(Base64.getEncoder().encodeToString(bytes)));
            assertEquals(Optional.empty(), problem(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)));
            assertEquals(Optional.empty(), problem(HexFormat.of().formatHex(bytes)));
        }
        assertEquals(Optional.empty(), problem("correct horse battery staple, 4 more words!"));
    }

    @Test
    void missingShortOrRepetitiveKeysAreRefused() {
        assertEquals(Optional.of("is not set"), SessionKeyCheck.problemWith(Optional.empty()));
        assertEquals(Optional.of("is not set"), problem("   "));
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        // openssl rand -base64 24: 32 characters, but only 24 bytes
        assertTrue(problem(Base64.getEncoder().encodeToString(bytes)).orElseThrow().startsWith("is too short"));
        byte[] short31 = new byte[31];
        RANDOM.nextBytes(short31);
        assertTrue(problem(HexFormat.of().formatHex(short31)).orElseThrow().startsWith("is too short"));
        assertTrue(problem("a".repeat(100)).orElseThrow().startsWith("has fewer than"));
        assertTrue(problem("0123456789".repeat(10)).orElseThrow().startsWith("has fewer than"));
    }

    @Test
    void placeholdersAreRefusedHoweverWritten() {
        for (String placeholder : List.of("CHANGE_ME_TO_32_RANDOM_BYTES_BASE64",
                "change-me-please-with-a-long-and-varied-text-1234567890",
                "ChangeMe" + Base64.getEncoder().encodeToString(new byte[40]))) {
            assertEquals(Optional.of("is a placeholder published with VIP Care"), problem(placeholder), placeholder);
        }
    }

    /** Every key written anywhere in the repository is public, so production must refuse each of them. */
    @Test
    void everyKeyPublishedInTheRepositoryIsRefused() throws IOException {
        Pattern property = Pattern.compile("(?:encryption-key=|ENCRYPTION_KEY[:=]\\s*\"?)([^\\s\"$]+)");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Stream.of(Files.walk(Path.of("k8s")), Files.walk(Path.of("docs")),
                Stream.of(Path.of("README.md"), Path.of("src/main/resources/application.properties")))
                .flatMap(s -> s)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = property.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.add(matcher.group(1));
                }
            }
        }
        assertTrue(found.size() >= 3, "the dev, test and k8s example keys at least: " + found);
        found.forEach(key -> assertTrue(problem(key).isPresent(), "published key accepted: " + key));
    }

    /** The packaged application.properties under the prod profile: no key, so the start throws, without a key. */
    @Test
    void theShippedConfigurationDoesNotStartInProduction() throws IOException {
        SmallRyeConfig prod = new SmallRyeConfigBuilder().addDefaultInterceptors().withProfile("prod")
                .withSources(new PropertiesConfigSource(Path.of("src/main/resources/application.properties").toUri()
                        .toURL(), 250))
                .build();
        Optional<String> key = prod.getOptionalValue(SessionKeyCheck.PROPERTY, String.class);
        assertEquals(Optional.empty(), key);

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new SessionKeyCheck(key).require());
        assertTrue(refused.getMessage().contains("is not set"), refused.getMessage());

        String published = "vipcare-test-only-session-key-0123456789";
        IllegalStateException placeholder = assertThrows(IllegalStateException.class,
                () -> new SessionKeyCheck(Optional.of(published)).require());
        assertFalse(placeholder.getMessage().contains(published), "the message must not quote the key");
        assertDoesNotThrow(() -> new SessionKeyCheck(Optional.of(Base64.getEncoder().encodeToString(
                RANDOM.generateSeed(32)))).require());
    }

    private static Optional<String> problem(String key) {
        return SessionKeyCheck.problemWith(Optional.of(key));
    }
}
