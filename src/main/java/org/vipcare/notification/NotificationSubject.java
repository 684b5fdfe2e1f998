package org.vipcare.notification;

import java.util.UUID;

/** What a notification is about; its page is where the reader lands. */
public enum NotificationSubject {
    COMPLAINT("/admin/complaints/"), FOLLOW_UP("/admin/follow-ups/"), CUSTOMER("/admin/customers/");

    private final String page;

    NotificationSubject(String page) {
        this.page = page;
    }

    /** The console page of the subject with this id. */
    public String href(UUID id) {
        return page + id;
    }
}
