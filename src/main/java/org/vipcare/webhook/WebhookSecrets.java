package org.vipcare.webhook;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;
import org.vipcare.common.VipCareConfig;

/**
 * Keeps the webhooks' secrets encrypted at rest: AES-256-GCM under a key derived (SHA-256) from
 * {@code vipcare.webhooks.encryption-key}, a fresh 12-byte nonce per secret, and the webhook's id as associated data,
 * so a ciphertext copied onto another row does not open. Stored as {@code 1 || nonce || ciphertext+tag}; the leading
 * version byte leaves room for a key rotation. A database dump alone does not reveal the secrets that sign deliveries.
 */
@ApplicationScoped
public class WebhookSecrets {

    static final List<String> PUBLISHED = List.of("CHANGE_ME_TO_32_RANDOM_BYTES_BASE64",
            "vipcare-dev-only-webhook-key-0123456789",
            "vipcare-test-only-webhook-key-0123456789");
    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MIN_KEY_LENGTH = 32;

    private final Optional<SecretKeySpec> key;
    private final Optional<String> configured;
    private final SecureRandom random = new SecureRandom();

    public WebhookSecrets(VipCareConfig config) {
        this.configured = config.webhooks().encryptionKey().map(String::strip).filter(k -> !k.isEmpty());
        this.key = configured.map(WebhookSecrets::derive);
    }

    /** The packaged service in production refuses a published or short key (an absent one only disables webhooks). */
    void onStart(@Observes StartupEvent start) {
        if (LaunchMode.current() == LaunchMode.NORMAL && ConfigUtils.getProfiles().contains("prod")) {
            configured.ifPresent(k -> {
                if (PUBLISHED.contains(k) || k.toLowerCase(java.util.Locale.ROOT).contains("change_me")
                        || k.length() < MIN_KEY_LENGTH) {
                    throw new IllegalStateException("vipcare.webhooks.encryption-key (VIPCARE_WEBHOOKS_ENCRYPTION_KEY)"
                            + " is published with VIP Care or shorter than " + MIN_KEY_LENGTH
                            + " characters. Generate one with: openssl rand -base64 32");
                }
            });
        }
    }

    public byte[] seal(UUID webhookId, String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, webhookId, nonce);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a webhook secret", e);
        }
    }

    public String open(UUID webhookId, byte[] stored) {
        try {
            if (stored.length < 1 + NONCE_BYTES || stored[0] != VERSION) {
                throw new IllegalStateException("Unknown webhook secret format");
            }
            byte[] nonce = java.util.Arrays.copyOfRange(stored, 1, 1 + NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, webhookId, nonce);
            return new String(cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The webhook secret does not open with the configured key", e);
        }
    }

    private Cipher cipher(int mode, UUID webhookId, byte[] nonce) throws GeneralSecurityException {
        SecretKeySpec spec = key.orElseThrow(() -> new ProblemException(ProblemType.UNAVAILABLE,
                "webhook.encryption-key.missing", "Webhooks are not configured on this server: "
                        + "vipcare.webhooks.encryption-key is not set."));
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, spec, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(webhookId.toString().getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }

    private static SecretKeySpec derive(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("vipcare-webhook-secrets\0".getBytes(StandardCharsets.US_ASCII));
            return new SecretKeySpec(digest.digest(text.getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
