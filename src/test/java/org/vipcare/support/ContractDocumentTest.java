package org.vipcare.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The validator behind every API test must see what the published document says, nulls included: these responses are
 * checked against docs/openapi.yaml as the suite checks them.
 */
class ContractDocumentTest {

    @Test
    void nullableFieldsTakeNullAndTheirTypeButNothingElse() {
        assertEquals(List.of(), errors("/api/v1/audit", 200, "application/json", """
                {"items":[{"at":"2026-01-01T00:00:00Z","action":"LOGIN","customerId":null,"detail":null}],
                 "page":0,"size":null,"total":1}"""));
        assertEquals(List.of(
                        "[Path '/items/0/action'] Instance failed to match at least one required schema among 2",
                        "[Path '/items/0/customerId'] Instance failed to match at least one required schema among 2",
                        "[Path '/page'] Instance type (string) does not match any allowed primitive type "
                                + "(allowed: [\"integer\",\"null\"])"),
                errors("/api/v1/audit", 200, "application/json", """
                        {"items":[{"action":"NOPE","customerId":"not-a-uuid"}],"page":"0"}"""));
    }

    @Test
    void undocumentedFieldsStatusesAndMediaTypesAreViolations() {
        assertEquals(List.of("Object instance has properties which are not allowed by the schema: [\"extra\"]"),
                errors("/api/v1/auth/token", 200, "application/json", """
                        {"accessToken":"t","expiresIn":900,"refreshToken":"r","refreshExpiresIn":2592000,"tokenType":"Bearer","extra":1}"""));
        assertEquals(List.of("Response status 418 not defined for path '/api/v1/auth/token'."),
                errors("/api/v1/auth/token", 418, "application/problem+json", "{}"));
        assertEquals(List.of("Response Content-Type header 'application/json' does not match any allowed types. "
                        + "Must be one of: [application/problem+json]."), errors("/api/v1/auth/token", 401, "application/json", """
                {"type":"about:blank","title":"Unauthorized","status":401}"""));
    }

    @Test
    void problemsMustMatchTheProblemSchema() {
        assertEquals(List.of("Object has missing required properties ([\"title\"])"),
                errors("/api/v1/auth/token", 401, "application/problem+json", """
                        {"type":"https://vipcare.example/problems/unauthorized","status":401}"""));
    }

    @Test
    void whatOpenApi30CannotSayIsRefusedNotDropped() {
        String twoTypes = """
                openapi: 3.1.0
                info: {title: t, version: "1"}
                paths: {}
                components:
                  schemas:
                    Either: {type: [string, integer]}
                """;
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ContractDocument.asOpenApi30(twoTypes));
        assertTrue(e.getMessage().contains("#/components/schemas/Either"), e.getMessage());
    }

    private static List<String> errors(String path, int status, String contentType, String body) {
        Request.Method method = path.endsWith("/token") ? Request.Method.POST : Request.Method.GET;
        return ContractValidationFilter.Validator.INSTANCE.validateResponse(path, method,
                        SimpleResponse.Builder.status(status).withContentType(contentType).withBody(body).build())
                .getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::getMessage).toList();
    }
}
