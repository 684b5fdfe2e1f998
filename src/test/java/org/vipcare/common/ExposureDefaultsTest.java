package org.vipcare.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * What each profile exposes, read from application.properties as that profile sees it: production serves no API
 * document, generates no token keys, and keeps health and metrics on the management interface.
 */
class ExposureDefaultsTest {

    private static SmallRyeConfig config(String profile) throws IOException {
        URL properties = ExposureDefaultsTest.class.getClassLoader().getResource("application.properties");
        return new SmallRyeConfigBuilder().withProfile(profile)
                .withSources(new PropertiesConfigSource(properties, 250)).build();
    }

    private static boolean flag(SmallRyeConfig config, String name) {
        return config.getOptionalValue(name, Boolean.class).orElse(false);
    }

    @Test
    void productionServesNoDocumentAndGeneratesNoKeys() throws IOException {
        SmallRyeConfig prod = config("prod");
        assertEquals(false, flag(prod, "quarkus.smallrye-openapi.enabled"));
        assertEquals(false, flag(prod, "quarkus.swagger-ui.always-include"));
        assertEquals(false, flag(prod, "vipcare.jwt.generate-missing-keys"));
        assertEquals(true, flag(prod, "quarkus.management.enabled"));
        assertEquals(9000, prod.getValue("quarkus.management.port", Integer.class));
    }

    @Test
    void devTestAndDemoServeTheDocumentAndGenerateKeys() throws IOException {
        for (String profile : new String[] { "dev", "test", "demo" }) {
            SmallRyeConfig config = config(profile);
            assertEquals(true, flag(config, "quarkus.smallrye-openapi.enabled"), profile);
            assertEquals(true, flag(config, "vipcare.jwt.generate-missing-keys"), profile);
        }
    }
}
