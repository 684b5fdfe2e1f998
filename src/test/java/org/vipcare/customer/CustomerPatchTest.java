package org.vipcare.customer;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/** PATCH /api/v1/customers/{id} with a JSON merge patch: the PUT path after a merge into the current data. */
@QuarkusTest
class CustomerPatchTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void anIntegrationThatReadsMaskedDataChangesOnlyWhatItSends() {
        Caller manager = TestData.newUser(Role.AGENT);
        String mobile = TestData.mobile();
        String number = TestData.idNumber();
        UUID id = create(manager, Map.of("phones", Map.of("mobile", mobile), "email", "old@example.com",
                "address", "1 Old Street", "idDocument", Map.of("type", "ID_CARD", "number", number)));
        Caller integration = TestData.as(Role.INTEGRATION);
        integration.request().get(path(id)).then().body("phones.mobile", startsWith(mobile.substring(0, 3) + "****"));

        patch(integration, "\"0\"").body(Map.of("email", "new@example.com")).patch(path(id))
                .then().statusCode(200).contentType("application/json").header("ETag", "\"1\"")
                .body("email", equalTo("n***@example.com"), "address", nullValue(), "masked", equalTo(true));
        Customer stored = TestData.customer(id);
        assertEquals("new@example.com", stored.email);
        assertEquals("1 Old Street", stored.address);
        assertEquals(mobile, stored.phoneMobile);
        assertEquals(number, stored.idDocNumber);
        assertEquals(manager.id(), stored.managerId);
        assertEquals(1, stored.version);
    }

    @Test
    void nullRemovesAFieldAndNestedObjectsMergeMemberByMember() {
        Caller manager = TestData.newUser(Role.AGENT);
        String mobile = TestData.mobile();
        UUID id = create(manager, Map.of("phones", Map.of("mobile", mobile, "home", "010-5555 1234"),
                "address", "2 Gone Road", "preferredContactWindow", Map.of("from", "09:00", "to", "18:00")));

        Map<String, Object> phones = new HashMap<>();
        phones.put("office", "010-8888 0000");
        phones.put("home", null);
        Map<String, Object> body = new HashMap<>();
        body.put("address", null);
        body.put("phones", phones);
        body.put("preferredContactWindow", Map.of("to", "20:00"));
        String number = TestData.idNumber();
        body.put("idDocument", Map.of("number", number));
        patch(manager, "W/\"0\"").body(body).patch(path(id)).then().statusCode(200).header("ETag", "\"1\"")
                .body("address", nullValue(), "phones.mobile", equalTo(mobile),
                        "phones.office", equalTo("010-8888 0000"), "phones.home", nullValue(),
                        "preferredContactWindow.from", equalTo("09:00:00"),
                        "preferredContactWindow.to", equalTo("20:00:00"),
                        "idDocument.type", equalTo("ID_CARD"), "idDocument.number", equalTo(number));
        Customer stored = TestData.customer(id);
        assertNull(stored.address);
        assertNull(stored.phoneHome);
        assertEquals(mobile, stored.phoneMobile);
        assertEquals(LocalTime.of(9, 0), stored.contactFrom);
        assertEquals(LocalTime.of(20, 0), stored.contactTo);
        assertEquals(IdDocumentType.ID_CARD, stored.idDocType);
    }

    @Test
    void aMaskedPhoneOrIdentityNumberIsRefusedAndChangesNothing() {
        Caller manager = TestData.newUser(Role.AGENT);
        UUID id = create(manager, Map.of());
        Customer before = TestData.customer(id);

        patch(TestData.as(Role.INTEGRATION), "\"0\"")
                .body(Map.of("name", "Masked Echo", "phones", Map.of("mobile", "139****1234", "office", "010-****"),
                        "idDocument", Map.of("number", "110101********1234")))
                .patch(path(id)).then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/validation"), "violations.field",
                        containsInAnyOrder("phones.mobile", "phones.office", "idDocument.number"));
        Customer after = TestData.customer(id);
        assertEquals(before.name, after.name);
        assertEquals(before.phoneMobile, after.phoneMobile);
        assertEquals(before.idDocNumber, after.idDocNumber);
        assertEquals(0, after.version);
    }

    @Test
    void theMergedResultIsValidatedAsAPutWouldBe() {
        Caller manager = TestData.newUser(Role.AGENT);
        UUID id = create(manager, Map.of());
        Map<String, Object> noName = new HashMap<>();
        noName.put("name", null);
        noName.put("email", "not-an-email");
        patch(manager, "\"0\"").body(noName).patch(path(id)).then().statusCode(400)
                .body("violations.field", containsInAnyOrder("name", "email"));
        Map<String, Object> noMobile = new HashMap<>();
        noMobile.put("phones", null);
        patch(manager, "\"0\"").body(noMobile).patch(path(id)).then().statusCode(400)
                .body("violations.field", contains("phones.mobile"));
        patch(manager, "\"0\"").body(Map.of("type", "ALIEN")).patch(path(id)).then().statusCode(400)
                .body("violations.field", contains("type"));
        patch(manager, "\"0\"").body("[\"name\"]").patch(path(id)).then().statusCode(400)
                .body("violations.field", contains("request"));
        assertEquals(0, TestData.customer(id).version);
    }

    @Test
    void needsTheCurrentVersionInIfMatch() {
        Caller manager = TestData.newUser(Role.AGENT);
        UUID id = create(manager, Map.of());
        patch(manager, null).body(Map.of("notes", "No version")).patch(path(id)).then().statusCode(428)
                .contentType("application/problem+json");
        patch(manager, "\"0\"").body(Map.of("notes", "First")).patch(path(id)).then().statusCode(200);
        patch(manager, "\"0\"").body(Map.of("notes", "Stale")).patch(path(id)).then().statusCode(412)
                .contentType("application/problem+json");
        assertEquals("First", TestData.customer(id).notes);
    }

    @Test
    void takesTheRoleRulesOfPut() {
        Caller manager = TestData.newUser(Role.AGENT);
        Caller colleague = TestData.newUser(Role.AGENT);
        UUID id = create(manager, Map.of());
        patch(colleague, "\"0\"").body(Map.of("notes", "Not mine")).patch(path(id)).then().statusCode(403);
        patch(manager, "\"0\"").body(Map.of("managerId", colleague.id().toString())).patch(path(id))
                .then().statusCode(403);
        patch(TestData.as(Role.SUPERVISOR), "\"0\"").body(Map.of("managerId", colleague.id().toString()))
                .patch(path(id)).then().statusCode(200).body("managerId", equalTo(colleague.id().toString()));
        assertEquals(colleague.id(), TestData.customer(id).managerId);
        RestAssured.given().contentType(MERGE_PATCH).header("If-Match", "\"1\"").body("{}").patch(path(id))
                .then().statusCode(401);
    }

    @Test
    void anotherContentTypeIsUnsupported() {
        Caller manager = TestData.newUser(Role.AGENT);
        UUID id = create(manager, Map.of());
        manager.request().header("If-Match", "\"0\"").body(Map.of("notes", "Plain JSON")).patch(path(id))
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", endsWith("/unsupported-media-type"));
        assertNull(TestData.customer(id).notes);
    }

    private static UUID create(Caller manager, Map<String, Object> overrides) {
        return UUID.fromString(TestData.createCustomer(manager, TestData.customerBody("Patched", overrides)));
    }

    private static RequestSpecification patch(Caller caller, String ifMatch) {
        RequestSpecification request = caller.request().contentType(MERGE_PATCH);
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }

    private static String path(UUID id) {
        return "/api/v1/customers/" + id;
    }
}
