package org.vipcare.complaint;

/** Request examples shown in OpenAPI. */
final class ComplaintExamples {

    static final String CREATE = """
            {"customerId":"6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f","receivedAt":"2026-11-23T08:00:00Z",
             "channel":"PHONE","place":"Call centre","category":"BILLING",
             "summary":"Charged twice for the November data plan","demand":"Refund the second charge",
             "complainantType":"PRAGMATIC","purpose":"ECONOMIC"}""";

    private ComplaintExamples() {
    }
}
