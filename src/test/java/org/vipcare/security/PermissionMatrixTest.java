package org.vipcare.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vipcare.tier.Tier;
import org.vipcare.support.ComplaintData;
import org.vipcare.support.RetentionData;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/**
 * Who may call what, as one table (in the manner of Keycloak's PermissionsTest): every operation of the published
 * document is called by each kind of caller on fresh objects, and the status must be the one in its row. An operation
 * without a row fails the build, so a new endpoint cannot ship without its permissions being written down.
 * <p>
 * Columns: anonymous, the AGENT who owns the object (its customer's manager, the complaint's or case's owner), another
 * AGENT, SUPERVISOR, ADMIN, INTEGRATION. Writes to shared settings are sent with a stale {@code If-Match}, so an
 * allowed caller gets 412 and nothing changes.
 */
@QuarkusTest
class PermissionMatrixTest {

    enum Who { ANONYMOUS, OWNER, OTHER_AGENT, SUPERVISOR, ADMIN, INTEGRATION }

    private static final String STALE = "\"999999\"";
    private static final AtomicInteger DAYS = new AtomicInteger();
    private static final LocalDate FAR_AWAY = LocalDate.of(2090 + ThreadLocalRandom.current().nextInt(9), 1, 1);

    //                                                                                     anon own other sup admin int
    private static final List<Row> MATRIX = List.of(
            post("createToken", f -> "/api/v1/auth/token", Fixture::ownCredentials, 200, 200, 200, 200, 200, 200),
            post("refreshToken", f -> "/api/v1/auth/refresh", Fixture::ownRefreshToken, 200, 200, 200, 200, 200, 200),
            post("logout", f -> "/api/v1/auth/logout", Fixture::ownRefreshToken, 204, 204, 204, 204, 204, 204),
            get("getCurrentUser", f -> "/api/v1/users/me", 401, 200, 200, 200, 200, 200),
            // A new password too short to accept: any signed-in caller gets as far as the 400, and nobody's changes.
            put("changeOwnPassword", f -> "/api/v1/users/me/password", f -> Map.of("currentPassword", "irrelevant",
                    "newPassword", "short"), 401, 400, 400, 400, 400, 400),
            get("listUserSessions", f -> "/api/v1/users/" + f.owner.id() + "/sessions", 401, 200, 403, 403, 200, 403),
            delete("deleteUserSession", Fixture::ownSessionPath, 401, 204, 403, 403, 204, 403),
            get("listUsers", f -> "/api/v1/users", 401, 403, 403, 403, 200, 403),
            post("createUser", f -> "/api/v1/users", Fixture::newUserBody, 401, 403, 403, 403, 201, 403),
            get("getUser", f -> "/api/v1/users/" + f.owner.id(), 401, 403, 403, 403, 200, 403),
            put("updateUser", f -> "/api/v1/users/" + f.user(), f -> Map.of("displayName", "Renamed",
                    "roles", List.of("AGENT"), "enabled", true), 401, 403, 403, 403, 200, 403).ifMatch("\"0\""),
            get("listAuditEntries", f -> "/api/v1/audit", 401, 403, 403, 200, 200, 403),
            post("createWebhook", f -> "/api/v1/webhooks", Fixture::webhookBody, 401, 403, 403, 403, 201, 403),
            get("listWebhooks", f -> "/api/v1/webhooks", 401, 403, 403, 403, 200, 403),
            get("getWebhook", f -> "/api/v1/webhooks/" + f.webhook(), 401, 403, 403, 403, 200, 403),
            delete("deleteWebhook", f -> "/api/v1/webhooks/" + f.webhook(), 401, 403, 403, 403, 204, 403),
            get("listWebhookDeliveries", f -> "/api/v1/webhooks/" + f.webhook() + "/deliveries",
                    401, 403, 403, 403, 200, 403),

            get("listCustomers", f -> "/api/v1/customers", 401, 200, 200, 200, 200, 200),
            post("createCustomer", f -> "/api/v1/customers", f -> TestData.customerBody("Matrix new"),
                    401, 201, 201, 201, 201, 201),
            get("exportCustomers", f -> "/api/v1/customers/export", 401, 403, 403, 200, 200, 403),
            post("importCustomers", f -> "/api/v1/customers/import", Fixture::importCsv, 401, 403, 403, 403, 200, 200)
                    .type("text/csv"),
            get("getCustomer", f -> "/api/v1/customers/" + f.customer(), 401, 200, 200, 200, 200, 200),
            put("updateCustomer", f -> "/api/v1/customers/" + f.customer(), f -> TestData.customerBody("Matrix put"),
                    401, 200, 403, 200, 200, 200).ifMatch("\"0\""),
            patch("patchCustomer", f -> "/api/v1/customers/" + f.customer(), f -> Map.of("email", "m@example.com"),
                    401, 200, 403, 200, 200, 200).ifMatch("\"0\"").type("application/merge-patch+json"),
            delete("eraseCustomer", f -> "/api/v1/customers/" + f.customer(), 401, 403, 403, 403, 204, 403),
            get("getCustomerTimeline", f -> "/api/v1/customers/" + f.customer() + "/timeline",
                    401, 200, 200, 200, 200, 403),
            get("getCustomerTierHistory", f -> "/api/v1/customers/" + f.customer() + "/tier-history",
                    401, 200, 200, 200, 200, 403),
            get("getCustomerBillAnalysis", f -> "/api/v1/customers/" + f.customer() + "/bill-analysis",
                    401, 200, 200, 200, 200, 403),
            get("getCustomerHealth", f -> "/api/v1/customers/" + f.customer() + "/health",
                    401, 200, 403, 200, 200, 403),
            post("recordConsumption", f -> "/api/v1/consumption-records", Fixture::consumption,
                    401, 403, 403, 403, 200, 200),
            get("listCustomerProducts", f -> "/api/v1/customers/" + f.customer() + "/products",
                    401, 200, 200, 200, 200, 403),
            post("createCustomerProduct", f -> "/api/v1/customers/" + f.customer() + "/products",
                    Fixture::productBody, 401, 201, 403, 201, 201, 403),
            put("updateCustomerProduct", Fixture::product, Fixture::productBody, 401, 200, 403, 200, 200, 403)
                    .ifMatch("\"0\""),
            delete("deleteCustomerProduct", Fixture::product, 401, 204, 403, 204, 204, 403).ifMatch("\"0\""),
            post("planCustomerVisit", f -> "/api/v1/customers/" + f.enterpriseCustomer() + "/visits",
                    Fixture::visitBody, 401, 201, 403, 201, 201, 403),
            get("listVisits", f -> "/api/v1/visits", 401, 200, 200, 200, 200, 403),
            get("getVisit", f -> "/api/v1/visits/" + f.visit(), 401, 200, 403, 200, 200, 403),
            patch("updateVisit", f -> "/api/v1/visits/" + f.visit(), f -> Map.of("plannedAt",
                    Instant.now().plusSeconds(2 * 86_400).toString()), 401, 200, 403, 200, 200, 403)
                    .ifMatch("\"0\"").type("application/merge-patch+json"),
            get("getVisitChecklist", f -> "/api/v1/visit-checklist", 401, 200, 200, 200, 200, 403),
            put("replaceVisitChecklist", f -> "/api/v1/visit-checklist", f -> Map.of("items", List.of(Map.of(
                    "en", "Matrix", "zh", "矩阵"))), 401, 403, 403, 403, 412, 403).ifMatch(STALE),
            get("listCustomerContacts", f -> "/api/v1/customers/" + f.enterpriseCustomer() + "/contacts",
                    401, 200, 200, 200, 200, 403),
            post("createCustomerContact", f -> "/api/v1/customers/" + f.enterpriseCustomer() + "/contacts",
                    Fixture::contactBody, 401, 201, 403, 201, 201, 403),
            get("getCustomerContact", Fixture::contact, 401, 200, 200, 200, 200, 403),
            put("updateCustomerContact", Fixture::contact, Fixture::contactBody, 401, 200, 403, 200, 200, 403)
                    .ifMatch("\"0\""),
            delete("deleteCustomerContact", Fixture::contact, 401, 204, 403, 204, 204, 403).ifMatch("\"0\""),

            get("listTiers", f -> "/api/v1/tiers", 401, 200, 200, 200, 200, 403),
            get("getTier", f -> "/api/v1/tiers/GOLD", 401, 200, 200, 200, 200, 403),
            put("updateTier", f -> "/api/v1/tiers/GOLD", f -> Map.of("rule", Map.of("spendMultiplier", 1,
                    "visitMultiplier", 1), "entitlements", Map.of("dedicatedManager", true, "loungeVisitsPerYear", 2,
                    "clubActivities", true), "slaMultiplier", 0.75), 401, 403, 403, 412, 412, 403).ifMatch(STALE),
            get("getTierPolicy", f -> "/api/v1/tiers/policy", 401, 200, 200, 200, 200, 403),
            put("updateTierPolicy", f -> "/api/v1/tiers/policy", f -> Map.of("windowDays", 365,
                    "watchDropRatio", 0.3, "watchSlaMultiplier", 0.5), 401, 403, 403, 412, 412, 403).ifMatch(STALE),
            get("getTierDistribution", f -> "/api/v1/tiers/distribution", 401, 200, 200, 200, 200, 403),
            get("listTierEvaluations", f -> "/api/v1/tiers/evaluations", 401, 403, 403, 200, 200, 403),
            post("startTierEvaluation", Fixture::idleEvaluations, f -> null, 401, 403, 403, 202, 202, 403),
            get("getTierEvaluation", f -> "/api/v1/tiers/evaluations/" + f.evaluation(),
                    401, 403, 403, 200, 200, 403),

            get("getCalendar", f -> "/api/v1/calendar", 401, 200, 200, 200, 200, 403),
            put("replaceWorkingHours", f -> "/api/v1/calendar/working-hours", f -> Map.of("days", List.of(Map.of("day", "MONDAY",
                    "from", "09:00", "to", "18:00"))),
                    401, 403, 403, 412, 412, 403).ifMatch(STALE),
            put("saveCalendarDay", f -> "/api/v1/calendar/days/" + f.newDay(), f -> Map.of("kind", "HOLIDAY",
                    "name", "Matrix day"), 401, 403, 403, 201, 201, 403),
            delete("deleteCalendarDay", f -> "/api/v1/calendar/days/" + f.savedDay(), 401, 403, 403, 204, 204, 403)
                    .ifMatch("\"0\""),

            get("listComplaintCategories", f -> "/api/v1/complaint-categories", 401, 200, 200, 200, 200, 403),
            get("getComplaintCategory", f -> "/api/v1/complaint-categories/" + f.category(),
                    401, 200, 200, 200, 200, 403),
            put("saveComplaintCategory", f -> "/api/v1/complaint-categories/" + f.category(), f -> Map.of(
                    "nameEn", "Matrix", "nameZh", "矩阵", "sortOrder", 1), 401, 403, 403, 412, 412, 403).ifMatch(STALE),
            get("listComplaints", f -> "/api/v1/complaints", 401, 200, 200, 200, 200, 403),
            post("createComplaint", f -> "/api/v1/complaints", f -> ComplaintData.complaintBody(f.customer(),
                    Map.of()), 401, 201, 201, 201, 201, 403),
            get("getComplaint", f -> "/api/v1/complaints/" + f.complaint(), 401, 200, 403, 200, 200, 403),
            get("listComplaintEvents", f -> "/api/v1/complaints/" + f.complaint() + "/events",
                    401, 200, 403, 200, 200, 403),
            post("recordComplaintContact", f -> "/api/v1/complaints/" + f.complaint() + "/contact",
                    f -> Map.of("note", "Called back"), 401, 200, 403, 200, 200, 403),
            post("recordComplaintProgress", f -> "/api/v1/complaints/" + f.contactedComplaint() + "/progress",
                    f -> Map.of("note", "Working on it"), 401, 200, 403, 200, 200, 403),
            post("resolveComplaint", f -> "/api/v1/complaints/" + f.inProgressComplaint() + "/resolve",
                    f -> Map.of("resolution", "Refunded"), 401, 200, 403, 200, 200, 403),
            post("closeComplaint", f -> "/api/v1/complaints/" + f.verifiedComplaint() + "/close", f -> null,
                    401, 200, 403, 200, 200, 403),
            post("reopenComplaint", f -> "/api/v1/complaints/" + f.resolvedComplaint() + "/reopen",
                    f -> Map.of("reason", "It came back"), 401, 200, 403, 200, 200, 403),
            post("handOverComplaint", f -> "/api/v1/complaints/" + f.complaint() + "/handover",
                    f -> Map.of("toUserId", f.other.id().toString(), "note", "Your area"), 401, 200, 403, 200, 200,
                    403),
            get("getComplaintReport", f -> "/api/v1/complaints/reports?period=WEEK", 401, 403, 403, 200, 200, 403),
            get("getManagerReport", f -> "/api/v1/reports/managers", 401, 200, 200, 200, 200, 403),

            get("listFollowUps", f -> "/api/v1/follow-ups", 401, 200, 200, 200, 200, 403),
            post("createFollowUp", f -> "/api/v1/follow-ups", f -> Map.of("customerId", f.customer(),
                    "purpose", "SATISFACTION", "dueAt", Instant.now().toString()), 401, 201, 403, 201, 201, 403),
            get("getFollowUp", f -> "/api/v1/follow-ups/" + f.followUp(), 401, 200, 403, 200, 200, 403),
            patch("updateFollowUp", f -> "/api/v1/follow-ups/" + f.followUp(), f -> Map.of("dueAt",
                    Instant.now().plusSeconds(86_400).toString()), 401, 200, 403, 200, 200, 403).ifMatch("\"0\"")
                    .type("application/merge-patch+json"),
            post("recordFollowUpAttempt", f -> "/api/v1/follow-ups/" + f.followUp() + "/attempts",
                    f -> Map.of("outcome", "NO_ANSWER"), 401, 201, 403, 201, 201, 403),
            get("listFollowUpOpinions", f -> "/api/v1/follow-ups/opinions", 401, 200, 200, 200, 200, 403),
            get("getFollowUpReport", f -> "/api/v1/follow-ups/reports?period=DAY", 401, 200, 200, 200, 200, 403),
            post("answerFollowUpOpinion", Fixture::opinionAnswerPath, f -> Map.of("answer", "Done"),
                    401, 200, 403, 200, 200, 403),

            get("listRetentionCases", f -> "/api/v1/retention-cases", 401, 200, 200, 200, 200, 200),
            post("createRetentionCase", f -> RetentionData.BASE, f -> Map.of("customerId", f.customer(),
                    "type", "SERVICE", "channel", "PHONE"), 401, 201, 201, 201, 201, 201),
            post("createRetentionCaseFromWatch", f -> RetentionData.BASE + "/from-watch/" + f.watchCustomer(),
                    f -> null, 401, 201, 201, 201, 201, 403),
            get("getRetentionCase", f -> RetentionData.BASE + "/" + f.retentionCase(), 401, 200, 403, 200, 200, 403),
            get("listRetentionCaseEvents", f -> RetentionData.BASE + "/" + f.retentionCase() + "/events",
                    401, 200, 403, 200, 200, 403),
            post("recordRetentionProbe", f -> RetentionData.BASE + "/" + f.retentionCase() + "/probe",
                    f -> RetentionData.probe("TARIFF", true, null, 3, 3), 401, 200, 403, 200, 200, 403),
            post("createRetentionOffer", f -> RetentionData.BASE + "/" + f.probedCase() + "/offers",
                    f -> Map.of("kind", "PROMOTION", "description", "Ten percent"), 401, 201, 403, 201, 201, 403),
            get("getRetentionOffer", Fixture::offerPath, 401, 200, 403, 200, 200, 403),
            post("recordRetentionAgreement", f -> RetentionData.BASE + "/" + f.offeredCase() + "/agreement",
                    f -> Map.of("offerId", f.offer(), "method", "DIRECT"), 401, 200, 403, 200, 200, 403),
            post("closeRetentionCase", f -> RetentionData.BASE + "/" + f.agreedCase() + "/close",
                    f -> Map.of("outcome", "RETAINED"), 401, 200, 403, 200, 200, 403),
            get("listSaveDeskCases", f -> RetentionData.BASE + "/save-desk", 401, 200, 200, 200, 200, 403),
            get("getRetentionStats", f -> RetentionData.BASE + "/stats", 401, 403, 403, 200, 200, 403),
            get("listChurnReasons", f -> RetentionData.BASE + "/reasons", 401, 200, 200, 200, 200, 200),
            get("listPlaybookEntries", f -> RetentionData.BASE + "/playbook", 401, 200, 200, 200, 200, 403),
            put("updatePlaybookEntry", f -> RetentionData.BASE + "/playbook/" + f.playbookKey(), f -> Map.of(
                    "locale", "en", "title", "Matrix", "text", "Matrix text"), 401, 403, 403, 412, 412, 403)
                    .ifMatch(STALE),

            // Everyone's own only: someone else's notification is not found.
            get("listNotifications", f -> "/api/v1/notifications", 401, 200, 200, 200, 200, 403),
            post("markNotificationRead", Fixture::ownNotificationPath, f -> null, 401, 200, 404, 404, 404, 403),
            post("markAllNotificationsRead", f -> "/api/v1/notifications/read-all", f -> null,
                    401, 200, 200, 200, 200, 403));


