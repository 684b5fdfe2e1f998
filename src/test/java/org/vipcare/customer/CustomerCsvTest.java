package org.vipcare.customer;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditEntry;
import org.vipcare.security.Role;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

@QuarkusTest
class CustomerCsvTest {

    @Test
    void importKeepsGoodRowsReportsBadOnesByLineAndIsIdempotentOnExternalRef() {
        Caller integration = TestData.as(Role.INTEGRATION);
        Caller manager = TestData.newUser(Role.AGENT);
        String a = TestData.unique("CSV");
        String b = TestData.unique("CSV");
        String mobile = TestData.mobile();
        String csv = "name,externalRef,type,mobile,joinedAt,managerUsername,paymentType\n"
                + "\"Li, Na\"," + a + ",INDIVIDUAL," + mobile + ",2021-03-01," + manager.username() + ",PREPAID\n"
                + "No Mobile," + TestData.unique("CSV") + ",INDIVIDUAL,,2021-03-01,,\n"
                + "Acme Logistics," + b + ",ENTERPRISE,,2018-07-15,,POSTPAID\n"
                + "Bad Date," + TestData.unique("CSV") + ",HOUSEHOLD,,2021-13-45,ghost-user,CASH\n";
        integration.request().contentType("text/csv").body(csv).post("/api/v1/customers/import")
                .then().statusCode(200)
                .body("created", is(2), "updated", is(0), "rejected.line", contains(3, 5),
                        "rejected[0].violations[0].field", equalTo("mobile"),
                        "rejected[1].violations.field", contains("managerUsername", "paymentType", "joinedAt"));

        Customer li = QuarkusTransaction.requiringNew().call(() -> Customer.findLiveByExternalRef(a).orElseThrow());
        assertEquals("Li, Na", li.name);
        assertEquals(manager.id(), li.managerId);
        assertEquals(PaymentType.PREPAID, li.paymentType);

        String again = "externalRef,name,type\n" + a + ",Li Na,INDIVIDUAL\n" + b + ",Acme Logistics,ENTERPRISE\n";
        integration.request().contentType("text/csv").body(again).post("/api/v1/customers/import")
                .then().statusCode(200).body("created", is(0), "updated", is(2), "rejected.size()", is(0));
        Customer renamed = QuarkusTransaction.requiringNew().call(() -> Customer.findLiveByExternalRef(a).orElseThrow());
        assertEquals("Li Na", renamed.name);
        assertEquals(mobile, renamed.phoneMobile, "columns left out keep their values");
        assertEquals(manager.id(), renamed.managerId);
    }

    @Test
    void importRefusesUnknownOrMissingColumnsWhole() {
        Caller admin = TestData.admin();
        String ref = TestData.unique("CSV");
        admin.request().contentType("text/csv").body("externalRef,name,type,shoeSize\n" + ref + ",X,INDIVIDUAL,42\n")
                .post("/api/v1/customers/import")
                .then().statusCode(400).body("violations[0].field", equalTo("shoeSize"));
        admin.request().contentType("text/csv").body("externalRef,type\n" + ref + ",ENTERPRISE\n")
                .post("/api/v1/customers/import")
                .then().statusCode(400).body("violations[0].field", equalTo("name"));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Customer.count("externalRef", ref)));
    }

    @Test
    void exportStreamsMaskedCsvAndIsAudited() {
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        String token = TestData.unique("export");
        String mobile = TestData.mobile();
        TestData.createCustomer(supervisor, TestData.customerBody("=cmd " + token, Map.of("phones",
                Map.of("mobile", mobile))));
        String body = supervisor.request().accept("text/csv").queryParam("q", token)
                .get("/api/v1/customers/export")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .body(not(containsString(mobile)))
                .extract().asString();
        List<String> lines = body.lines().toList();
        assertEquals(2, lines.size(), body);
        assertTrue(lines.get(0).startsWith("id,externalRef,name,type,mobile"));
        assertTrue(lines.get(1).contains("'=cmd " + token), "formula cells are defused");
        assertTrue(lines.get(1).contains(mobile.substring(0, 3) + "****" + mobile.substring(7)));
        long audited = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("actor = ?1 and action = ?2",
                supervisor.username(), AuditAction.EXPORT));
        assertEquals(1, audited);
    }
}
