package org.vipcare.complaint;

/** Request and response examples shown in OpenAPI; each is valid against its own schema. */
final class ComplaintExamples {

    static final String CREATE = """
            {"customerId":"6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f","receivedAt":"2026-11-23T08:00:00Z",
             "channel":"PHONE","place":"Call centre","category":"BILLING",
             "summary":"Charged twice for the November data plan","demand":"Refund the second charge",
             "complainantType":"PRAGMATIC","purpose":"ECONOMIC"}""";

    static final String CATEGORY = """
            {"code":"BILLING","nameEn":"Billing","nameZh":"计费","active":true,"sortOrder":1,
             "updatedAt":"2026-09-01T02:00:00Z","updatedBy":"admin","version":2}""";

    static final String CONTACT = """
            {"contactedAt":"2026-11-23T09:30:00Z",
             "note":"Called back; the customer agreed to wait for the billing check","feedbackGiven":false,
             "contactMissed":false,"feedbackMissed":false}""";

    static final String PROGRESS = """
            {"note":"Billing confirmed the double charge; refund requested","feedbackGiven":true}""";

    static final String RESOLVE = """
            {"resolution":"Second charge refunded to the original card","compensation":"10 GB data voucher"}""";

    static final String REOPEN = """
            {"reason":"The refund has not arrived after 10 days"}""";

    static final String HANDOVER = """
            {"toUserId":"7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
             "note":"Needs a supervisor: the customer asks for compensation"}""";

    static final String COMPLAINT = """
            {"id":"9b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e","customerId":"6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f",
             "receivedAt":"2026-11-23T08:00:00Z","channel":"PHONE","place":"Call centre","category":"BILLING",
             "summary":"Charged twice for the November data plan","demand":"Refund the second charge",
             "complainantType":"PRAGMATIC","purpose":"ECONOMIC",
             "firstReceiverId":"3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
             "ownerId":"3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f","staffConcernedId":null,"status":"CONTACTED",
             "slaMultiplier":0.5,"contactDueAt":"2026-11-23T10:00:00Z","feedbackDueAt":"2026-11-24T08:00:00Z",
             "contactWarnAt":"2026-11-23T09:30:00Z","feedbackWarnAt":"2026-11-24T06:00:00Z","contactSla":"MET",
             "feedbackSla":"ON_TRACK","slaState":"ON_TRACK","contactedAt":"2026-11-23T09:30:00Z",
             "contactOnTime":true,"feedbackAt":null,"feedbackOnTime":false,"resolvedAt":null,"resolution":null,
             "compensation":null,"closedAt":null,"reopenedAt":null,"escalated":false,"escalatedAt":null,
             "breaches":[],"allowedMoves":["IN_PROGRESS","RESOLVED"],"createdAt":"2026-11-23T08:01:12Z",
             "updatedAt":"2026-11-23T09:30:05Z","version":1}""";

    static final String EVENT = """
            {"id":"1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b","at":"2026-11-23T09:30:05Z","kind":"CONTACTED",
             "actorId":"3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f","actor":"agent1","fromStatus":"RECEIVED",
             "toStatus":"CONTACTED","fromOwnerId":null,"toOwnerId":null,
             "note":"Called back; the customer agreed to wait for the billing check","feedbackGiven":false,
             "contactMissed":false,"feedbackMissed":false}""";

    private ComplaintExamples() {
    }
}
