package org.vipcare.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start production without a strong console session key. Without one Quarkus invents a key per process
 * (so logins break across replicas), and a key someone else knows lets them mint a session cookie for any user.
 * <p>
 * The rule, on the configured text: at least {@value #REQUIRED_BITS} bits, counting each character as random from
 * the smallest alphabet it fits (hex 4 bits, base64 6 bits, any other text 6.5 bits; base64 padding counts nothing),
 * so base64 of 32 bytes (44 characters), hex of 32 bytes (64) or 40 characters of other text; at least
 * {@value #MIN_DISTINCT} different characters; and not a value published in this repository.
 */
@ApplicationScoped
public class SessionKeyCheck {

    static final String PROPERTY = "quarkus.http.auth.session.encryption-key";
    static final int REQUIRED_BITS = 256;
    static final int MIN_DISTINCT = 12;

    /** Keys written in this repository: the k8s example, the dev and test profiles. Anyone can read them. */
    static final List<String> PUBLISHED = List.of("CHANGE_ME_TO_32_RANDOM_BYTES_BASE64",
            "vipcare-dev-only-session-key-0123456789", "vipcare-test-only-session-key-0123456789");

    private static final String HEX = "0123456789abcdefABCDEF";
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_";

    private final Optional<String> key;

    public SessionKeyCheck(@ConfigProperty(name = PROPERTY) Optional<String> key) {
        this.key = key;
    }

    /** Runs before anything else observes the start, and only for the packaged service in the prod profile. */
    void onStart(@Observes @Priority(1) StartupEvent start) {
        if (LaunchMode.current() == LaunchMode.NORMAL && ConfigUtils.getProfiles().contains("prod")) {
            require();
        }
    }

    /** Throws, naming the problem but never the key, unless the key will do. */
    void require() {
        problemWith(key).ifPresent(problem -> {
            throw new IllegalStateException(PROPERTY + " (QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY) " + problem
                    + ". Generate one with: openssl rand -base64 32");
        });
    }

    /** What is wrong with the key, in words that never quote it; empty when it will do. */
    static Optional<String> problemWith(Optional<String> configured) {
        String key = configured.map(String::strip).orElse("");
        if (key.isEmpty()) {
            return Optional.of("is not set");
        }
        String folded = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (PUBLISHED.contains(key) || folded.contains("changeme")) {
            return Optional.of("is a placeholder published with VIP Care");
        }
        if (key.chars().distinct().count() < MIN_DISTINCT) {
            return Optional.of("has fewer than " + MIN_DISTINCT + " different characters");
        }
        if (bits(key) < REQUIRED_BITS) {
            return Optional.of("is too short: it must hold at least 32 random bytes, e.g. 44 characters of base64");
        }
        return Optional.empty();
    }

    /** The key's strength if every character were drawn at random from the smallest alphabet it fits. */
    static double bits(String key) {
        if (fits(key, HEX)) {
            return key.length() * 4.0;
        }
        String unpadded = key.replaceAll("=+$", "");
        if (fits(unpadded, BASE64)) {
            return unpadded.length() * 6.0;
        }
        return key.length() * 6.5;
    }

    private static boolean fits(String text, String alphabet) {
        return text.chars().allMatch(c -> alphabet.indexOf(c) >= 0);
    }
}
