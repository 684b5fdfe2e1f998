#!/usr/bin/env python3
"""Concurrent writers for bench/faults.sh (stdlib only, Python 3.11+).

`write`: W threads, each making N logical creates (POST /api/v1/customers). Every logical create has its own
Idempotency-Key and a body that carries the key in its name ("Fault <key>"), so duplicates can be counted in SQL.
On 5xx, 429, 408, connection errors and timeouts the writer retries the SAME key with backoff (Retry-After when
the answer has one); on 401 it fetches a new token and retries; any other 4xx ends that create (given up).
Each HTTP attempt is one line of <out>/events.tsv; each acknowledged create one line of <out>/acks.tsv.

`report`: reads those files, the fault windows the script wrote and the database counts, and prints the figures
as `name<TAB>value` lines for the shell's summary.
"""
import argparse
import collections
import email.utils
import http.client
import json
import random
import sys
import threading
import time
import urllib.parse

RETRY_STATUSES = {408, 429, 500, 502, 503, 504}


class Token:
    """One bearer token shared by all writers; refreshed by whichever writer sees a 401 first."""

    def __init__(self, base, username, password, timeout):
        self.base, self.username, self.password, self.timeout = base, username, password, timeout
        self.lock = threading.Lock()
        self.value = None
        self.generation = 0

    def get(self):
        with self.lock:
            if self.value is None:
                self._fetch()
            return self.value, self.generation

    def expired(self, generation):
        with self.lock:
            if generation == self.generation:
                self.value = None

    def _fetch(self):
        delay = 0.2
        while True:  # through outages too: the token call needs the database
            try:
                status, _, body = request(self.base, "POST", "/api/v1/auth/token",
                                          {"username": self.username, "password": self.password}, {}, self.timeout)
                if status == 200:
                    self.value = json.loads(body)["accessToken"]
                    self.generation += 1
                    return
                if status < 500 and status not in (408, 429):
                    raise SystemExit(f"token for {self.username}: HTTP {status} {body[:300]!r}")
            except (OSError, http.client.HTTPException, ValueError):
                pass
            time.sleep(delay)
            delay = min(delay * 2, 2.0)


def request(base, method, path, body, headers, timeout, conn=None):
    """One HTTP exchange; returns (status, headers, body). Opens a connection when none is given."""
    url = urllib.parse.urlsplit(base)
    own = conn is None
    if own:
        conn = http.client.HTTPConnection(url.hostname, url.port, timeout=timeout)
    try:
        data = json.dumps(body).encode() if body is not None else None
        hdrs = {"Content-Type": "application/json", "Accept": "application/json", **headers}
        conn.request(method, path, body=data, headers=hdrs)
        resp = conn.getresponse()
        return resp.status, resp.headers, resp.read()
    finally:
        if own:
            conn.close()