    @Test
    void everyOperationOfTheDocumentHasExactlyOneRow() {
        JsonPath document = given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        TreeSet<String> operations = new TreeSet<>();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        paths.values().forEach(methods -> methods.values().forEach(operation -> {
            if (operation.get("operationId") != null) {
                operations.add((String) operation.get("operationId"));
            }
        }));
        List<String> rows = MATRIX.stream().map(Row::operationId).toList();
        assertEquals(rows.size(), new TreeSet<>(rows).size(), "an operation has two rows");
        assertEquals(operations, new TreeSet<>(rows), "rows must match the document's operations");
    }

    @Test
    void everyCallerGetsTheStatusOfItsCell() {
        Caller owner = TestData.newUser(Role.AGENT);
        Caller otherAgent = TestData.newUser(Role.AGENT);
        Map<Who, Caller> callers = new EnumMap<>(Who.class);
        callers.put(Who.OWNER, owner);
        callers.put(Who.OTHER_AGENT, otherAgent);
        callers.put(Who.SUPERVISOR, TestData.as(Role.SUPERVISOR));
        callers.put(Who.ADMIN, TestData.admin());
        callers.put(Who.INTEGRATION, TestData.as(Role.INTEGRATION));

        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Row row : MATRIX) {
            for (Who who : Who.values()) {
                Fixture fixture = new Fixture(owner, otherAgent);
                String path;
                Object body;
                try {
                    path = row.path().apply(fixture);
                    body = row.body().apply(fixture);
                } catch (AssertionError e) {
                    throw new AssertionError(row.operationId() + ": its fixture could not be made", e);
                }
                RequestSpecification request = who == Who.ANONYMOUS ? given()
                        : given().header("Authorization", "Bearer " + callers.get(who).token());
                request.contentType(row.contentType()).headers(row.headers());
                if (body != null) {
                    request.body(body);
                }
                int status = request.request(row.method(), path).statusCode();
                int expected = row.expected()[who.ordinal()];
                cells++;
                if (status != expected) {
                    wrong.add(String.format("%-30s %-12s expected %d, got %d (%s %s)", row.operationId(), who,
                            expected, status, row.method(), path));
                }
            }
        }
        assertEquals(MATRIX.size() * Who.values().length, cells);
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + cells + " cells differ:\n"
                + String.join("\n", wrong));
    }

    /** One operation's row: how to call it on a fresh {@link Fixture}, and the status each caller gets. */
    record Row(String operationId, String method, Function<Fixture, String> path, Function<Fixture, Object> body,
            String contentType, Map<String, String> headers, int[] expected) {

        Row ifMatch(String tag) {
            Map<String, String> with = new LinkedHashMap<>(headers);
            with.put("If-Match", tag);
            return new Row(operationId, method, path, body, contentType, with, expected);
        }

        Row type(String mediaType) {
            return new Row(operationId, method, path, body, mediaType, headers, expected);
        }

        @Override
        public String toString() {
            return operationId + " " + Arrays.stream(expected).mapToObj(Integer::toString)
                    .collect(Collectors.joining(" "));
        }
    }

    private static Row get(String id, Function<Fixture, String> path, int... expected) {
        return row(id, "GET", path, f -> null, expected);
    }

    private static Row delete(String id, Function<Fixture, String> path, int... expected) {
        return row(id, "DELETE", path, f -> null, expected);
    }

    private static Row post(String id, Function<Fixture, String> path, Function<Fixture, Object> body,
            int... expected) {
        return row(id, "POST", path, body, expected);
    }

    private static Row put(String id, Function<Fixture, String> path, Function<Fixture, Object> body,
            int... expected) {
        return row(id, "PUT", path, body, expected);
    }

    private static Row patch(String id, Function<Fixture, String> path, Function<Fixture, Object> body,
            int... expected) {
        return row(id, "PATCH", path, body, expected);
    }

    private static Row row(String id, String method, Function<Fixture, String> path, Function<Fixture, Object> body,
            int... expected) {
        if (expected.length != Who.values().length) {
            throw new IllegalArgumentException(id + ": one status per caller");
        }
        return new Row(id, method, path, body, "application/json", Map.of(), expected);
    }

    /**
     * The objects one cell acts on, made on first use by their owner (or by the admin for what agents cannot make),
     * so that no cell sees another cell's changes.
     */
    static final class Fixture {
        final Caller owner;
        final Caller other;
        private String customer;
        private String complaint;
        private String retentionCase;
        private String offer;
        private String followUp;
        private String enterpriseCustomer;
        private String visit;

        Fixture(Caller owner, Caller other) {
            this.owner = owner;
            this.other = other;
        }

        Map<String, Object> ownCredentials() {
            return Map.of("username", owner.username(), "password", TestData.PASSWORD);
        }

        /** A refresh token of the owner's, from a fresh sign-in. */
        Map<String, Object> ownRefreshToken() {
            return Map.of("refreshToken", given().contentType(ContentType.JSON).body(ownCredentials())
                    .post("/api/v1/auth/token").then().statusCode(200).extract().path("refreshToken"));
        }

        /** One of the owner's refresh-token sessions, made by a fresh sign-in. */
        String ownSessionPath() {
            ownRefreshToken();
            String session = owner.request().get("/api/v1/users/" + owner.id() + "/sessions").then().statusCode(200)
                    .extract().path("items[0].id");
            return "/api/v1/users/" + owner.id() + "/sessions/" + session;
        }

        Map<String, Object> newUserBody() {
            return Map.of("username", TestData.unique("matrix"), "displayName", "Matrix user",
                    "password", "a-long-and-unusual-passphrase", "roles", List.of("AGENT"));
        }

        /** A webhook on a closed local port, for an event few tests make; the test profile allows http and 127/8. */
        Map<String, Object> webhookBody() {
            return Map.of("url", "http://127.0.0.1:9/matrix", "events", List.of("follow_up.gave_up"),
                    "secret", "matrix-secret-0123456789");
        }

        String webhook() {
            return TestData.admin().request().body(webhookBody()).post("/api/v1/webhooks").then().statusCode(201)
                    .extract().path("id");
        }

        String importCsv() {
            return "externalRef,name,type,mobile\n" + TestData.unique("CRM") + ",Li Na,INDIVIDUAL,"
                    + TestData.mobile() + "\n";
        }

        List<Map<String, Object>> consumption() {
            return List.of(Map.of("customerId", customer(), "occurredAt", "2026-11-20T10:15:00+08:00",
                    "kind", "VISIT", "externalId", TestData.unique("POS")));
        }

        String user() {
            return TestData.newUser(Role.AGENT).id().toString();
        }

        String customer() {
            if (customer == null) {
                customer = TestData.createCustomer(owner, TestData.customerBody("Matrix"));
            }
            return customer;
        }

        Map<String, Object> productBody() {
            return Map.of("kind", "CONTRACT", "name", "Matrix contract", "endsAt", "2030-01-01");
        }

        /** The path of a product of the owner's customer. */
        String product() {
            String base = "/api/v1/customers/" + customer() + "/products";
            return base + "/" + owner.request().body(productBody()).post(base).then().statusCode(201).extract()
                    .path("id");
        }

        /** An ENTERPRISE customer of the owner's, for its visits. */
        String enterpriseCustomer() {
            if (enterpriseCustomer == null) {
                enterpriseCustomer = TestData.createCustomer(owner, TestData.customerBody("Matrix group",
                        Map.of("type", "ENTERPRISE", "enterpriseClass", "A")));
            }
            return enterpriseCustomer;
        }

        Map<String, Object> visitBody() {
            return Map.of("plannedAt", Instant.now().plusSeconds(86_400).toString(), "purpose", "Matrix visit");
        }

        /** A visit the owner planned to its enterprise customer. */
        String visit() {
            if (visit == null) {
                visit = owner.request().body(visitBody()).post("/api/v1/customers/" + enterpriseCustomer()
                        + "/visits").then().statusCode(201).extract().path("id");
            }
            return visit;
        }

        Map<String, Object> contactBody() {
            return Map.of("name", "Matrix contact", "buyingRole", "DECISION_MAKER");
        }

        /** The path of a contact of the owner's enterprise customer. */
        String contact() {
            String base = "/api/v1/customers/" + enterpriseCustomer() + "/contacts";
            return base + "/" + owner.request().body(contactBody()).post(base).then().statusCode(201).extract()
                    .path("id");
        }

        String watchCustomer() {
            TestData.setTier(customer(), Tier.GOLD, true);
            return customer;
        }

        /** An evaluation that has finished, started by the admin if none ran yet. */
        String evaluation() {
            String id = TestData.admin().request().get("/api/v1/tiers/evaluations").then().statusCode(200)
                    .extract().path("[0].id");
            if (id == null) {
                TestData.admin().request().post(idleEvaluations()).then().statusCode(202);
                idleEvaluations();
                id = TestData.admin().request().get("/api/v1/tiers/evaluations").then().statusCode(200)
                        .extract().path("[0].id");
            }
            return id;
        }

        /** The evaluations' address, once no run is going (one runs at a time; a second start is 409). */
        String idleEvaluations() {
            String path = "/api/v1/tiers/evaluations";
            for (int i = 0; i < 300 && "RUNNING".equals(TestData.admin().request().get(path).then()
                    .statusCode(200).extract().path("[0].status")); i++) {
                sleep();
            }
            return path;
        }

        private static void sleep() {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        String newDay() {
            return FAR_AWAY.plusDays(DAYS.incrementAndGet()).toString();
        }

        String savedDay() {
            String day = newDay();
            TestData.admin().request().body(Map.of("kind", "HOLIDAY", "name", "Matrix day"))
                    .put("/api/v1/calendar/days/" + day).then().statusCode(201);
            return day;
        }

        String category() {
            return TestData.admin().request().get("/api/v1/complaint-categories").then().statusCode(200)
                    .extract().path("[0].code");
        }

        String playbookKey() {
            return TestData.admin().request().get(RetentionData.BASE + "/playbook").then().statusCode(200)
                    .extract().path("[0].key");
        }

        String complaint() {
            if (complaint == null) {
                complaint = ComplaintData.createComplaint(owner, customer(), Map.of());
            }
            return complaint;
        }

        String contactedComplaint() {
            move("contact", Map.of("note", "Called"));
            return complaint;
        }

        String inProgressComplaint() {
            contactedComplaint();
            move("progress", Map.of("note", "Working on it"));
            return complaint;
        }

        String resolvedComplaint() {
            inProgressComplaint();
            move("resolve", Map.of("resolution", "Refunded"));
            return complaint;
        }

        String verifiedComplaint() {
            resolvedComplaint();
            String task = owner.request().queryParam("complaintId", complaint).get("/api/v1/follow-ups")
                    .then().statusCode(200).extract().path("items[0].id");
            owner.request().body(Map.of("outcome", "REACHED", "satisfaction", 5))
                    .post("/api/v1/follow-ups/" + task + "/attempts").then().statusCode(201);
            return complaint;
        }

        private void move(String move, Map<String, Object> body) {
            owner.request().body(body).post("/api/v1/complaints/" + complaint() + "/" + move).then().statusCode(200);
        }

        String followUp() {
            if (followUp == null) {
                followUp = owner.request().body(Map.of("customerId", customer(), "purpose", "SATISFACTION",
                        "dueAt", Instant.now().toString())).post("/api/v1/follow-ups").then().statusCode(201)
                        .extract().path("id");
            }
            return followUp;
        }

        String opinionAnswerPath() {
            String attempt = owner.request().body(Map.of("outcome", "REACHED", "satisfaction", 4,
                    "suggestion", "Text me when it is ready")).post("/api/v1/follow-ups/" + followUp() + "/attempts")
                    .then().statusCode(201).extract().path("attempt.id");
            return "/api/v1/follow-ups/" + followUp + "/attempts/" + attempt + "/answer";
        }

        /** One of the owner's notifications: a call the admin gave it. */
        String ownNotificationPath() {
            TestData.admin().request().body(Map.of("customerId", customer(), "purpose", "SATISFACTION",
                    "dueAt", Instant.now().toString(), "assigneeId", owner.id().toString()))
                    .post("/api/v1/follow-ups").then().statusCode(201);
            Object id = owner.request().get("/api/v1/notifications").then().statusCode(200)
                    .extract().path("items[0].id");
            return "/api/v1/notifications/" + id + "/read";
        }

        String retentionCase() {
            if (retentionCase == null) {
                retentionCase = RetentionData.open(owner, customer(), Map.of());
            }
            return retentionCase;
        }

        String probedCase() {
            RetentionData.probe(owner, retentionCase(), RetentionData.probe("TARIFF", true, "COOPERATIVE", 3, 2));
            return retentionCase;
        }

        String offeredCase() {
            offer = RetentionData.offer(owner, probedCase(), "DIRECT");
            RetentionData.offer(owner, retentionCase, "TARIFF_CHANGE");
            return retentionCase;
        }

        String offer() {
            return offer;
        }

        String offerPath() {
            offeredCase();
            return RetentionData.BASE + "/" + retentionCase + "/offers/" + offer;
        }

        String agreedCase() {
            RetentionData.agree(owner, offeredCase(), offer, "DIRECT");
            return retentionCase;
        }
    }
}
