package org.vipcare.retention;

/** Request and response examples shown in OpenAPI; each is valid against its own schema. */
final class RetentionExamples {

    static final String CREATE = """
            {"customerId":"6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f","type":"NETWORK","service":"Mobile plan",
             "statedReason":"TARIFF","channel":"BILLING"}""";

    static final String PROBE = """
            {"realReason":"COMPETITOR","reasonDetail":"A rival offered a family plan at half the price",
             "fixable":true,"attitude":"NUMB","severity":4,"countermeasureCost":2}""";

    static final String OFFER = """
            {"kind":"TARIFF_CHANGE","description":"Family plan with three numbers","monthlyValue":38.00}""";

    static final String AGREEMENT = """
            {"offerId":"0b8f5a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b","method":"TARIFF_CHANGE"}""";

    static final String CLOSE = """
            {"outcome":"RETAINED","note":"Stays on the family plan from next month"}""";

    static final String PLAYBOOK = """
            {"locale":"en","title":"Probing a hostile customer",
             "text":"Do not persuade at once; take a roundabout route and keep empathy."}""";

    static final String OFFER_MADE = """
            {"id":"0b8f5a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b","caseId":"5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
             "kind":"TARIFF_CHANGE","description":"Family plan with three numbers","monthlyValue":38.0,
             "createdBy":"3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f","createdAt":"2026-11-23T03:20:00Z"}""";

    static final String PLAYBOOK_ENTRY = """
            {"key":"probe.NUMB","locale":"en","topic":"PROBING","title":"Probing an indifferent customer",
             "text":"Ask open questions about how the service is used before naming any offer.",
             "updatedAt":"2026-09-01T02:00:00Z","updatedBy":"admin","version":1}""";

    static final String CASE = """
            {"id":"5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d","customerId":"6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f",
             "type":"NETWORK","service":"Mobile plan","statedReason":"TARIFF","channel":"BILLING",
             "realReason":"COMPETITOR","reasonDetail":"A rival offered a family plan at half the price",
             "fixable":true,"attitude":"NUMB","severity":4,"countermeasureCost":2,"retentionScore":-2,
             "scoreBand":"AT_MOST_MINUS_2","stage":"PROPOSING","outcome":null,"agreedOfferId":null,
             "agreementMethod":null,"agreedAt":null,"note":null,"managerId":"3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
             "openedBy":"3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f","source":"AGENT","openedAt":"2026-11-23T03:00:00Z",
             "probedAt":"2026-11-23T03:10:00Z","closedAt":null,"followUpId":null,
             "offers":[{"id":"0b8f5a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b","caseId":"5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
             "kind":"TARIFF_CHANGE","description":"Family plan with three numbers","monthlyValue":38.0,
             "createdBy":"3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f","createdAt":"2026-11-23T03:20:00Z"}],
             "allowedActions":["PROBE","OFFER","AGREE","CLOSE_LOST"],"playbook":[{"key":"probe.NUMB","locale":"en",
             "topic":"PROBING","title":"Probing an indifferent customer",
             "text":"Ask open questions about how the service is used before naming any offer.",
             "updatedAt":"2026-09-01T02:00:00Z","updatedBy":"admin","version":1}],
             "createdAt":"2026-11-23T03:00:00Z","updatedAt":"2026-11-23T03:20:00Z","version":3}""";

    static final String EVENT = """
            {"id":"1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b","at":"2026-11-23T03:10:00Z","kind":"PROBED",
             "actorId":"3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f","actor":"agent1","fromStage":"TRUST",
             "toStage":"PROBING",
             "note":"real reason COMPETITOR (fixable), severity 4, countermeasure cost 2, score -2, attitude NUMB",
             "realReason":"COMPETITOR","fixable":true,"severity":4,"countermeasureCost":2,"retentionScore":-2,
             "attitude":"NUMB","offerId":null,"remark":null}""";

    static final String CHURN_REASON = """
            {"code":"TARIFF","name":"Unhappy with tariffs"}""";

    static final String SAVE_DESK_ENTRY = """
            {"id":"5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d","customerId":"6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f",
             "customerName":"张伟","tier":"GOLD","watch":false,"windowSpend":12800.0,"type":"NETWORK",
             "stage":"PROPOSING","realReason":"COMPETITOR","retentionScore":-2,
             "managerId":"3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f","source":"AGENT","openedAt":"2026-11-23T03:00:00Z"}""";

    static final String STATS = """
            {"from":"2026-11-01T00:00:00Z","to":"2026-12-01T00:00:00Z","managerId":null,"overall":{"key":"ALL",
             "opened":20,"open":4,"closed":16,"retained":10,"partial":2,"lost":4,"retentionRate":0.625},
             "byRealReason":[{"key":"COMPETITOR","opened":8,"open":2,"closed":6,"retained":3,"partial":1,"lost":2,
             "retentionRate":0.5}],"byOfferKind":[{"key":"TARIFF_CHANGE","opened":9,"open":0,"closed":9,
             "retained":7,"partial":1,"lost":1,"retentionRate":0.7778}],"byScoreBand":[{"key":"PLUS_1_TO_2",
             "opened":6,"open":1,"closed":5,"retained":4,"partial":0,"lost":1,"retentionRate":0.8}],
             "byAgent":[{"key":"3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f","opened":12,"open":2,"closed":10,"retained":7,
             "partial":1,"lost":2,"retentionRate":0.7}],"statedVsReal":{"probed":15,"compared":15,"differing":6,
             "rate":0.4}}""";

    private RetentionExamples() {
    }
}
