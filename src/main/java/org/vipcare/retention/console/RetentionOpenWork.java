package org.vipcare.retention.console;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.UUID;
import org.vipcare.common.PageRequest;
import org.vipcare.console.AdminTemplateExtensions;
import org.vipcare.console.ConsoleContext;
import org.vipcare.console.Managers;
import org.vipcare.customer.console.OpenWork;
import org.vipcare.customer.console.OpenWorkSource;
import org.vipcare.retention.RetentionFilter;
import org.vipcare.retention.RetentionService;
import org.vipcare.retention.RetentionStage;
import org.vipcare.security.UserService;

/** The customer's retention cases not closed yet that the reader may see, for the customer page's open work. */
@RequestScoped
public class RetentionOpenWork implements OpenWorkSource {

    private final RetentionService retention;
    private final UserService users;
    private final ConsoleContext console;

    public RetentionOpenWork(RetentionService retention, UserService users, ConsoleContext console) {
        this.retention = retention;
        this.users = users;
        this.console = console;
    }

    @Override
    public int order() {
        return 3;
    }

    @Override
    public List<OpenWork> openFor(UUID customerId, int limit) {
        // A customer has at most one open case (the service refuses a second), so its newest cases hold it.
        var found = retention.list(new RetentionFilter(null, null, null, null, customerId, null, null),
                PageRequest.of(0, limit, null), console.languageTag()).items().stream()
                .filter(c -> c.stage() != RetentionStage.CLOSED).toList();
        if (found.isEmpty()) {
            return List.of();
        }
        RetentionMessages messages = MessageBundles.get(RetentionMessages.class,
                Localized.Literal.of(console.languageTag()));
        Managers managers = Managers.load(users);
        return found.stream().map(c -> new OpenWork(messages.work_kind_retention(), "/admin/retention/" + c.id(),
                messages.rtype(c.type()) + (c.statedReason() == null ? "" : " · " + c.statedReason()),
                messages.rstage(c.stage()), "badge rstage rstage-" + AdminTemplateExtensions.css(c.stage()),
                null, managers.nameOf(c.managerId()))).toList();
    }
}
