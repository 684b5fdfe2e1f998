#!/usr/bin/env python3
"""A slow webhook receiver for bench/webhook-restart.sh: answers every POST after DELAY seconds with 204, checks the
signature and timestamp as docs/webhooks.md tells integrators to, and appends one JSON line per request to LOG:
{"delivery", "event", "valid", "body"}. Usage: webhook_receiver.py PORT SECRET DELAY LOG"""
import hashlib
import hmac
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT, SECRET, DELAY, LOG = int(sys.argv[1]), sys.argv[2].encode(), float(sys.argv[3]), sys.argv[4]
lock = threading.Lock()


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        ts = self.headers.get("X-VipCare-Timestamp", "0")
        expected = "sha256=" + hmac.new(SECRET, ts.encode() + b"." + raw, hashlib.sha256).hexdigest()
        valid = hmac.compare_digest(expected, self.headers.get("X-VipCare-Signature", "")) and abs(
            time.time() - int(ts)) <= 300
        line = json.dumps({"delivery": self.headers.get("X-VipCare-Delivery"),
                           "event": self.headers.get("X-VipCare-Event"), "valid": valid,
                           "body": raw.decode()})
        with lock, open(LOG, "a") as out:
            out.write(line + "\n")
        time.sleep(DELAY)
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", PORT), Receiver).serve_forever()
