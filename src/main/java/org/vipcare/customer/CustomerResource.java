package org.vipcare.customer;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditLog;
import org.vipcare.common.ETags;
import org.vipcare.common.Idempotency;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.common.RetryTransient;
import org.vipcare.common.SharedHeaders;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.Role;
import org.vipcare.tier.LifecycleStage;
import org.vipcare.tier.LoyaltyType;
import org.vipcare.tier.Tier;
import org.vipcare.tier.TierHistoryDto;
import org.vipcare.tier.ValueClass;

@Path("/api/v1/customers")
@Tag(name = "Customers", description = "Customer records, search, timeline, CSV import and masked export.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_, Role.INTEGRATION_ })
@RetryTransient
public class CustomerResource {

    private final CustomerService customers;
    private final CustomerTimeline timeline;
    private final CustomerCsv csv;
    private final CurrentUser caller;
    private final Idempotency idempotency;
    private final AuditLog audit;
    private final CustomerPatch patches;
    private final BillAnalysis bills;

    public CustomerResource(CustomerService customers, CustomerTimeline timeline, CustomerCsv csv,
            CurrentUser caller, Idempotency idempotency, AuditLog audit, CustomerPatch patches, BillAnalysis bills) {
        this.bills = bills;
        this.customers = customers;
        this.timeline = timeline;
        this.csv = csv;
        this.caller = caller;
        this.idempotency = idempotency;
        this.audit = audit;
        this.patches = patches;
    }

    @POST
    @Transactional
    @Operation(operationId = "createCustomer", summary = "Create a customer",
            description = "An agent creates customers for itself. Retries with the same Idempotency-Key create one.")
    @RequestBody(content = @Content(examples = { @ExampleObject(name = "individual", value = CustomerExamples.CREATE),
            @ExampleObject(name = "enterprise", value = CustomerExamples.CREATE_ENTERPRISE) }))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = CustomerDto.class)),
            headers = { @Header(name = "Location", ref = SharedHeaders.LOCATION),
                    @Header(name = "ETag", ref = SharedHeaders.ETAG) })
    @APIResponse(responseCode = "409", description = "externalRef already used, the identity document belongs to "
            + "another customer not erased (customer.id-document.taken, naming it in existingCustomerId), or "
            + "Idempotency-Key reused")
    public Response create(@Valid @NotNull CustomerInput input,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, caller.username(), "POST /api/v1/customers", input, () -> {
            Customer customer = customers.create(input);
            return Response.created(uri.getAbsolutePathBuilder().path(customer.id.toString()).build())
                    .tag(ETags.of(customer.version))
                    .entity(customers.dto(customer, customers.mayUnmask(customer))).build();
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCustomer", summary = "One customer with derived fields",
            description = "Unless the caller is the assigned manager, a supervisor or an admin (masked: true): "
                    + "phones and id number masked (138****1234), email masked, address cut to its district, "
                    + "birthday null (birthYear stays), notes null. Unmasked reads are audited.")
    @APIResponse(responseCode = "200", description = "The customer",
            content = @Content(schema = @Schema(implementation = CustomerDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    @APIResponse(responseCode = "404", description = "Unknown or erased")
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        CustomerDto customer = customers.read(id, "GET /api/v1/customers/" + id, ifNoneMatch);
        return Response.ok(customer).tag(ETags.of(customer.version())).build();
    }

    @GET
    @Operation(operationId = "listCustomers", summary = "Search, filter, sort and page customers",
            description = "q matches name and externalRef (substring, case-insensitive), and phones: by any part "
                    + "where the caller sees them unmasked, otherwise only as the complete number, exactly as stored; "
                    + "each customer so found is audited (SEARCH_BY_PHONE). A q of one or two characters matches "
                    + "names only. managerId lists one manager's customers (an agent's own book: its id from "
                    + "GET /users/me), newest first from its own index. enterpriseClass lists enterprise customers of "
                    + "one class. Sort fields: name, joinedAt, createdAt, updatedAt, externalRef, tier, valueClass, "
                    + "enterpriseClass, memberCount, relationshipValue (the number of customers referred plus, for an "
                    + "enterprise customer, member count / 10), healthScore (customers not evaluated yet last when "
                    + "ascending).")
    public Page<CustomerDto> list(@QueryParam("q") String q,
            @Parameter(schema = @Schema(implementation = Tier.class)) @QueryParam("tier") String tier,
            @QueryParam("watch") String watch,
            @Parameter(schema = @Schema(implementation = ValueClass.class)) @QueryParam("valueClass") String valueClass,
            @Parameter(schema = @Schema(implementation = LoyaltyType.class)) @QueryParam("loyaltyType")
            String loyaltyType,
            @Parameter(description = "Only the customers assigned to this account manager (a user id)",
                    example = "3f0c2b9e-4d1a-4c55-9a7e-2b8f6d1e0a41", schema = @Schema(type = SchemaType.STRING,
                            format = "uuid")) @QueryParam("managerId") String managerId,
            @Parameter(schema = @Schema(implementation = CustomerType.class)) @QueryParam("type") String type,
            @Parameter(schema = @Schema(implementation = LifecycleStage.class)) @QueryParam("lifecycleStage")
            String lifecycleStage,
            @Parameter(description = "Only enterprise customers of this class",
                    schema = @Schema(implementation = EnterpriseClass.class)) @QueryParam("enterpriseClass")
            String enterpriseClass,
            @Parameter(description = "Only customers with an ACTIVE CONTRACT product ending within this many days "
                    + "from today (business zone), today included (0: ending today)", example = "60",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "3660"))
            @QueryParam("contractEndsWithinDays") String contractEndsWithinDays,
            @Parameter(description = "Only customers whose health score is below this (0-100); customers not "
                    + "evaluated yet never match", example = "40",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "100"))
            @QueryParam("healthBelow") String healthBelow,
            @BeanParam PageRequest paging) {
        return customers.list(CustomerFilter.parse(q, tier, watch, valueClass, loyaltyType, managerId, type, lifecycleStage)
                .withEnterpriseClass(enterpriseClass).withContractEndsWithinDays(contractEndsWithinDays)
                .withHealthBelow(healthBelow), paging,
                "GET /api/v1/customers");
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateCustomer",
            summary = "Replace a customer's descriptive data", description = "Needs If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = CustomerDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("id") UUID id, @Valid @NotNull CustomerInput input,
            @Parameter(description = "ETag from the last read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return updated(customers.update(id, input, ifMatch));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(CustomerPatch.MEDIA_TYPE)
    @Transactional
    @Operation(operationId = "patchCustomer",
            summary = "Change some of a customer's descriptive data (JSON merge patch)",
            description = "RFC 7396: only the members present change, null removes an optional one, nested objects "
                    + "merge member by member. A masked value (with *) in a phone or identity number is refused (400). "
                    + "The merged result is validated as a PUT; needs If-Match with the ETag read.")
    @RequestBody(content = @Content(mediaType = CustomerPatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT, description = "Any members of the customer's input"),
            examples = @ExampleObject(name = "new office phone",
                    value = "{\"phones\": {\"office\": \"+862150501234\"}, \"notes\": null}")))
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = CustomerDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response patch(@PathParam("id") UUID id, String patch,
            @Parameter(description = "ETag from the last read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch)
            throws JsonProcessingException {
        return updated(customers.update(id, patches.merge(customers.live(id), patch), ifMatch));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN_)
    @Operation(operationId = "eraseCustomer", summary = "Erase a customer's personal data",
            description = "Anonymises the record and every text the other features keep about the customer "
                    + "(complaints, retention cases, follow-up calls), cancels its open follow-ups and forgets stored "
                    + "idempotent answers naming it, in one transaction; statistics stay. Afterwards the customer is "
                    + "404 and gone from lists and tier averages.")
    @APIResponse(responseCode = "204", description = "Erased")
    public Response erase(@PathParam("id") UUID id) {
        customers.erase(id, "DELETE /api/v1/customers/" + id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/timeline")
    @RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
    @Operation(operationId = "getCustomerTimeline",
            summary = "Everything that happened with the customer, newest first",
            description = "Consumption, tier changes, complaints, retention cases and follow-up calls in one "
                    + "list. An entry about a complaint, retention case or follow-up the caller may not read (the "
                    + "rules of those operations) shows kind and at only: summary and refId null, withheld true. "
                    + "Sort: at.")
    public Page<TimelineEvent> timeline(@PathParam("id") UUID id, @BeanParam PageRequest paging) {
        customers.live(id);
        return timeline.of(id, paging);
    }

    @GET
    @Path("/{id}/bill-analysis")
    // Integration clients push customers and consumption; reading spend back is staff work (API.md).
    @RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
    @Operation(operationId = "getCustomerBillAnalysis", summary = "The customer's bill month by month (账单分析)",
            description = "The last `months` complete calendar months of the business zone (the current one is not "
                    + "over yet), oldest first: spend (records other than VISIT) and visits (records other than "
                    + "SPEND), the change in percent against the month before and against the average of the 3 "
                    + "months before, and flagged when the spend differs from that average by more than "
                    + "vipcare.follow-ups.bill-analysis-threshold-percent (30) % — the rule of the BILL_ANALYSIS "
                    + "calls. Staff who may read the customer may read this; integration clients may not.")
    @APIResponse(responseCode = "200", description = "The months",
            content = @Content(schema = @Schema(implementation = BillAnalysis.Result.class)))
    public BillAnalysis.Result billAnalysis(@PathParam("id") UUID id,
            @Parameter(description = "How many months, 1 to 12", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "12", defaultValue = "3")) @QueryParam("months") String months) {
        return bills.of(id, BillAnalysis.months(months));
    }

    @GET
    @Path("/{id}/tier-history")
    @RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
    @Operation(operationId = "getCustomerTierHistory", summary = "The customer's tier changes, newest first",
            description = "Each tier change with its reason and the policy version that made it. Sort: changedAt.")
    public Page<TierHistoryDto> tierHistory(@PathParam("id") UUID id, @BeanParam PageRequest paging) {
        return customers.tierHistory(id, paging);
    }

    @POST
    @Path("/import")
    @Consumes("text/csv")
    @RolesAllowed({ Role.INTEGRATION_, Role.ADMIN_ })
    @Transactional
    @Operation(operationId = "importCustomers", summary = "Create or update customers from CSV",
            description = "Header row with any of: externalRef,name,type,mobile,office,home,email,address,birthday,"
                    + "paymentType,joinedAt,preferredChannel,managerUsername,idDocumentType,idDocumentNumber,"
                    + "enterpriseClass,industry,memberCount,interests (tags separated by ;) (externalRef, name, type "
                    + "required). Good rows are kept, bad rows reported by line; a known externalRef updates the "
                    + "given columns. An identity document another customer holds is reported on its line "
                    + "(customer.id-document.taken).")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
            examples = { @ExampleObject(name = "two rows", value = CustomerExamples.CSV),
                    @ExampleObject(name = "enterprise", value = CustomerExamples.CSV_ENTERPRISE) }))
    @APIResponse(responseCode = "200", description = "Import report: counts, and each bad row by line",
            content = @Content(schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "400", description = "Unknown or missing column")
    public Response importCsv(String body, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.run(idempotencyKey, caller.username(), "POST /api/v1/customers/import", body,
                () -> Response.ok(csv.importCsv(body)).build());
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @RolesAllowed({ Role.SUPERVISOR_, Role.ADMIN_ })
    @Operation(operationId = "exportCustomers",
            summary = "Stream customers as masked CSV", description = "Takes the same filters as the list.")
    @APIResponse(responseCode = "200", description = "CSV", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "one customer, masked", value = CustomerExamples.EXPORT)))
    public Response export(@QueryParam("q") String q,
            @Parameter(schema = @Schema(implementation = Tier.class)) @QueryParam("tier") String tier,
            @QueryParam("watch") String watch,
            @Parameter(schema = @Schema(implementation = ValueClass.class)) @QueryParam("valueClass") String valueClass,
            @Parameter(schema = @Schema(implementation = LoyaltyType.class)) @QueryParam("loyaltyType")
            String loyaltyType,
            @Parameter(description = "Only the customers assigned to this account manager (a user id)",
                    example = "3f0c2b9e-4d1a-4c55-9a7e-2b8f6d1e0a41", schema = @Schema(type = SchemaType.STRING,
                            format = "uuid")) @QueryParam("managerId") String managerId,
            @Parameter(schema = @Schema(implementation = CustomerType.class)) @QueryParam("type") String type,
            @Parameter(schema = @Schema(implementation = LifecycleStage.class)) @QueryParam("lifecycleStage")
            String lifecycleStage,
            @Parameter(description = "Only enterprise customers of this class",
                    schema = @Schema(implementation = EnterpriseClass.class)) @QueryParam("enterpriseClass")
            String enterpriseClass,
            @Parameter(description = "Only customers with an ACTIVE CONTRACT product ending within this many days "
                    + "from today (business zone), today included (0: ending today)", example = "60",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "3660"))
            @QueryParam("contractEndsWithinDays") String contractEndsWithinDays,
            @Parameter(description = "Only customers whose health score is below this (0-100); customers not "
                    + "evaluated yet never match", example = "40",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "100"))
            @QueryParam("healthBelow") String healthBelow) {
        CustomerFilter filter = CustomerFilter.parse(q, tier, watch, valueClass, loyaltyType, managerId, type, lifecycleStage)
                .withEnterpriseClass(enterpriseClass).withContractEndsWithinDays(contractEndsWithinDays)
                .withHealthBelow(healthBelow);
        audit.record(caller.username(), AuditAction.EXPORT, null, "GET /api/v1/customers/export", filter.toString());
        StreamingOutput body = out -> csv.export(filter, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"customers.csv\"").build();
    }

    private Response updated(Customer customer) {
        return Response.ok(customers.dto(customer, customers.mayUnmask(customer)))
                .tag(ETags.of(customer.version)).build();
    }
}
