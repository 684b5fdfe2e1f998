package org.vipcare.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.vipcare.client.ApiClient;
import org.vipcare.client.ApiException;
import org.vipcare.client.ApiResponse;
import org.vipcare.client.api.AuditApi;
import org.vipcare.client.api.AuthApi;
import org.vipcare.client.api.ComplaintsApi;
import org.vipcare.client.api.ConsumptionApi;
import org.vipcare.client.api.CustomersApi;
import org.vipcare.client.api.FollowUpsApi;
import org.vipcare.client.api.ReportsApi;
import org.vipcare.client.api.RetentionCasesApi;
import org.vipcare.client.api.TiersApi;
import org.vipcare.client.model.AccessToken;
import org.vipcare.client.model.AuditEntryDto;
import org.vipcare.client.model.ComplaintChannel;
import org.vipcare.client.model.ComplaintContact;
import org.vipcare.client.model.ComplaintCreate;
import org.vipcare.client.model.ComplaintDto;
import org.vipcare.client.model.ComplaintProgress;
import org.vipcare.client.model.ComplaintReport;
import org.vipcare.client.model.ComplaintResolve;
import org.vipcare.client.model.ComplaintStatus;
import org.vipcare.client.model.ConsumptionKind;
import org.vipcare.client.model.ConsumptionRecordInput;
import org.vipcare.client.model.ConsumptionResult;
import org.vipcare.client.model.Credentials;
import org.vipcare.client.model.CustomerDto;
import org.vipcare.client.model.CustomerInput;
import org.vipcare.client.model.CustomerType;
import org.vipcare.client.model.EvaluationStatus;
import org.vipcare.client.model.FollowUpAttemptCreate;
import org.vipcare.client.model.FollowUpAttemptRecorded;
import org.vipcare.client.model.FollowUpDto;
import org.vipcare.client.model.FollowUpOutcome;
import org.vipcare.client.model.FollowUpPurpose;
import org.vipcare.client.model.PageAuditEntryDto;
import org.vipcare.client.model.PageCustomerDto;
import org.vipcare.client.model.PageFollowUpDto;
import org.vipcare.client.model.Phones;
import org.vipcare.client.model.Problem;
import org.vipcare.client.model.ReportPeriod;
import org.vipcare.client.model.RetentionAgreement;
import org.vipcare.client.model.RetentionAttitude;
import org.vipcare.client.model.RetentionCaseCreate;
import org.vipcare.client.model.RetentionCaseDto;
import org.vipcare.client.model.RetentionClose;
import org.vipcare.client.model.RetentionMethod;
import org.vipcare.client.model.RetentionOfferCreate;
import org.vipcare.client.model.RetentionOfferDto;
import org.vipcare.client.model.RetentionOutcome;
import org.vipcare.client.model.RetentionProbe;
import org.vipcare.client.model.RetentionStage;
import org.vipcare.client.model.RetentionType;
import org.vipcare.client.model.TierEvaluationDto;
import org.vipcare.security.Role;
import org.vipcare.support.TestData;

