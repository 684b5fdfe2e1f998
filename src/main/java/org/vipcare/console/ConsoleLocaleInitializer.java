package org.vipcare.console;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;

/**
 * Makes every template rendered for a console request, including the shared error page, speak the user's language
 * and show times in the user's zone, so no resource has to remember to set them. Every template also gets the
 * service clock's "now", so countdowns count from the same instant as the service.
 */
@ApplicationScoped
public class ConsoleLocaleInitializer {

    /** Template attribute read by {@link AdminTemplateExtensions#local}. */
    static final String ZONE_ATTRIBUTE = "vipcare.zone";

    /** Template attribute holding the {@link java.time.Instant} the page is rendered at. */
    public static final String NOW_ATTRIBUTE = "vipcare.now";

    private final Instance<ConsoleContext> console;
    private final Clock clock;

    public ConsoleLocaleInitializer(Instance<ConsoleContext> console, Clock clock) {
        this.console = console;
        this.clock = clock;
    }

    void addToEngine(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(this::localise);
    }

    private void localise(TemplateInstance template) {
        template.setAttribute(NOW_ATTRIBUTE, clock.instant());
        if (!Arc.container().requestContext().isActive()) {
            return;
        }
        ConsoleContext context = console.get();
        if (context.isConsoleRequest()) {
            template.setLocale(context.locale());
            template.setAttribute(ZONE_ATTRIBUTE, context.zone());
        }
    }
}
