package org.vipcare.notification.console;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import org.vipcare.console.ConsoleContext;
import org.vipcare.notification.Notification;
import org.vipcare.security.CurrentUser;

/**
 * The bell of the top bar ({@code inject:notifications} in main.html): the signed-in user's unread count, read once
 * per page; the live stream keeps it current afterwards.
 */
@Named("notifications")
@RequestScoped
public class NotificationBell {

    private final CurrentUser caller;
    private final ConsoleContext console;
    private final SecurityIdentity identity;
    private Long unread;

    public NotificationBell(CurrentUser caller, ConsoleContext console, SecurityIdentity identity) {
        this.caller = caller;
        this.console = console;
        this.identity = identity;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unread() {
        if (unread == null) {
            unread = console.signedIn() && !identity.isAnonymous() ? Notification.countUnread(caller.id()) : 0L;
        }
        return unread;
    }
}