/**
 * An integrator's day, through the Java client generated from docs/openapi.yaml (profile client-scenario) and its
 * typed methods only: if the document and the service disagree, a step here fails. The steps run in order and share
 * what the earlier ones made.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClientScenarioTest {

    private static final String PRECONDITION_FAILED = "https://vipcare.example/problems/precondition-failed";

    private static String agentToken;
    private static String adminToken;
    private static UUID agentId;
    private static UUID customerId;
    private static String customerName;
    private static String etag;
    private static UUID complaintId;

    @TestHTTPResource("/")
    URI base;

    @Test
    @Order(1)
    void signsInForABearerToken() throws ApiException {
        TestData.TestUser agent = TestData.newConsoleUser(Role.AGENT);
        AccessToken token = new AuthApi(client(null))
                .createToken(new Credentials().username(agent.username()).password(TestData.PASSWORD));
        assertEquals("Bearer", token.getTokenType());
        assertTrue(token.getExpiresIn() > 0);
        agentToken = token.getAccessToken();
        agentId = agent.id();
        adminToken = new AuthApi(client(null))
                .createToken(new Credentials().username("admin").password(TestData.ADMIN_PASSWORD)).getAccessToken();

        ApiException refused = assertThrows(ApiException.class, () -> new AuthApi(client(null))
                .createToken(new Credentials().username(agent.username()).password("wrong-password")));
        assertEquals(401, refused.getCode());
    }

    @Test
    @Order(2)
    void createsACustomerOnceUnderRetries() throws ApiException {
        CustomersApi customers = new CustomersApi(client(agentToken));
        customerName = TestData.unique("Client scenario");
        CustomerInput input = new CustomerInput().name(customerName).type(CustomerType.INDIVIDUAL)
                .phones(new Phones().mobile(TestData.mobile())).address("1 Old Street")
                .joinedAt(LocalDate.of(2021, 5, 20));
        String key = UUID.randomUUID().toString();

        ApiResponse<CustomerDto> first = customers.createCustomerWithHttpInfo(input, key);
        ApiResponse<CustomerDto> retry = customers.createCustomerWithHttpInfo(input, key);

        assertEquals(201, first.getStatusCode());
        customerId = first.getData().getId();
        assertEquals(customerName, first.getData().getName());
        assertEquals(agentId, first.getData().getManagerId());
        assertEquals(customerId, retry.getData().getId());
        assertEquals(List.of("true"), retry.getHeaders().get("idempotent-replayed"));
        assertEquals("\"0\"", header(first, "etag"));
        // the generated client orders the optional filters alphabetically: contractEndsWithinDays, enterpriseClass,
        // healthBelow, lifecycleStage, loyaltyType, managerId, page, q, size, sort, tier, type, valueClass, watch
        PageCustomerDto named = customers.listCustomers(null, null, null, null, null, null, 0, customerName, 20,
                null, null, null, null, null);
        assertEquals(1L, named.getTotal());
        assertEquals(customerId, named.getItems().get(0).getId());
    }

    @Test
    @Order(3)
    void readsThePatchesAndIsRefusedWithAStaleTag() throws Exception {
        CustomersApi customers = new CustomersApi(client(agentToken));
        ApiResponse<CustomerDto> read = customers.getCustomerWithHttpInfo(customerId, null);
        etag = header(read, "etag");
        assertEquals("\"0\"", etag);
        assertEquals("1 Old Street", read.getData().getAddress());

        Map<String, Object> patch = new HashMap<>();
        patch.put("email", "client.scenario@example.com");
        patch.put("address", null);
        ApiResponse<CustomerDto> patched = new CustomersApi(mergePatchClient(agentToken))
                .patchCustomerWithHttpInfo(customerId, patch, etag);

        assertEquals(200, patched.getStatusCode());
        assertEquals("\"1\"", header(patched, "etag"));
        assertEquals("client.scenario@example.com", patched.getData().getEmail());
        assertNull(patched.getData().getAddress(), "a null in the merge patch removes the field");
        assertEquals(customerName, patched.getData().getName());
        assertEquals(read.getData().getPhones().getMobile(), patched.getData().getPhones().getMobile());

        ApiException stale = assertThrows(ApiException.class,
                () -> customers.patchCustomer(customerId, Map.of("email", "late@example.com"), etag));
        assertEquals(412, stale.getCode());
        assertTrue(stale.getResponseHeaders().firstValue("content-type").orElseThrow()
                .startsWith("application/problem+json"));
        Problem problem = ApiClient.createDefaultObjectMapper().readValue(stale.getResponseBody(), Problem.class);
        assertEquals(412, problem.getStatus());
        assertEquals(URI.create(PRECONDITION_FAILED), problem.getType());
        assertNotNull(problem.getDetail());
        assertEquals("client.scenario@example.com", customers.getCustomer(customerId, null).getEmail());

        String mobile = read.getData().getPhones().getMobile();
        CustomerDto seenByAnother = new CustomersApi(client(signIn(TestData.newConsoleUser(Role.AGENT))))
                .getCustomer(customerId, null);
        assertEquals(mobile.substring(0, 3) + "****" + mobile.substring(7),
                seenByAnother.getPhones().getMobile(), "another agent reads the number masked");
    }

    @Test
    @Order(4)
    void feedsConsumptionAndSkipsTheDuplicate() throws ApiException {
        String receipt = TestData.unique("POS");
        ConsumptionRecordInput record = new ConsumptionRecordInput().customerId(customerId)
                .occurredAt(OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(1)).amount(new BigDecimal("388.00"))
                .kind(ConsumptionKind.BOTH).externalId(receipt);
        ConsumptionResult result = new ConsumptionApi(client(adminToken))
                .recordConsumption(List.of(record, record), null);
        assertEquals(1, result.getAccepted());
        assertEquals(1, result.getDuplicates());
        assertTrue(result.getRejected().isEmpty());
    }

    @Test
    @Order(5)
    void evaluatesTiersToTheEnd() throws Exception {
        TiersApi tiers = new TiersApi(client(adminToken));
        ApiResponse<TierEvaluationDto> started = tiers.startTierEvaluationWithHttpInfo(null);
        assertEquals(202, started.getStatusCode());
        UUID run = started.getData().getId();
        assertTrue(header(started, "location").endsWith("/api/v1/tiers/evaluations/" + run));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        TierEvaluationDto evaluation = started.getData();
        while (evaluation.getStatus() == EvaluationStatus.RUNNING && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            evaluation = tiers.getTierEvaluation(run);
        }
        assertEquals(EvaluationStatus.DONE, evaluation.getStatus());
        assertNotNull(evaluation.getFinishedAt());
        assertTrue(evaluation.getEvaluated() >= 1, "at least the scenario's customer was evaluated");
        assertNotNull(new CustomersApi(client(agentToken)).getCustomer(customerId, null).getTier());
    }

    @Test
    @Order(6)
    void takesAComplaintFromReceivedToClosed() throws ApiException {
        ComplaintsApi complaints = new ComplaintsApi(client(agentToken));
        ComplaintDto received = complaints.createComplaint(new ComplaintCreate().customerId(customerId)
                .channel(ComplaintChannel.PHONE).category("BILLING").summary("Charged twice").demand("Refund"), null);
        complaintId = received.getId();
        assertEquals(ComplaintStatus.RECEIVED, received.getStatus());
        assertEquals(agentId, received.getOwnerId());

        assertEquals(ComplaintStatus.CONTACTED, complaints.recordComplaintContact(complaintId,
                new ComplaintContact().note("Called back"), null).getStatus());
        assertEquals(ComplaintStatus.IN_PROGRESS, complaints.recordComplaintProgress(complaintId,
                new ComplaintProgress().note("Refund on its way").feedbackGiven(true), null).getStatus());
        ComplaintDto resolved = complaints.resolveComplaint(complaintId,
                new ComplaintResolve().resolution("Refunded the double charge"), null);
        assertEquals(ComplaintStatus.RESOLVED, resolved.getStatus());

        ApiException early = assertThrows(ApiException.class, () -> complaints.closeComplaint(complaintId, null));
        assertEquals(409, early.getCode());

        FollowUpsApi followUps = new FollowUpsApi(client(agentToken));
        PageFollowUpDto tasks = followUps.listFollowUps(null, complaintId, null, null, 0, null, 20, null, null);
        assertEquals(1L, tasks.getTotal());
        FollowUpDto call = tasks.getItems().get(0);
        assertEquals(FollowUpPurpose.AFTER_COMPLAINT, call.getPurpose());
        FollowUpAttemptRecorded reached = followUps.recordFollowUpAttempt(call.getId(),
                new FollowUpAttemptCreate().outcome(FollowUpOutcome.REACHED).satisfaction(5), null);
        assertEquals(FollowUpOutcome.REACHED, reached.getAttempt().getOutcome());

        ComplaintDto closed = complaints.closeComplaint(complaintId, null);
        assertEquals(ComplaintStatus.CLOSED, closed.getStatus());
        assertNotNull(closed.getClosedAt());
        assertEquals(Set.of(ComplaintStatus.REOPENED), closed.getAllowedMoves());
    }

    @Test
    @Order(7)
    void retainsACustomerWhoWantedToLeave() throws ApiException {
        RetentionCasesApi retention = new RetentionCasesApi(client(agentToken));
        RetentionCaseDto opened = retention.createRetentionCase(new RetentionCaseCreate().customerId(customerId)
                .type(RetentionType.NETWORK).statedReason("too expensive").channel("PHONE"), null);
        UUID caseId = opened.getId();
        assertEquals(RetentionStage.TRUST, opened.getStage());

        RetentionCaseDto probed = retention.recordRetentionProbe(caseId, new RetentionProbe().realReason("TARIFF")
                .fixable(true).attitude(RetentionAttitude.COOPERATIVE).severity(2).countermeasureCost(5), null);
        assertEquals(RetentionStage.PROBING, probed.getStage());
        assertEquals(3, probed.getRetentionScore());

        RetentionOfferDto tariff = retention.createRetentionOffer(caseId, new RetentionOfferCreate()
                .kind(RetentionMethod.TARIFF_CHANGE).description("Family plan").monthlyValue(new BigDecimal("38.50")),
                null);
        RetentionOfferDto promotion = retention.createRetentionOffer(caseId, new RetentionOfferCreate()
                .kind(RetentionMethod.PROMOTION).description("Three months half price")
                .monthlyValue(new BigDecimal("20.00")), null);
        assertEquals(caseId, tariff.getCaseId());
        assertEquals(0, new BigDecimal("38.5").compareTo(tariff.getMonthlyValue()));
        assertEquals(RetentionStage.PROPOSING, retention.getRetentionCase(caseId, null).getStage());

        RetentionCaseDto agreed = retention.recordRetentionAgreement(caseId,
                new RetentionAgreement().offerId(promotion.getId()).method(RetentionMethod.PROMOTION), null);
        assertEquals(RetentionStage.AGREEING, agreed.getStage());
        RetentionCaseDto closed = retention.closeRetentionCase(caseId,
                new RetentionClose().outcome(RetentionOutcome.RETAINED).note("Stays on the promotion"), null);
        assertEquals(RetentionStage.CLOSED, closed.getStage());
        assertEquals(RetentionOutcome.RETAINED, closed.getOutcome());
        assertNotNull(closed.getFollowUpId());
    }

    @Test
    @Order(8)
    void readsTheWeeklyComplaintReport() throws ApiException {
        ComplaintReport report = new ReportsApi(client(adminToken)).getComplaintReport(ReportPeriod.WEEK, null, null);
        assertEquals(ReportPeriod.WEEK, report.getPeriod());
        assertTrue(report.getFrom().isBefore(report.getTo()));
        assertTrue(report.getTotal() >= 1, "this week's report counts the scenario's complaint");
        assertTrue(report.getByCategory().stream().anyMatch(c -> c.getCount() >= 1));
    }

    @Test
    @Order(9)
    void pagesThroughTheAuditLog() throws ApiException {
        AuditApi audit = new AuditApi(client(adminToken));
        PageAuditEntryDto first = audit.listAuditEntries(null, null, null, null, 0, 2, null, null);
        PageAuditEntryDto second = audit.listAuditEntries(null, null, null, null, 1, 2, null, null);
        assertEquals(0, first.getPage());
        assertEquals(1, second.getPage());
        assertEquals(2, first.getItems().size());
        assertTrue(first.getTotal() >= 3, "the scenario's sign-ins alone are three entries");
        assertFalse(second.getItems().isEmpty());
        Set<Long> seen = new HashSet<>();
        for (AuditEntryDto entry : first.getItems()) {
            seen.add(entry.getId());
        }
        for (AuditEntryDto entry : second.getItems()) {
            assertTrue(seen.add(entry.getId()), "the pages do not overlap");
            assertNotEquals(null, entry.getAction());
        }
    }

    private String signIn(TestData.TestUser user) throws ApiException {
        return new AuthApi(client(null))
                .createToken(new Credentials().username(user.username()).password(TestData.PASSWORD)).getAccessToken();
    }

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    /**
     * The generated client's mapper leaves nulls out (Include.NON_NULL), map values too, so a merge patch could
     * never remove a field: a patch needs a mapper that writes them.
     */
    private ApiClient mergePatchClient(String token) {
        ObjectMapper mapper = ApiClient.createDefaultObjectMapper();
        mapper.setSerializationInclusion(JsonInclude.Include.ALWAYS);
        return client(token).setObjectMapper(mapper);
    }

    private static String header(ApiResponse<?> response, String name) {
        return response.getHeaders().get(name).get(0);
    }
}
