package org.vipcare.consumption;

/** Request and response examples shown in OpenAPI; each is valid against its own schema. */
final class ConsumptionExamples {

    static final String RESULT = """
            {"accepted":998,"duplicates":1,"rejected":[{"index":17,"externalId":"POS-20261123-0018",
             "violations":[{"field":"amount","message":"must be greater than or equal to 0"}]}]}""";

    private ConsumptionExamples() {
    }
}
