#!/usr/bin/env python3
"""HTTP half of bench/replicas.sh: seeds the book through replica A and checks that tokens, console sessions and
Idempotency-Key replays cross from replica A to replica B. Prints one "CHECK <name> PASS|FAIL <detail>" line per
check on stdout; seeding prints key=value lines. Standard library only.

Usage: replicas_http.py seed A_BASE ADMIN_PASSWORD LEAD_DAYS ZONE > seed.txt
       replicas_http.py checks A_BASE B_BASE ADMIN_PASSWORD
"""
import datetime
import http.client
import json
import re
import sys
import urllib.parse
import uuid
import zoneinfo


def call(base, method, path, body=None, headers=None, form=None):
    """One request, no redirects followed; returns (status, headers as a lower-case dict, body text)."""
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    hdrs = dict(headers or {})
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        hdrs.setdefault("Content-Type", "application/json")
    elif form is not None:
        data = urllib.parse.urlencode(form).encode()
        hdrs["Content-Type"] = "application/x-www-form-urlencoded; charset=UTF-8"
    conn.request(method, path, body=data, headers=hdrs)
    resp = conn.getresponse()
    text = resp.read().decode("utf-8", "replace")
    out = {}
    for k, v in resp.getheaders():
        k = k.lower()
        out[k] = out[k] + "\n" + v if k in out else v
    conn.close()
    return resp.status, out, text


def ok(status, text, what):
    if not 200 <= status < 300:
        sys.exit("%s: HTTP %d %s" % (what, status, text[:300]))
    return json.loads(text) if text else None


def token(base, user, password):
    status, _, text = call(base, "POST", "/api/v1/auth/token", {"username": user, "password": password})
    return ok(status, text, "token for " + user)


def bearer(tok):
    return {"Authorization": "Bearer " + tok, "Accept": "application/json"}


# ------------------------------------------------------------------ seed

def seed(base, password, lead_days, zone):
    """Ten customers born on the day the special-date job looks at (today + lead days), four of them big spenders
    (DIAMOND after the first tier tick), and eight complaints, whose contact deadlines the script backdates in SQL."""
    admin = token(base, "admin", password)["accessToken"]
    today = datetime.datetime.now(zoneinfo.ZoneInfo(zone)).date()
    day = today + datetime.timedelta(days=lead_days)
    born = datetime.date(1980, day.month, min(day.day, 28)) if (day.month, day.day) == (2, 29) \
        else datetime.date(1980, day.month, day.day)
    joined = today - datetime.timedelta(days=800)
    if (joined.month, joined.day) == (day.month, day.day):
        joined -= datetime.timedelta(days=1)
    run = uuid.uuid4().hex[:8]
    ids = []
    for i in range(10):
        body = {"externalRef": "REPL-%s-%d" % (run, i), "name": "Replica Customer %d" % i, "type": "INDIVIDUAL",
                "phones": {"mobile": "139%08d" % (int(run, 16) % 10**6 * 100 + i)},
                "idDocument": {"type": "ID_CARD", "number": "110%011d1234" % (int(run, 16) % 10**9 * 100 + i)},
                "birthday": born.isoformat(), "joinedAt": joined.isoformat()}
        status, _, text = call(base, "POST", "/api/v1/customers", body, bearer(admin))
        ids.append(ok(status, text, "customer %d" % i)["id"])
    now = datetime.datetime.now(datetime.timezone.utc)
    records = []
    for i, cid in enumerate(ids[:4]):
        for n in range(5):
            records.append({"customerId": cid, "kind": "BOTH", "amount": 1000,
                            "occurredAt": (now - datetime.timedelta(days=3 + n)).isoformat(timespec="seconds"),
                            "externalId": "REPL-%s-%d-%d" % (run, i, n)})
    status, _, text = call(base, "POST", "/api/v1/consumption-records", records, bearer(admin))
    ok(status, text, "consumption records")
    complaints = []
    for i in range(8):
        body = {"customerId": ids[i % len(ids)], "channel": "PHONE", "category": "BILLING",
                "summary": "Replica complaint %d" % i}
        status, _, text = call(base, "POST", "/api/v1/complaints", body, bearer(admin))
        complaints.append(ok(status, text, "complaint %d" % i)["id"])
    print("special_day=%s" % day.isoformat())
    print("customers=%s" % ",".join(ids))
    print("diamonds=%s" % ",".join(ids[:4]))
    print("complaints=%s" % ",".join(complaints))


# ------------------------------------------------------------------ checks

def check(name, passed, detail):
    print("CHECK %s %s %s" % (name, "PASS" if passed else "FAIL", detail), flush=True)


