package org.vipcare.followup;

/** Request and response examples shown in OpenAPI; each is valid against its own schema. */
final class FollowUpExamples {

    static final String CREATE = """
            {"customerId":"6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f","purpose":"AFTER_REPAIR",
             "dueAt":"2026-11-24T02:00:00Z","note":"Ask whether the brakes feel right after the service"}""";

    static final String REACHED = """
            {"outcome":"REACHED","satisfaction":4,"answers":"Repair fine; waited 40 minutes",
             "suggestion":"Text me when the car is ready","lead":"Interested in winter tyres","durationMinutes":6}""";

    static final String OPEN_COMPLAINT = """
            {"outcome":"REACHED","satisfaction":2,"problem":"Charged twice for the 11/20 service",
             "openComplaint":true,"complaint":{"category":"BILLING","demand":"Refund the second charge",
             "purpose":"ECONOMIC"}}""";

    static final String NO_TIME = """
            {"outcome":"NO_TIME","callbackAt":"2026-11-24T10:30:00Z"}""";

    static final String ANSWER = """
            {"answer":"From December the workshop texts you when the car is ready"}""";

    static final String ATTEMPT = """
            {"id":"4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8","followUpId":"2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
             "at":"2026-11-24T02:10:00Z","byUserId":"3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f","outcome":"REACHED",
             "satisfaction":4,"answers":"Repair fine; waited 40 minutes",
             "suggestion":"Text me when the car is ready","problem":null,"lead":"Interested in winter tyres",
             "callbackAt":null,"complaintId":null,"answerDueAt":"2026-11-26T02:10:00Z","answer":null,
             "answeredAt":null,"answeredById":null,"durationMinutes":6}""";

    static final String RECORDED = """
            {"attempt":{"id":"4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8",
             "followUpId":"2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f","at":"2026-11-24T02:10:00Z",
             "byUserId":"3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f","outcome":"REACHED","satisfaction":4,
             "answers":"Repair fine; waited 40 minutes","suggestion":"Text me when the car is ready","problem":null,
             "lead":"Interested in winter tyres","callbackAt":null,"complaintId":null,
             "answerDueAt":"2026-11-26T02:10:00Z","answer":null,"answeredAt":null,"answeredById":null,"durationMinutes":6},
             "followUp":{"id":"2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
             "customerId":"6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f","purpose":"AFTER_REPAIR",
             "dueAt":"2026-11-24T02:00:00Z","assigneeId":"3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f","status":"DONE",
             "note":"Ask whether the brakes feel right after the service","attempts":1,"failedTries":0,"maxAttempts":3,
             "complaintId":null,"retentionCaseId":null,"specialDate":null,"specialReason":null,
             "createdAt":"2026-11-20T06:00:00Z","updatedAt":"2026-11-24T02:10:00Z","version":2,"brief":null,
             "cancelReason":null}}""";

    static final String FOLLOW_UP = """
            {"id":"2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f","customerId":"6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f",
             "purpose":"AFTER_REPAIR","dueAt":"2026-11-24T02:00:00Z",
             "assigneeId":"3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f","status":"DONE",
             "note":"Ask whether the brakes feel right after the service","attempts":1,"failedTries":0,"maxAttempts":3,
             "complaintId":null,"retentionCaseId":null,"specialDate":null,"specialReason":null,
             "createdAt":"2026-11-20T06:00:00Z","updatedAt":"2026-11-24T02:10:00Z","version":2,"brief":null,
             "cancelReason":null}""";

    static final String DETAIL = """
            {"id":"2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f","customerId":"6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f",
             "purpose":"AFTER_REPAIR","dueAt":"2026-11-24T02:00:00Z",
             "assigneeId":"3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f","status":"DONE",
             "note":"Ask whether the brakes feel right after the service","attempts":1,"failedTries":0,"maxAttempts":3,
             "complaintId":null,"retentionCaseId":null,"specialDate":null,"specialReason":null,
             "createdAt":"2026-11-20T06:00:00Z","updatedAt":"2026-11-24T02:10:00Z","version":2,"brief":null,
             "cancelReason":null,"changes":[{"id":"7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d","kind":"RESCHEDULED",
             "at":"2026-11-21T03:00:00Z","fromDueAt":"2026-11-23T02:00:00Z","toDueAt":"2026-11-24T02:00:00Z",
             "fromAssigneeId":null,"toAssigneeId":null,"note":"Customer is travelling until Monday",
             "byUserId":"3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f"}],
             "history":[{"id":"4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8",
             "followUpId":"2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f","at":"2026-11-24T02:10:00Z",
             "byUserId":"3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f","outcome":"REACHED","satisfaction":4,
             "answers":"Repair fine; waited 40 minutes","suggestion":"Text me when the car is ready","problem":null,
             "lead":"Interested in winter tyres","callbackAt":null,"complaintId":null,
             "answerDueAt":"2026-11-26T02:10:00Z","answer":null,"answeredAt":null,"answeredById":null,"durationMinutes":6}]}""";

    static final String OPINION = """
            {"attemptId":"4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8","followUpId":"2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
             "customerId":"6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f",
             "assigneeId":"3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f","purpose":"AFTER_REPAIR",
             "raisedAt":"2026-11-24T02:10:00Z","raisedById":"3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
             "suggestion":"Text me when the car is ready","problem":null,"answerDueAt":"2026-11-26T02:10:00Z",
             "overdue":false,"answer":null,"answeredAt":null,"answeredById":null}""";

    static final String RESCHEDULE = """
            {"dueAt":"2026-11-25T02:00:00Z","note":"Customer is travelling until Wednesday"}""";

    static final String REASSIGN = """
            {"assigneeId":"5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e","note":"Covering while Li Lei is on leave"}""";

    static final String CANCEL = """
            {"status":"CANCELLED","cancelReason":"The customer asked not to be called about this repair"}""";

    static final String STEERED = """
            {"id":"2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f","customerId":"6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f",
             "purpose":"AFTER_REPAIR","dueAt":"2026-11-25T02:00:00Z",
             "assigneeId":"3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f","status":"OPEN",
             "note":"Ask whether the brakes feel right after the service","attempts":0,"failedTries":0,"maxAttempts":3,
             "complaintId":null,"retentionCaseId":null,"specialDate":null,"specialReason":null,
             "createdAt":"2026-11-20T06:00:00Z","updatedAt":"2026-11-21T03:00:00Z","version":1,"brief":null,
             "cancelReason":null}""";

    private FollowUpExamples() {
    }
}
