package org.vipcare.notification;

/** What a notification is about; its page is where the reader lands. */
public enum NotificationSubject {
    COMPLAINT("/admin/complaints/"), FOLLOW_UP("/admin/follow-ups/");

    private final String page;

    NotificationSubject(String page) {
        this.page = page;
    }

    /** The console page of the subject with this id. */
    public String href(java.util.UUID id) {
        return page + id;
    }
}
