package org.vipcare.console;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

/**
 * Makes every template rendered for a console request, including the shared error page, speak the user's language
 * and show times in the user's zone, so no resource has to remember to set them.
 */
@ApplicationScoped
public class ConsoleLocaleInitializer {

    /** Template attribute read by {@link AdminTemplateExtensions#local}. */
    static final String ZONE_ATTRIBUTE = "vipcare.zone";

    private final Instance<ConsoleContext> console;

    public ConsoleLocaleInitializer(Instance<ConsoleContext> console) {
        this.console = console;
    }

    void addToEngine(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(this::localise);
    }

    private void localise(TemplateInstance template) {
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
