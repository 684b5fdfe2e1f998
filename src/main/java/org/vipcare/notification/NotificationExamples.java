package org.vipcare.notification;

/** Request and response examples shown in OpenAPI; each is valid against its own schema. */
final class NotificationExamples {

    static final String NOTIFICATION = """
            {"id":4711,"kind":"FOLLOW_UP_OVERDUE",
             "subject":{"type":"FOLLOW_UP","id":"2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f"},
             "args":{"customer":"6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f","purpose":"AFTER_REPAIR",
             "due":"2026-11-24T02:00:00.000000Z"},
             "text":"Your call to Li Na (After repair) is overdue.",
             "createdAt":"2026-11-24T02:00:20Z","readAt":null}""";

    static final String READ_ALL = """
            {"marked":3}""";

    private NotificationExamples() {
    }
}
