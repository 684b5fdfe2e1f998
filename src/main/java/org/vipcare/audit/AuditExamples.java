package org.vipcare.audit;

/** Request and response examples shown in OpenAPI; each is valid against its own schema. */
final class AuditExamples {

    static final String ENTRY = """
            {"id":1042,"at":"2026-11-23T08:05:00Z","actor":"supervisor1","action":"READ_UNMASKED",
             "customerId":"6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f",
             "endpoint":"GET /api/v1/customers/6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f","detail":null}""";

    private AuditExamples() {
    }
}
