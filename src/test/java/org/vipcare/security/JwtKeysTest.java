package org.vipcare.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key pair comes from PEM files named by the standard smallrye-jwt properties, as in k8s/app.yml. */
class JwtKeysTest {

    @Test
    void readsAKeyPairFromPemFiles(@TempDir Path dir) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Path publicPem = Files.writeString(dir.resolve("public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        Path privatePem = Files.writeString(dir.resolve("private.pem"),
                pem("PRIVATE KEY", pair.getPrivate().getEncoded()));

        JwtKeys keys = new JwtKeys(Optional.of(publicPem.toString()), Optional.of(privatePem.toString()), "issuer", 0,
                false);
        assertArrayEquals(pair.getPrivate().getEncoded(), keys.signingKey().getEncoded());
        assertNotNull(keys.verificationContext().getPublicVerificationKey());

        JwtKeys viaUrl = new JwtKeys(Optional.of("file:" + publicPem), Optional.of("file:" + privatePem), "issuer", 0,
                false);
        assertEquals(0, viaUrl.verificationContext().getClockSkew());
        assertArrayEquals(pair.getPublic().getEncoded(), viaUrl.verificationContext().getPublicVerificationKey()
                .getEncoded());
    }

    @Test
    void refusesHalfAPairOrAMissingFile(@TempDir Path dir) {
        assertThrows(IllegalStateException.class,
                () -> new JwtKeys(Optional.of("/nowhere/public.pem"), Optional.empty(), "issuer", 0, false));
        assertThrows(IllegalStateException.class, () -> new JwtKeys(Optional.of(dir.resolve("a.pem").toString()),
                Optional.of(dir.resolve("b.pem").toString()), "issuer", 0, false));
    }

    @Test
    void refusesToStartWithoutKeysUnlessAskedToGenerateThem() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new JwtKeys(Optional.empty(), Optional.empty(), "issuer", 0, false));
        org.junit.jupiter.api.Assertions.assertTrue(refused.getMessage().contains("No JWT key pair configured"),
                refused.getMessage());
        assertNotNull(new JwtKeys(Optional.empty(), Optional.empty(), "issuer", 0, true).signingKey());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