def retry_after_seconds(value):
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, email.utils.parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def writer(args, token, index, stop):
    url = urllib.parse.urlsplit(args.base)
    conn = None
    interval = args.pace / args.creates if args.pace > 0 else 0.0
    started = time.time()
    gave_up = 0
    with open(f"{args.out}/events-{index:03d}.tsv", "w", buffering=1) as events, \
            open(f"{args.out}/acks-{index:03d}.tsv", "w", buffering=1) as acks:
        for i in range(args.creates):
            if stop.is_set():
                return
            # Spread the creates over the fault schedule; a writer that fell behind (an outage) does not wait.
            ahead = started + i * interval - time.time()
            if ahead > 0:
                time.sleep(ahead)
            key = f"{args.run}-w{index:03d}-{i:05d}"
            # An individual needs a mobile; 139 + writer + number keeps them distinct within a run.
            body = {"name": f"Fault {key}", "type": "INDIVIDUAL", "phones": {"mobile": f"139{index % 1000:03d}{i % 100000:05d}"}}
            attempt, delay, first = 0, args.min_backoff, time.time()
            while not stop.is_set():
                attempt += 1
                bearer, generation = token.get()
                if conn is None:
                    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=args.timeout)
                t0 = time.time()
                outcome, replayed, retry_after, new_id, raw = "", "", "", "", b""
                try:
                    status, headers, raw = request(args.base, "POST", "/api/v1/customers", body,
                                                   {"Authorization": f"Bearer {bearer}", "Idempotency-Key": key},
                                                   args.timeout, conn)
                    outcome = str(status)
                    replayed = "1" if headers.get("Idempotent-Replayed") == "true" else ""
                    retry_after = headers.get("Retry-After") or ""
                    if headers.get("Connection", "").lower() == "close":
                        conn.close()
                        conn = None
                except TimeoutError:
                    outcome = "timeout"
                except (OSError, http.client.HTTPException):
                    outcome = "conn"
                if outcome in ("timeout", "conn"):
                    if conn is not None:
                        conn.close()
                    conn = None
                t1 = time.time()
                if outcome.startswith("2"):
                    try:
                        new_id = json.loads(raw).get("id") or ""
                    except ValueError:
                        new_id = ""
                    if not new_id:
                        new_id = (headers.get("Location") or "").rstrip("/").rsplit("/", 1)[-1]
                events.write(f"{t0:.3f}\t{t1:.3f}\t{index}\t{key}\t{attempt}\t{outcome}\t{replayed}\t{retry_after}\n")
                if outcome.startswith("2"):
                    acks.write(f"{key}\t{new_id}\t{t1:.3f}\n")
                    break
                if outcome == "401":
                    token.expired(generation)
                    continue
                retryable = outcome in ("timeout", "conn") or int(outcome) in RETRY_STATUSES
                if not retryable or time.time() - first > args.give_up:
                    gave_up += 1
                    detail = raw[:300].decode(errors="replace") if outcome.isdigit() else ""
                    sys.stderr.write(f"[writers] {key}: gave up after {attempt} attempts (last {outcome}) {detail}\n")
                    break
                wait = retry_after_seconds(retry_after)
                if wait is None:
                    wait = random.uniform(0, delay)  # full jitter: 64 writers do not return in step
                    delay = min(delay * 2, args.max_backoff)
                else:
                    wait = min(wait, args.max_retry_after) + random.uniform(0, 0.2)
                stop.wait(wait)
    if conn is not None:
        conn.close()


def write(args):
    token = Token(args.base, args.user, args.password, args.timeout)
    token.get()
    stop = threading.Event()
    threads = [threading.Thread(target=writer, args=(args, token, i, stop), daemon=True, name=f"w{i}")
               for i in range(args.writers)]
    for t in threads:
        t.start()
    try:
        for t in threads:
            while t.is_alive():
                t.join(0.5)
    except KeyboardInterrupt:
        stop.set()
        return 130
    return 0


# ------------------------------------------------------------------------------------------------ report

def read_tsv(path):
    try:
        with open(path) as f:
            return [line.rstrip("\n").split("\t") for line in f if line.strip()]
    except FileNotFoundError:
        return []


