package org.vipcare.followup;

/** Request examples shown in OpenAPI. */
final class FollowUpExamples {

    static final String CREATE = """
            {"customerId":"6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f","purpose":"AFTER_REPAIR",
             "dueAt":"2026-11-24T02:00:00Z","note":"Ask whether the brakes feel right after the service"}""";

    static final String REACHED = """
            {"outcome":"REACHED","satisfaction":4,"answers":"Repair fine; waited 40 minutes",
             "suggestion":"Text me when the car is ready","lead":"Interested in winter tyres"}""";

    static final String OPEN_COMPLAINT = """
            {"outcome":"REACHED","satisfaction":2,"problem":"Charged twice for the 11/20 service",
             "openComplaint":true,"complaint":{"category":"BILLING","demand":"Refund the second charge",
             "purpose":"ECONOMIC"}}""";

    static final String NO_TIME = """
            {"outcome":"NO_TIME","callbackAt":"2026-11-24T10:30:00Z"}""";

    static final String ANSWER = """
            {"answer":"From December the workshop texts you when the car is ready"}""";

    private FollowUpExamples() {
    }
}
