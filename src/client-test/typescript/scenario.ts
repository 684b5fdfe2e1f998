// An integrator's day through the typescript-fetch client generated from docs/openapi.yaml with the generator's
// defaults: the same nine steps as ClientScenarioTest, typed calls only. ClientScriptScenarioTest compiles it
// (tsconfig.json beside it), starts it with the service's base URL and the users it made in the environment; every
// step prints one line, and any failed check exits non-zero.
import { randomUUID } from "node:crypto";
import {
    AuditApi,
    AuthApi,
    ComplaintChannel,
    ComplaintStatus,
    ComplaintsApi,
    Configuration,
    ConsumptionApi,
    ConsumptionKind,
    CustomerType,
    CustomersApi,
    EvaluationStatus,
    FollowUpOutcome,
    FollowUpPurpose,
    FollowUpsApi,
    Problem,
    ProblemFromJSON,
    ReportPeriod,
    ReportsApi,
    ResponseError,
    RetentionAttitude,
    RetentionCasesApi,
    RetentionMethod,
    RetentionOutcome,
    RetentionStage,
    RetentionType,
    TiersApi,
} from "../../../target/generated-clients/typescript-fetch";

const PRECONDITION_FAILED = "https://vipcare.example/problems/precondition-failed";

function env(name: string): string {
    const value = process.env[name];
    if (!value) {
        throw new Error(`${name} is not set`);
    }
    return value;
}

const BASE_URL = env("VIPCARE_BASE_URL").replace(/\/$/, "");
const PASSWORD = env("VIPCARE_PASSWORD");
const ADMIN_PASSWORD = env("VIPCARE_ADMIN_PASSWORD");
const AGENT_USERNAME = env("VIPCARE_AGENT_USERNAME");
const AGENT_ID = env("VIPCARE_AGENT_ID");
const OTHER_AGENT_USERNAME = env("VIPCARE_OTHER_AGENT_USERNAME");
const MOBILE = env("VIPCARE_MOBILE");
const RUN = env("VIPCARE_RUN");

function check(condition: unknown, message: string): asserts condition {
    if (!condition) {
        throw new Error(message);
    }
}

