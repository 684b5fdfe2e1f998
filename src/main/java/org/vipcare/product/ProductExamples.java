package org.vipcare.product;

/** Request and response examples shown in OpenAPI; each is valid against its own schema. */
final class ProductExamples {

    static final String CREATE = """
            {"kind":"CONTRACT","name":"Broadband 1000M, 24 months","identifier":"BB-2025-004512",
             "startedAt":"2025-01-01","endsAt":"2026-12-31","status":"ACTIVE"}""";

    static final String VEHICLE = """
            {"kind":"VEHICLE","name":"Sedan, white","identifier":"LSVAU2180N2183456","startedAt":"2023-06-18"}""";

    static final String PRODUCT = """
            {"id":"6b1f0d4e-2c3a-4f5b-8e9d-0a1b2c3d4e5f","customerId":"0f8e3c1a-7b2d-4e6f-9a0b-1c2d3e4f5a6b",
             "kind":"CONTRACT","name":"Broadband 1000M, 24 months","identifier":"BB-*******4512",
             "startedAt":"2025-01-01","endsAt":"2026-12-31","status":"ACTIVE","masked":true,
             "createdAt":"2025-01-01T02:00:00Z","updatedAt":"2025-01-01T02:00:00Z","version":0}""";

    private ProductExamples() {
    }
}
