package org.vipcare.console;

import io.quarkus.qute.TemplateData;
import org.vipcare.common.Page;

/**
 * Value resolvers for the shared types every console page renders, generated at build time so that a native image
 * needs no reflection for them. Each feature's console package registers its own types the same way (e.g.
 * {@code CustomerTemplateData}); the pages' own view types are resolved from their checked templates.
 */
@TemplateData(target = Page.class)
final class ConsoleTemplateData {

    private ConsoleTemplateData() {
    }
}