def check_idempotency(a, b, admin_a, admin_b):
    key = str(uuid.uuid4())
    ref = "REPL-IDEM-" + key[:8]
    body = {"externalRef": ref, "name": "Idempotent Replica", "type": "INDIVIDUAL",
            "phones": {"mobile": "138%08d" % (uuid.UUID(key).int % 10**8)},
            "idDocument": {"type": "ID_CARD", "number": "110%011d1234" % (uuid.UUID(key).int % 10**11)}}
    s1, h1, t1 = call(a, "POST", "/api/v1/customers", body, dict(bearer(admin_a), **{"Idempotency-Key": key}))
    s2, h2, t2 = call(b, "POST", "/api/v1/customers", body, dict(bearer(admin_b), **{"Idempotency-Key": key}))
    same = {h: (h1.get(h), h2.get(h)) for h in ("location", "etag", "content-type")}
    differ = [h for h, (x, y) in same.items() if x != y or x is None]
    detail = "A %d, the retry on B %d; Location, ETag, Content-Type and body %s" % (
        s1, s2, "identical" if not differ and t1 == t2 else "differ: " + ",".join(differ or ["body"]))
    check("idempotency-replay", s1 == 201 and s2 == s1 and not differ and t1 == t2, detail)
    print("idempotency_ref=%s" % ref)


def check_tokens(a, b, password):
    pair = token(a, "admin", password)
    s1, _, _ = call(b, "GET", "/api/v1/customers?size=1", headers=bearer(pair["accessToken"]))
    check("token-a-on-b", s1 == 200, "A's access token on B: HTTP %d" % s1)
    s2, _, t2 = call(b, "POST", "/api/v1/auth/refresh", {"refreshToken": pair["refreshToken"]})
    fresh = json.loads(t2) if s2 == 200 else {}
    s3 = call(a, "GET", "/api/v1/customers?size=1", headers=bearer(fresh["accessToken"]))[0] if fresh else 0
    # Refresh tokens are single-use: B spent A's, so A must refuse it now.
    s4, _, _ = call(a, "POST", "/api/v1/auth/refresh", {"refreshToken": pair["refreshToken"]})
    check("refresh-a-on-b", s2 == 200 and s3 == 200 and s4 == 401,
          "B refreshed A's refresh token: HTTP %d; the new access token on A: HTTP %d; A's token again on A: HTTP %d"
          % (s2, s3, s4))
    return pair["accessToken"], fresh.get("accessToken") or pair["accessToken"]


def cookies_of(headers):
    jar = {}
    for line in headers.get("set-cookie", "").split("\n"):
        if "=" in line:
            name, value = line.split(";", 1)[0].split("=", 1)
            jar[name.strip()] = value.strip()
    return jar


def cookie_header(jar):
    return {"Cookie": "; ".join("%s=%s" % kv for kv in jar.items() if kv[1]), "Accept-Language": "en"}


def follow(base, path, jar, hops=3):
    """GET with the session cookies, following the console's redirects on the same replica."""
    for _ in range(hops):
        status, headers, text = call(base, "GET", path, headers=cookie_header(jar))
        if status not in (302, 303) or "location" not in headers:
            return status, headers, text
        path = urllib.parse.urlsplit(headers["location"]).path
        if path.startswith("/admin/login"):
            return status, headers, text
    return status, headers, text


def check_console(a, b, password):
    status, headers, _ = call(a, "POST", "/j_security_check", form={"j_username": "admin", "j_password": password})
    jar = cookies_of(headers)
    if status not in (302, 303) or not jar.get("vipcare-session") or not jar.get("vipcare-session-id"):
        check("console-a-on-b", False, "form login on A: HTTP %d, cookies %s" % (status, sorted(jar)))
        check("logout-b-ends-a", False, "no session")
        return
    s1, h1, page = follow(b, "/admin", jar)
    csrf = re.search(r'name="_csrf" value="([^"]+)"', page)
    console_page = s1 == 200 and "text/html" in h1.get("content-type", "") and 'action="/admin/logout"' in page
    check("console-a-on-b", console_page and csrf is not None,
          "A's session cookies, GET /admin on B: HTTP %d%s" % (s1, ", the console page" if console_page else ""))
    s2, _, _ = follow(a, "/admin", jar)
    if not csrf:
        check("logout-b-ends-a", False, "no CSRF token on B's page")
        return
    s3, h3, _ = call(b, "POST", "/admin/logout", headers=cookie_header(jar), form={"_csrf": csrf.group(1)})
    s4, h4, _ = call(a, "GET", "/admin/customers", headers=cookie_header(jar))
    ended = s4 in (302, 303) and "/admin/login" in h4.get("location", "")
    check("logout-b-ends-a", s2 == 200 and s3 == 303 and ended,
          "before: A answered %d; logout on B: HTTP %d; then the same cookies on A: HTTP %d -> %s"
          % (s2, s3, s4, urllib.parse.urlsplit(h4.get("location", "")).path or "-"))


def checks(a, b, password):
    admin_a, admin_b = check_tokens(a, b, password)
    check_idempotency(a, b, admin_a, admin_b)
    check_console(a, b, password)


if __name__ == "__main__":
    if sys.argv[1] == "seed":
        seed(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
    elif sys.argv[1] == "checks":
        checks(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(__doc__)
