package org.vipcare.followup.console;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.vipcare.console.ConsoleContext;
import org.vipcare.console.Managers;
import org.vipcare.customer.console.OpenWork;
import org.vipcare.customer.console.OpenWorkSource;
import org.vipcare.followup.FollowUpService;
import org.vipcare.security.UserService;

/** The customer's open calls the reader works, for the customer page's open work; an overdue one shows red. */
@RequestScoped
public class FollowUpOpenWork implements OpenWorkSource {

    private final FollowUpService followUps;
    private final UserService users;
    private final ConsoleContext console;
    private final Clock clock;

    public FollowUpOpenWork(FollowUpService followUps, UserService users, ConsoleContext console, Clock clock) {
        this.followUps = followUps;
        this.users = users;
        this.console = console;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 2;
    }

    @Override
    public List<OpenWork> openFor(UUID customerId, int limit) {
        var found = followUps.openFor(customerId, limit);
        if (found.isEmpty()) {
            return List.of();
        }
        FollowUpMessages messages = MessageBundles.get(FollowUpMessages.class,
                Localized.Literal.of(console.languageTag()));
        Managers managers = Managers.load(users);
        var now = clock.instant();
        return found.stream().map(f -> new OpenWork(messages.work_kind_call(), "/admin/follow-ups/" + f.id(),
                messages.followup_purpose(f.purpose()) + (f.note() == null ? "" : " · " + f.note()),
                messages.followup_status(f.status()), f.dueAt().isBefore(now) ? "sla sla-breached" : "status",
                f.dueAt(), managers.nameOf(f.assigneeId()))).toList();
    }
}
