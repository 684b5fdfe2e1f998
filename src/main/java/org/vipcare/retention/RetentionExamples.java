package org.vipcare.retention;

/** Request examples shown in OpenAPI. */
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

    private RetentionExamples() {
    }
}
