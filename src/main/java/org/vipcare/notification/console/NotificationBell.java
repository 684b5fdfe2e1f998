package org.vipcare.notification.console;

import io.quarkus.runtime.BlockingOperationControl;
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

    /**
     * Zero on a page rendered on an I/O thread (an error page answered before the request reached a worker), which
     * may not wait for the database; the live stream sends the count as soon as the page connects.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long unread() {
        if (unread == null) {
            boolean mayRead = console.signedIn() && !identity.isAnonymous() && BlockingOperationControl.isBlockingAllowed();
            unread = mayRead ? Notification.countUnread(caller.id()) : 0L;
        }
        return unread;
    }
}
