package org.vipcare.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.common.ProblemException;
import org.vipcare.notification.console.NotificationText;
import org.vipcare.notification.console.NotificationView;
import org.vipcare.security.CurrentUser;

/**
 * The caller's own notifications through the API: list, mark one read, mark all read. Another user's notification is
 * not found (404), never forbidden, so that its existence does not leak.
 */
@ApplicationScoped
@Transactional
public class NotificationService {

    /** Newest first is the order of ids (they increase); createdAt is the field callers know. */
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "id");

    private final CurrentUser caller;
    private final Clock clock;

    public NotificationService(CurrentUser caller, Clock clock) {
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<NotificationDto> list(Boolean unread, PageRequest request, String language) {
        PageRequest.Paging paging = request.resolve(SORTABLE, "id desc");
        UUID me = caller.id();
        List<Notification> found = Notification.listFor(me, unread, paging.orderBy(), paging.page(), paging.size());
        return new Page<>(dtos(found, language), paging.page(), paging.size(), Notification.countFor(me, unread));
    }

    /** Marks one of the caller's notifications read; a second time changes nothing (readAt stays the first). */
    public NotificationDto read(long id, String language) {
        UUID me = caller.id();
        if (Notification.markRead(me, id, clock.instant()) == 0) {
            throw ProblemException.notFound("notification", id);
        }
        Notification notification = Notification.findById(id);
        Notification.getEntityManager().refresh(notification);
        return dtos(List.of(notification), language).get(0);
    }

    public NotificationsRead readAll() {
        return new NotificationsRead(Notification.markAllRead(caller.id(), clock.instant()));
    }

    private static List<NotificationDto> dtos(List<Notification> notifications, String language) {
        List<NotificationView> views = NotificationText.render(notifications, language);
        return IntStream.range(0, notifications.size()).mapToObj(i -> {
            Notification n = notifications.get(i);
            return new NotificationDto(n.id, n.kind, new NotificationDto.Subject(n.subjectType, n.subjectId),
                    n.args(), views.get(i).text(), n.createdAt, n.readAt);
        }).toList();
    }
}
