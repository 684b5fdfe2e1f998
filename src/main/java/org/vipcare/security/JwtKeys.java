package org.vipcare.security;

import jakarta.annotation.Priority;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.util.KeyUtils;
import io.smallrye.jwt.util.ResourceUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key pair that signs and verifies access tokens. Read from the standard smallrye-jwt locations
 * ({@code mp.jwt.verify.publickey.location}, {@code smallrye.jwt.sign.key.location}). Without them dev, test and demo
 * generate a pair at start ({@code vipcare.jwt.generate-missing-keys}), which is fine for one instance on a laptop;
 * production refuses to start.
 */
@Startup // a production without keys must fail at start, not at the first sign-in
@ApplicationScoped
public class JwtKeys {

    private final PrivateKey signingKey;
    private final PublicKey verificationKey;
    private final String issuer;
    private final int clockSkew;

    public JwtKeys(@ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> publicKeyLocation,
            @ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> privateKeyLocation,
            @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
            @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "0") int clockSkew,
            @ConfigProperty(name = "vipcare.jwt.generate-missing-keys", defaultValue = "false")
            boolean generateMissing) {
        this.issuer = issuer;
        this.clockSkew = clockSkew;
        if (publicKeyLocation.isPresent() != privateKeyLocation.isPresent()) {
            throw new IllegalStateException("Configure both mp.jwt.verify.publickey.location and "
                    + "smallrye.jwt.sign.key.location, or neither");
        }
        try {
            if (publicKeyLocation.isPresent()) {
                verificationKey = KeyUtils.decodePublicKey(read(publicKeyLocation.get()));
                signingKey = KeyUtils.decodePrivateKey(read(privateKeyLocation.get()));
            } else if (!generateMissing) {
                throw new IllegalStateException("No JWT key pair configured: set mp.jwt.verify.publickey.location and "
                        + "smallrye.jwt.sign.key.location (PEM files; k8s/README.md shows how to make them)");
            } else {
                Log.warn("No JWT key pair configured (mp.jwt.verify.publickey.location, smallrye.jwt.sign.key.location):"
                        + " generated one for this process. Tokens will not survive a restart and will not work across"
                        + " replicas.");
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                verificationKey = pair.getPublic();
                signingKey = pair.getPrivate();
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("JWT keys could not be read: " + e.getMessage(), e);
        }
    }

    /** PEM text from a file path, a file: URL or a classpath: resource (the forms smallrye-jwt accepts). */
    private static String read(String location) throws IOException {
        String content = ResourceUtils.readResource(location);
        if (content == null) {
            throw new IOException("nothing at " + location);
        }
        return content;
    }

    PrivateKey signingKey() {
        return signingKey;
    }

    /** Replaces smallrye-jwt's own context so that verification uses the same key pair as signing. */
    @Produces
    @Alternative
    @Priority(1)
    @ApplicationScoped
    JWTAuthContextInfo verificationContext() {
        JWTAuthContextInfo info = new JWTAuthContextInfo(verificationKey, issuer);
        // Both default to 60 s of grace after exp; an expired token must be refused at once.
        info.setExpGracePeriodSecs(0);
        info.setClockSkew(clockSkew);
        return info;
    }
}
