package org.vipcare.contact;

/** Request and response examples shown in OpenAPI; each is valid against its own schema. */
final class ContactExamples {

    static final String CREATE = """
            {"name":"Wang Li","title":"Deputy general manager",
             "phones":{"mobile":"13812345678","office":"010-65551234"},"email":"wang.li@example.com",
             "buyingRole":"DECISION_MAKER","liaison":false,"birthday":"1978-12-10",
             "notes":"Signs off every contract above 100,000"}""";

    static final String LIAISON = """
            {"name":"Zhao Min","title":"Office manager","phones":{"mobile":"13900001111"},
             "buyingRole":"BUYER","liaison":true}""";

    static final String CONTACT = """
            {"id":"3c2b1a09-8f7e-4d6c-9b5a-0f1e2d3c4b5a","customerId":"0f8e3c1a-7b2d-4e6f-9a0b-1c2d3e4f5a6b",
             "name":"Wang Li","title":"Deputy general manager",
             "phones":{"mobile":"138****5678","office":"010*****1234"},"email":"w***@example.com",
             "buyingRole":"DECISION_MAKER","liaison":false,"birthday":null,"notes":null,"masked":true,
             "createdAt":"2025-01-01T02:00:00Z","updatedAt":"2025-01-01T02:00:00Z","version":0}""";

    private ContactExamples() {
    }
}
