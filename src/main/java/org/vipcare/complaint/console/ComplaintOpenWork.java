package org.vipcare.complaint.console;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.UUID;
import org.vipcare.complaint.ComplaintService;
import org.vipcare.console.AdminTemplateExtensions;
import org.vipcare.console.ConsoleContext;
import org.vipcare.console.Managers;
import org.vipcare.customer.console.OpenWork;
import org.vipcare.customer.console.OpenWorkSource;
import org.vipcare.security.UserService;

/** The customer's complaints not closed yet, for the customer page's open work, with their SLA state. */
@RequestScoped
public class ComplaintOpenWork implements OpenWorkSource {

    private final ComplaintService complaints;
    private final UserService users;
    private final ConsoleContext console;

    public ComplaintOpenWork(ComplaintService complaints, UserService users, ConsoleContext console) {
        this.complaints = complaints;
        this.users = users;
        this.console = console;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public List<OpenWork> openFor(UUID customerId, int limit) {
        var found = complaints.openFor(customerId, limit);
        if (found.isEmpty()) {
            return List.of();
        }
        ComplaintMessages messages = MessageBundles.get(ComplaintMessages.class,
                Localized.Literal.of(console.languageTag()));
        ComplaintCategories categories = ComplaintCategories.load(console.languageTag());
        Managers managers = Managers.load(users);
        return found.stream().map(c -> new OpenWork(messages.work_kind_complaint(), "/admin/complaints/" + c.id(),
                categories.nameOf(c.category()) + " · " + c.summary(),
                messages.complaint_status(c.status()) + " · " + messages.sla_state(c.slaState()),
                "sla sla-" + AdminTemplateExtensions.css(c.slaState()), ComplaintTemplateExtensions.runningDue(c),
                managers.nameOf(c.ownerId()))).toList();
    }
}
