"""An integrator's day through the Python client generated from docs/openapi.yaml with the generator's defaults.

The same nine steps as ClientScenarioTest, typed calls only. ClientScriptScenarioTest starts it with the service's
base URL and the users it made in the environment; every step prints one line, and any failed check exits non-zero.
"""

import os
import sys
import time
import traceback
import uuid
from datetime import date, datetime, timedelta, timezone

import vipcare_client as vc
from vipcare_client.exceptions import ApiException, ConflictException, UnauthorizedException

PRECONDITION_FAILED = "https://vipcare.example/problems/precondition-failed"

BASE_URL = os.environ["VIPCARE_BASE_URL"].rstrip("/")
PASSWORD = os.environ["VIPCARE_PASSWORD"]
ADMIN_PASSWORD = os.environ["VIPCARE_ADMIN_PASSWORD"]
AGENT_USERNAME = os.environ["VIPCARE_AGENT_USERNAME"]
AGENT_ID = uuid.UUID(os.environ["VIPCARE_AGENT_ID"])
OTHER_AGENT_USERNAME = os.environ["VIPCARE_OTHER_AGENT_USERNAME"]
MOBILE = os.environ["VIPCARE_MOBILE"]
RUN = os.environ["VIPCARE_RUN"]


class CheckFailed(Exception):
    pass


def check(condition, message):
    # Not `assert`: python -O would drop it.
    if not condition:
        raise CheckFailed(message)


def equal(expected, actual, what):
    check(expected == actual, f"{what}: expected {expected!r}, got {actual!r}")


def refused(status, call):
    """Runs the call, which must fail with the given status; returns the generated exception."""
    try:
        call()
    except ApiException as e:
        equal(status, e.status, "status of the refusal")
        return e
    raise CheckFailed(f"expected {status}, the call succeeded")


def client(token=None):
    return vc.ApiClient(vc.Configuration(host=BASE_URL, access_token=token))


def sign_in(username, password):
    return vc.AuthApi(client()).create_token(vc.Credentials(username=username, password=password))


state = {}


def signs_in_for_a_bearer_token():
    token = sign_in(AGENT_USERNAME, PASSWORD)
    equal("Bearer", token.token_type, "token type")
    check(token.expires_in > 0, "the token expires in the future")
    state["agent"] = token.access_token
    state["admin"] = sign_in("admin", ADMIN_PASSWORD).access_token
    e = refused(401, lambda: sign_in(AGENT_USERNAME, "wrong-password"))
    check(isinstance(e, UnauthorizedException), f"401 raises UnauthorizedException, not {type(e).__name__}")


def creates_a_customer_once_under_retries():
    customers = vc.CustomersApi(client(state["agent"]))
    name = f"Client scenario python {RUN}"
    customer = vc.CustomerInput(name=name, type=vc.CustomerType.INDIVIDUAL, phones=vc.Phones(mobile=MOBILE),
                                address="1 Old Street", joined_at=date(2021, 5, 20))
    key = str(uuid.uuid4())

    first = customers.create_customer_with_http_info(customer, idempotency_key=key)
    retry = customers.create_customer_with_http_info(customer, idempotency_key=key)

    equal(201, first.status_code, "status of the create")
    state["customer"] = first.data.id
    equal(name, first.data.name, "name")
    equal(AGENT_ID, first.data.manager_id, "manager")
    equal(first.data.id, retry.data.id, "id of the replayed create")
    equal("true", retry.headers.get("Idempotent-Replayed"), "Idempotent-Replayed")
    equal('"0"', first.headers.get("ETag"), "ETag of the create")
    named = customers.list_customers(q=name, page=0, size=20)
    equal(1, named.total, "customers with the scenario's name")
    equal(first.data.id, named.items[0].id, "the one found")


