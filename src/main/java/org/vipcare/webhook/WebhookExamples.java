package org.vipcare.webhook;

/** Examples of the webhook API's bodies, for the OpenAPI document. */
final class WebhookExamples {

    static final String CREATE = """
            {"url":"https://crm.example.com/hooks/vipcare","events":["complaint.opened","complaint.closed"],\
            "secret":"whsec_5Vq9p2Lr7TmX4cYb"}""";

    static final String WEBHOOK = """
            {"id":"6f1c2a4e-3b7d-4c8e-9a10-2b3c4d5e6f70","url":"https://crm.example.com/hooks/vipcare",\
            "events":["complaint.opened","complaint.closed"],"createdBy":"admin",\
            "createdAt":"2026-11-23T08:00:00Z"}""";

    static final String DELIVERY = """
            {"deliveryId":"0b9e7c52-8d1f-4a36-b2c4-7e5f6a8b9c01","eventId":"3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a",\
            "event":"complaint.opened","attempt":2,"statusCode":200,"durationMs":84,\
            "at":"2026-11-23T08:00:31Z","state":"DELIVERED"}""";

    private WebhookExamples() {
    }
}