function equal<T>(expected: T, actual: T | null | undefined, what: string): void {
    check(JSON.stringify(expected) === JSON.stringify(actual),
        `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** Runs the call, which must fail with the given status; returns the generated error. */
async function refused(status: number, call: () => Promise<unknown>): Promise<ResponseError> {
    try {
        await call();
    } catch (e) {
        check(e instanceof ResponseError, `expected a ResponseError, got ${e}`);
        equal(status, e.response.status, "status of the refusal");
        return e;
    }
    throw new Error(`expected ${status}, the call succeeded`);
}

/** The problem+json body of a refusal, as the document's Problem. */
async function problem(error: ResponseError): Promise<Problem> {
    check(error.response.headers.get("Content-Type")?.startsWith("application/problem+json"),
        "the refusal is a problem+json");
    return ProblemFromJSON(await error.response.json());
}

function config(token?: string): Configuration {
    return new Configuration({ basePath: BASE_URL, accessToken: token });
}

async function signIn(username: string, password: string): Promise<string> {
    const token = await new AuthApi(config()).createToken({ credentials: { username, password } });
    return token.accessToken!;
}

const state: { agent?: string; admin?: string; customer?: string } = {};

async function signsInForABearerToken(): Promise<void> {
    const token = await new AuthApi(config()).createToken({
        credentials: { username: AGENT_USERNAME, password: PASSWORD },
    });
    equal("Bearer", token.tokenType, "token type");
    check(token.expiresIn! > 0, "the token expires in the future");
    state.agent = token.accessToken!;
    state.admin = await signIn("admin", ADMIN_PASSWORD);
    await refused(401, () => signIn(AGENT_USERNAME, "wrong-password"));
}

async function createsACustomerOnceUnderRetries(): Promise<void> {
    const customers = new CustomersApi(config(state.agent));
    const name = `Client scenario typescript ${RUN}`;
    const request = {
        customerInput: {
            name, type: CustomerType.Individual, phones: { mobile: MOBILE }, address: "1 Old Street",
            joinedAt: new Date(2021, 4, 20),
        },
        idempotencyKey: randomUUID(),
    };

    const first = await customers.createCustomerRaw(request);
    const retry = await customers.createCustomerRaw(request);
    const created = await first.value();

    equal(201, first.raw.status, "status of the create");
    state.customer = created.id!;
    equal(name, created.name, "name");
    equal(AGENT_ID, created.managerId, "manager");
    equal(created.id, (await retry.value()).id, "id of the replayed create");
    equal("true", retry.raw.headers.get("Idempotent-Replayed"), "Idempotent-Replayed");
    equal('"0"', first.raw.headers.get("ETag"), "ETag of the create");
    const named = await customers.listCustomers({ q: name, page: 0, size: 20 });
    equal(1, named.total, "customers with the scenario's name");
    equal(created.id, named.items![0].id, "the one found");
}

async function readsThenPatchesAndIsRefusedWithAStaleTag(): Promise<void> {
    const customers = new CustomersApi(config(state.agent));
    const id = state.customer!;
    const read = await customers.getCustomerRaw({ id });
    const before = await read.value();
    const etag = read.raw.headers.get("ETag")!;
    equal('"0"', etag, "ETag of the read");
    equal("1 Old Street", before.address, "address");

    // The patch is a plain object sent as JSON.stringify writes it: its null removes the address.
    const patched = await customers.patchCustomerRaw({
        id, body: { email: "client.scenario@example.com", address: null }, ifMatch: etag,
    });
    const after = await patched.value();

    equal(200, patched.raw.status, "status of the patch");
    equal('"1"', patched.raw.headers.get("ETag"), "ETag after the patch");
    equal("client.scenario@example.com", after.email, "email");
    check(after.address == null, `address removed by the null, got ${after.address}`);
    equal(before.name, after.name, "name untouched");
    equal(before.phones!.mobile, after.phones!.mobile, "mobile untouched");

    const stale = await refused(412, () => customers.patchCustomer({
        id, body: { email: "late@example.com" }, ifMatch: etag,
    }));
    const reason = await problem(stale);
    equal(412, reason.status, "status in the problem");
    equal(PRECONDITION_FAILED, reason.type, "type of the problem");
    check(reason.detail, "the problem names the object");
    equal("client.scenario@example.com", (await customers.getCustomer({ id })).email, "email after the refusal");

    const another = new CustomersApi(config(await signIn(OTHER_AGENT_USERNAME, PASSWORD)));
    const seen = await another.getCustomer({ id });
    equal(MOBILE.slice(0, 3) + "****" + MOBILE.slice(7), seen.phones!.mobile, "mobile as another agent reads it");
}

async function feedsConsumptionAndSkipsTheDuplicate(): Promise<void> {
    const record = {
        customerId: state.customer, occurredAt: new Date(Date.now() - 24 * 3600 * 1000), amount: 388.0,
        kind: ConsumptionKind.Both, externalId: `POS-typescript-${RUN}`,
    };
    const result = await new ConsumptionApi(config(state.admin))
        .recordConsumption({ consumptionRecordInput: [record, record] });
    equal(1, result.accepted, "accepted");
    equal(1, result.duplicates, "duplicates");
    equal([], result.rejected, "rejected");
}

async function evaluatesTiersToTheEnd(): Promise<void> {
    const tiers = new TiersApi(config(state.admin));
    const started = await tiers.startTierEvaluationRaw({});
    equal(202, started.raw.status, "status of the start");
    let evaluation = await started.value();
    const run = evaluation.id!;
    check(started.raw.headers.get("Location")?.endsWith(`/api/v1/tiers/evaluations/${run}`), "Location of the run");

    const deadline = Date.now() + 30_000;
    while (evaluation.status === EvaluationStatus.Running && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        evaluation = await tiers.getTierEvaluation({ id: run });
    }
    equal(EvaluationStatus.Done, evaluation.status, "status of the run");
    check(evaluation.finishedAt instanceof Date, "the run has finished");
    check(evaluation.evaluated! >= 1, "at least the scenario's customer was evaluated");
    const customer = await new CustomersApi(config(state.agent)).getCustomer({ id: state.customer! });
    check(customer.tier != null, "a tier");
}

async function takesAComplaintFromReceivedToClosed(): Promise<void> {
    const complaints = new ComplaintsApi(config(state.agent));
    const received = await complaints.createComplaint({
        complaintCreate: {
            customerId: state.customer!, channel: ComplaintChannel.Phone, category: "BILLING",
            summary: "Charged twice", demand: "Refund",
        },
    });
    const id = received.id!;
    equal(ComplaintStatus.Received, received.status, "status of the new complaint");
    equal(AGENT_ID, received.ownerId, "owner");

    equal(ComplaintStatus.Contacted, (await complaints.recordComplaintContact({
        id, complaintContact: { note: "Called back" },
    })).status, "after contact");
    equal(ComplaintStatus.InProgress, (await complaints.recordComplaintProgress({
        id, complaintProgress: { note: "Refund on its way", feedbackGiven: true },
    })).status, "after progress");
    equal(ComplaintStatus.Resolved, (await complaints.resolveComplaint({
        id, complaintResolve: { resolution: "Refunded the double charge" },
    })).status, "after resolve");

    equal(409, (await problem(await refused(409, () => complaints.closeComplaint({ id })))).status, "too early");

    const followUps = new FollowUpsApi(config(state.agent));
    const tasks = await followUps.listFollowUps({ complaintId: id, page: 0, size: 20 });
    equal(1, tasks.total, "verification calls of the complaint");
    const call = tasks.items![0];
    equal(FollowUpPurpose.AfterComplaint, call.purpose, "purpose of the call");
    const reached = await followUps.recordFollowUpAttempt({
        id: call.id!, followUpAttemptCreate: { outcome: FollowUpOutcome.Reached, satisfaction: 5 },
    });
    equal(FollowUpOutcome.Reached, reached.attempt!.outcome, "outcome of the attempt");

    const closed = await complaints.closeComplaint({ id });
    equal(ComplaintStatus.Closed, closed.status, "status after close");
    check(closed.closedAt instanceof Date, "closedAt");
    equal([ComplaintStatus.Reopened], [...closed.allowedMoves!], "moves left (a Set: uniqueItems)");
}

async function retainsACustomerWhoWantedToLeave(): Promise<void> {
    const retention = new RetentionCasesApi(config(state.agent));
    const opened = await retention.createRetentionCase({
        retentionCaseCreate: {
            customerId: state.customer!, type: RetentionType.Network, statedReason: "too expensive", channel: "PHONE",
        },
    });
    const id = opened.id!;
    equal(RetentionStage.Trust, opened.stage, "stage of the new case");

    const probed = await retention.recordRetentionProbe({
        id, retentionProbe: {
            realReason: "TARIFF", fixable: true, attitude: RetentionAttitude.Cooperative, severity: 2,
            countermeasureCost: 5,
        },
    });
    equal(RetentionStage.Probing, probed.stage, "stage after the probe");
    equal(3, probed.retentionScore, "retention score");

    const tariff = await retention.createRetentionOffer({
        id, retentionOfferCreate: { kind: RetentionMethod.TariffChange, description: "Family plan", monthlyValue: 38.5 },
    });
    const promotion = await retention.createRetentionOffer({
        id, retentionOfferCreate: {
            kind: RetentionMethod.Promotion, description: "Three months half price", monthlyValue: 20.0,
        },
    });
    equal(id, tariff.caseId, "case of the offer");
    equal(38.5, tariff.monthlyValue, "monthly value");
    equal(RetentionStage.Proposing, (await retention.getRetentionCase({ id })).stage, "stage after the offers");

    const agreed = await retention.recordRetentionAgreement({
        id, retentionAgreement: { offerId: promotion.id!, method: RetentionMethod.Promotion },
    });
    equal(RetentionStage.Agreeing, agreed.stage, "stage after the agreement");
    const closed = await retention.closeRetentionCase({
        id, retentionClose: { outcome: RetentionOutcome.Retained, note: "Stays on the promotion" },
    });
    equal(RetentionStage.Closed, closed.stage, "stage after close");
    equal(RetentionOutcome.Retained, closed.outcome, "outcome");
    check(closed.followUpId, "a follow-up call is planned");
}

async function readsTheWeeklyComplaintReport(): Promise<void> {
    const report = await new ReportsApi(config(state.admin)).getComplaintReport({ period: ReportPeriod.Week });
    equal(ReportPeriod.Week, report.period, "period");
    check(report.from! < report.to!, "from before to");
    check(report.total! >= 1, "this week's report counts the scenario's complaint");
    check(report.byCategory!.some((c) => c.count! >= 1), "a category with a complaint");
}

async function pagesThroughTheAuditLog(): Promise<void> {
    const audit = new AuditApi(config(state.admin));
    const first = await audit.listAuditEntries({ page: 0, size: 2 });
    const second = await audit.listAuditEntries({ page: 1, size: 2 });
    equal(0, first.page, "first page number");
    equal(1, second.page, "second page number");
    equal(2, first.items!.length, "entries on the first page");
    check(first.total! >= 3, "the scenario's sign-ins alone are three entries");
    check(second.items!.length > 0, "a second page");
    const seen = new Set(first.items!.map((e) => e.id));
    for (const entry of second.items!) {
        check(!seen.has(entry.id), "the pages do not overlap");
        check(entry.action != null, "every entry has an action");
    }
}

const STEPS: Array<() => Promise<void>> = [
    signsInForABearerToken,
    createsACustomerOnceUnderRetries,
    readsThenPatchesAndIsRefusedWithAStaleTag,
    feedsConsumptionAndSkipsTheDuplicate,
    evaluatesTiersToTheEnd,
    takesAComplaintFromReceivedToClosed,
    retainsACustomerWhoWantedToLeave,
    readsTheWeeklyComplaintReport,
    pagesThroughTheAuditLog,
];

async function main(): Promise<void> {
    for (const [index, step] of STEPS.entries()) {
        try {
            await step();
        } catch (e) {
            console.log(`step ${index + 1} FAILED ${step.name}`);
            console.error(e);
            process.exit(1);
        }
        console.log(`step ${index + 1} ok ${step.name}`);
    }
}

main();