def reads_then_patches_and_is_refused_with_a_stale_tag():
    customers = vc.CustomersApi(client(state["agent"]))
    read = customers.get_customer_with_http_info(state["customer"])
    etag = read.headers.get("ETag")
    equal('"0"', etag, "ETag of the read")
    equal("1 Old Street", read.data.address, "address")

    # The patch is a plain dict: its None goes out as JSON null and removes the address.
    patched = customers.patch_customer_with_http_info(
        state["customer"], {"email": "client.scenario@example.com", "address": None}, if_match=etag)

    equal(200, patched.status_code, "status of the patch")
    equal('"1"', patched.headers.get("ETag"), "ETag after the patch")
    equal("client.scenario@example.com", patched.data.email, "email")
    equal(None, patched.data.address, "address removed by the null")
    equal(read.data.name, patched.data.name, "name untouched")
    equal(read.data.phones.mobile, patched.data.phones.mobile, "mobile untouched")

    stale = refused(412, lambda: customers.patch_customer(
        state["customer"], {"email": "late@example.com"}, if_match=etag))
    check(stale.headers["Content-Type"].startswith("application/problem+json"), "412 is a problem+json")
    check(isinstance(stale.data, vc.Problem), f"412 is read as a Problem, not {type(stale.data).__name__}")
    equal(412, stale.data.status, "status in the problem")
    equal(PRECONDITION_FAILED, stale.data.type, "type of the problem")
    check(stale.data.detail, "the problem names the object")
    equal("client.scenario@example.com", customers.get_customer(state["customer"]).email, "email after the refusal")

    another = vc.CustomersApi(client(sign_in(OTHER_AGENT_USERNAME, PASSWORD).access_token))
    seen = another.get_customer(state["customer"])
    equal(MOBILE[:3] + "****" + MOBILE[7:], seen.phones.mobile, "mobile as another agent reads it")


def feeds_consumption_and_skips_the_duplicate():
    record = vc.ConsumptionRecordInput(
        customer_id=state["customer"], occurred_at=datetime.now(timezone(timedelta(hours=8))) - timedelta(days=1),
        amount=388.00, kind=vc.ConsumptionKind.BOTH, external_id=f"POS-python-{RUN}")
    result = vc.ConsumptionApi(client(state["admin"])).record_consumption([record, record])
    equal(1, result.accepted, "accepted")
    equal(1, result.duplicates, "duplicates")
    equal([], result.rejected, "rejected")


def evaluates_tiers_to_the_end():
    tiers = vc.TiersApi(client(state["admin"]))
    started = tiers.start_tier_evaluation_with_http_info()
    equal(202, started.status_code, "status of the start")
    run = started.data.id
    check(started.headers.get("Location", "").endswith(f"/api/v1/tiers/evaluations/{run}"), "Location of the run")

    deadline = time.monotonic() + 30
    evaluation = started.data
    while evaluation.status == vc.EvaluationStatus.RUNNING and time.monotonic() < deadline:
        time.sleep(0.2)
        evaluation = tiers.get_tier_evaluation(run)
    equal(vc.EvaluationStatus.DONE, evaluation.status, "status of the run")
    check(evaluation.finished_at is not None, "the run has finished")
    check(evaluation.evaluated >= 1, "at least the scenario's customer was evaluated")
    check(vc.CustomersApi(client(state["agent"])).get_customer(state["customer"]).tier is not None, "a tier")


def takes_a_complaint_from_received_to_closed():
    complaints = vc.ComplaintsApi(client(state["agent"]))
    received = complaints.create_complaint(vc.ComplaintCreate(
        customer_id=state["customer"], channel=vc.ComplaintChannel.PHONE, category="BILLING",
        summary="Charged twice", demand="Refund"))
    complaint = received.id
    equal(vc.ComplaintStatus.RECEIVED, received.status, "status of the new complaint")
    equal(AGENT_ID, received.owner_id, "owner")

    equal(vc.ComplaintStatus.CONTACTED, complaints.record_complaint_contact(
        complaint, vc.ComplaintContact(note="Called back")).status, "after contact")
    equal(vc.ComplaintStatus.IN_PROGRESS, complaints.record_complaint_progress(
        complaint, vc.ComplaintProgress(note="Refund on its way", feedback_given=True)).status, "after progress")
    equal(vc.ComplaintStatus.RESOLVED, complaints.resolve_complaint(
        complaint, vc.ComplaintResolve(resolution="Refunded the double charge")).status, "after resolve")

    early = refused(409, lambda: complaints.close_complaint(complaint))
    check(isinstance(early, ConflictException), f"409 raises ConflictException, not {type(early).__name__}")

    follow_ups = vc.FollowUpsApi(client(state["agent"]))
    tasks = follow_ups.list_follow_ups(complaint_id=complaint, page=0, size=20)
    equal(1, tasks.total, "verification calls of the complaint")
    call = tasks.items[0]
    equal(vc.FollowUpPurpose.AFTER_COMPLAINT, call.purpose, "purpose of the call")
    reached = follow_ups.record_follow_up_attempt(
        call.id, vc.FollowUpAttemptCreate(outcome=vc.FollowUpOutcome.REACHED, satisfaction=5))
    equal(vc.FollowUpOutcome.REACHED, reached.attempt.outcome, "outcome of the attempt")

    closed = complaints.close_complaint(complaint)
    equal(vc.ComplaintStatus.CLOSED, closed.status, "status after close")
    check(closed.closed_at is not None, "closedAt")
    equal([vc.ComplaintStatus.REOPENED], closed.allowed_moves, "moves left")