def report(args):
    events = read_tsv(args.events)
    faults = read_tsv(args.faults)  # name, injected, back (epoch seconds; back empty if it never came back)
    db = dict(read_tsv(args.db))
    out = collections.OrderedDict()
    codes = collections.Counter(e[5] for e in events)
    out["requests"] = len(events)
    out["responses"] = sum(n for c, n in codes.items() if c.isdigit())
    for klass in "2345":
        out[f"{klass}xx"] = sum(n for c, n in codes.items() if c.startswith(klass) and c.isdigit())
    out["replayed"] = sum(1 for e in events if e[6] == "1")
    out["c503"] = codes.get("503", 0)
    out["c503_retry_after"] = sum(1 for e in events if e[5] == "503" and e[7])
    out["c500"] = codes.get("500", 0)
    out["c5xx_other"] = out["5xx"] - out["c503"] - out["c500"]
    out["codes"] = " ".join(f"{c}×{n}" for c, n in sorted(codes.items()))
    out["conn"] = codes.get("conn", 0)
    out["timeout"] = codes.get("timeout", 0)
    keys = {e[3] for e in events}
    acked = {e[3] for e in events if e[5].startswith("2")}
    out["logical"] = len(keys)
    out["acked"] = len(acked)
    out["gave_up"] = len(keys - acked)
    successes = sorted(float(e[1]) for e in events if e[5].startswith("2"))
    out["first_event"] = min((float(e[0]) for e in events), default=0)
    out["last_event"] = max((float(e[1]) for e in events), default=0)

    windows = []
    for name, injected, back in faults:
        injected = float(injected)
        back_t = float(back) if back else None
        windows.append((name, injected, back_t))
    grace = args.grace

    def overlaps(e, s, b):
        # A request belongs to a fault when it was in flight during it: sent before the fault's end (+ grace) and
        # answered after its start. One sent a moment before a kill and answered 503 is the outage's too.
        return float(e[0]) <= (b if b is not None else float("inf")) + grace and float(e[1]) >= s

    def in_window(e):
        return any(overlaps(e, s, b) for _, s, b in windows)

    out["c503_outside"] = sum(1 for e in events if e[5] == "503" and not in_window(e))
    out["c500_outside"] = sum(1 for e in events if e[5] == "500" and not in_window(e))
    for n, (name, s, b) in enumerate(windows, 1):
        inside = [e for e in events if overlaps(e, s, b)]
        c = collections.Counter(e[5] for e in inside)
        p = f"f{n}"
        out[f"{p}_name"] = name
        out[f"{p}_at"] = f"{s - out['first_event']:.1f}" if events else "n/a"
        out[f"{p}_down"] = f"{b - s:.1f}" if b is not None else "n/a"
        out[f"{p}_503"] = c.get("503", 0)
        out[f"{p}_500"] = c.get("500", 0)
        out[f"{p}_conn"] = c.get("conn", 0) + c.get("timeout", 0)
        out[f"{p}_writing"] = "yes" if any(float(e[0]) > s for e in events) and \
            any(float(e[0]) < s for e in events) else "no"
        after = next((t for t in successes if b is not None and t >= b), None)
        # No 2xx after the end while writers were at work is a figure too ("none", over any budget).
        out[f"{p}_recovery"] = f"{after - b:.2f}" if after is not None else \
            ("none" if b is None or out[f"{p}_writing"] == "yes" else "n/a")
        last_before = max((t for t in successes if t < s), default=None)
        out[f"{p}_gap"] = f"{after - last_before:.2f}" if after is not None and last_before is not None else "n/a"
    out["faults"] = len(windows)
    for k, v in db.items():
        out[f"db_{k}"] = v
    for k, v in out.items():
        print(f"{k}\t{v}")
    return 0


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    w = sub.add_parser("write")
    w.add_argument("--base", required=True)
    w.add_argument("--user", required=True)
    w.add_argument("--password", required=True)
    w.add_argument("--writers", type=int, default=64)
    w.add_argument("--creates", type=int, default=500)
    w.add_argument("--run", required=True, help="prefix of every Idempotency-Key")
    w.add_argument("--out", required=True)
    w.add_argument("--pace", type=float, default=0, help="spread each writer's creates over this many seconds")
    w.add_argument("--timeout", type=float, default=10, help="per HTTP request, seconds")
    w.add_argument("--min-backoff", type=float, default=0.1)
    w.add_argument("--max-backoff", type=float, default=2.0)
    w.add_argument("--max-retry-after", type=float, default=30)
    w.add_argument("--give-up", type=float, default=600, help="seconds one logical create keeps retrying")
    r = sub.add_parser("report")
    r.add_argument("--events", required=True)
    r.add_argument("--faults", required=True)
    r.add_argument("--db", required=True)
    r.add_argument("--grace", type=float, default=5)
    args = p.parse_args()
    return write(args) if args.cmd == "write" else report(args)


if __name__ == "__main__":
    sys.exit(main())
