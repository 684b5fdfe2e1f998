package org.vipcare.visit;

/** Request and response examples shown in OpenAPI; each is valid against its own schema. */
final class VisitExamples {

    static final String CREATE = """
            {"plannedAt":"2026-12-03T02:00:00Z","purpose":"Present the 2027 fleet service contract",
             "contactIds":["3c9d7e21-5a4b-4c8d-9e0f-1a2b3c4d5e6f"],
             "checklist":[{"item":"Which of our products suit a customer of this kind?","done":true},
                          {"item":"Bring the signed 2026 service report","done":false}]}""";

    static final String RECORD = """
            {"visitedAt":"2026-12-03T02:10:00Z","durationMinutes":90,
             "summary":"Met the purchasing director; they compare us with two other providers",
             "nextSteps":"Send the price sheet by Friday","leads":"The Shenzhen branch needs 12 more vehicles"}""";

    static final String RESCHEDULE = """
            {"plannedAt":"2026-12-10T06:00:00Z"}""";

    static final String CANCEL = """
            {"status":"CANCELLED"}""";

    static final String TICK = """
            {"checklist":[{"key":"fitting-products","item":"Which of our products suit a customer of this kind?",
                           "done":true}]}""";

    static final String VISIT = """
            {"id":"7d2e4f60-1a3b-4c5d-8e9f-0a1b2c3d4e5f","customerId":"0f8e3c1a-7b2d-4e6f-9a0b-1c2d3e4f5a6b",
             "managerId":"5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d","plannedAt":"2026-12-03T02:00:00Z",
             "purpose":"Present the 2027 fleet service contract",
             "contactIds":["3c9d7e21-5a4b-4c8d-9e0f-1a2b3c4d5e6f"],
             "checklist":[{"key":"fitting-products","item":"Which of our products suit a customer of this kind?",
                           "done":true}],
             "status":"DONE","overdue":false,"visitedAt":"2026-12-03T02:10:00Z","durationMinutes":90,
             "summary":"Met the purchasing director; they compare us with two other providers",
             "nextSteps":"Send the price sheet by Friday","leads":"The Shenzhen branch needs 12 more vehicles",
             "createdAt":"2026-11-20T08:00:00Z","updatedAt":"2026-12-03T05:00:00Z","version":2}""";

    static final String CHECKLIST_INPUT = """
            {"items":[{"key":"know-customer","en":"How well do I know this customer?","zh":"我对这个客户了解多少？"},
                      {"en":"Bring last year's service report","zh":"带上去年的服务报告"}]}""";

    static final String CHECKLIST = """
            {"items":[{"key":"know-customer","en":"How well do I know this customer?","zh":"我对这个客户了解多少？"},
                      {"key":"service-report","en":"Bring last year's service report","zh":"带上去年的服务报告"}],
             "updatedAt":"2026-11-01T02:00:00Z","version":3}""";

    private VisitExamples() {
    }
}