def retains_a_customer_who_wanted_to_leave():
    retention = vc.RetentionCasesApi(client(state["agent"]))
    opened = retention.create_retention_case(vc.RetentionCaseCreate(
        customer_id=state["customer"], type=vc.RetentionType.NETWORK, stated_reason="too expensive",
        channel="PHONE"))
    case = opened.id
    equal(vc.RetentionStage.TRUST, opened.stage, "stage of the new case")

    probed = retention.record_retention_probe(case, vc.RetentionProbe(
        real_reason="TARIFF", fixable=True, attitude=vc.RetentionAttitude.COOPERATIVE, severity=2,
        countermeasure_cost=5))
    equal(vc.RetentionStage.PROBING, probed.stage, "stage after the probe")
    equal(3, probed.retention_score, "retention score")

    tariff = retention.create_retention_offer(case, vc.RetentionOfferCreate(
        kind=vc.RetentionMethod.TARIFF_CHANGE, description="Family plan", monthly_value=38.50))
    promotion = retention.create_retention_offer(case, vc.RetentionOfferCreate(
        kind=vc.RetentionMethod.PROMOTION, description="Three months half price", monthly_value=20.00))
    equal(case, tariff.case_id, "case of the offer")
    equal(38.5, tariff.monthly_value, "monthly value")
    equal(vc.RetentionStage.PROPOSING, retention.get_retention_case(case).stage, "stage after the offers")

    agreed = retention.record_retention_agreement(case, vc.RetentionAgreement(
        offer_id=promotion.id, method=vc.RetentionMethod.PROMOTION))
    equal(vc.RetentionStage.AGREEING, agreed.stage, "stage after the agreement")
    closed = retention.close_retention_case(case, vc.RetentionClose(
        outcome=vc.RetentionOutcome.RETAINED, note="Stays on the promotion"))
    equal(vc.RetentionStage.CLOSED, closed.stage, "stage after close")
    equal(vc.RetentionOutcome.RETAINED, closed.outcome, "outcome")
    check(closed.follow_up_id is not None, "a follow-up call is planned")


def reads_the_weekly_complaint_report():
    report = vc.ReportsApi(client(state["admin"])).get_complaint_report(vc.ReportPeriod.WEEK)
    equal(vc.ReportPeriod.WEEK, report.period, "period")
    check(report.var_from < report.to, "from before to")
    check(report.total >= 1, "this week's report counts the scenario's complaint")
    check(any(c.count >= 1 for c in report.by_category), "a category with a complaint")


def pages_through_the_audit_log():
    audit = vc.AuditApi(client(state["admin"]))
    first = audit.list_audit_entries(page=0, size=2)
    second = audit.list_audit_entries(page=1, size=2)
    equal(0, first.page, "first page number")
    equal(1, second.page, "second page number")
    equal(2, len(first.items), "entries on the first page")
    check(first.total >= 3, "the scenario's sign-ins alone are three entries")
    check(second.items, "a second page")
    seen = {e.id for e in first.items}
    for entry in second.items:
        check(entry.id not in seen, "the pages do not overlap")
        check(entry.action is not None, "every entry has an action")


STEPS = [
    signs_in_for_a_bearer_token,
    creates_a_customer_once_under_retries,
    reads_then_patches_and_is_refused_with_a_stale_tag,
    feeds_consumption_and_skips_the_duplicate,
    evaluates_tiers_to_the_end,
    takes_a_complaint_from_received_to_closed,
    retains_a_customer_who_wanted_to_leave,
    reads_the_weekly_complaint_report,
    pages_through_the_audit_log,
]

if __name__ == "__main__":
    for number, step in enumerate(STEPS, start=1):
        try:
            step()
        except Exception:
            print(f"step {number} FAILED {step.__name__}", flush=True)
            traceback.print_exc()
            sys.exit(1)
        print(f"step {number} ok {step.__name__}", flush=True)
