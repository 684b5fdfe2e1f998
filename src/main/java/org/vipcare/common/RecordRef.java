package org.vipcare.common;

/**
 * A record a problem is about, e.g. the open retention case that stands in the way of a new one: the console shows
 * it as a link, the API detail names its id.
 */
public record RecordRef(Kind kind, Object id) {

    /** The kinds of record a refusal can point at, with the console page that shows one. */
    public enum Kind {
        CUSTOMER("/admin/customers/"),
        COMPLAINT("/admin/complaints/"),
        FOLLOW_UP("/admin/follow-ups/"),
        RETENTION_CASE("/admin/retention/");

        public final String consolePath;

        Kind(String consolePath) {
            this.consolePath = consolePath;
        }
    }

    public static RecordRef customer(Object id) {
        return new RecordRef(Kind.CUSTOMER, id);
    }

    public static RecordRef complaint(Object id) {
        return new RecordRef(Kind.COMPLAINT, id);
    }

    public static RecordRef followUp(Object id) {
        return new RecordRef(Kind.FOLLOW_UP, id);
    }

    public static RecordRef retentionCase(Object id) {
        return new RecordRef(Kind.RETENTION_CASE, id);
    }

    public String consoleHref() {
        return kind.consolePath + id;
    }

    @Override
    public String toString() {
        return String.valueOf(id);
    }
}
