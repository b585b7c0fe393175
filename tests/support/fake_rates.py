#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""A local stand-in for a Frankfurter exchange rate service, for RateFetcher's tests.

Prints "PORT n" once listening on 127.0.0.1, then "REQUEST <target>" for every request. Stops
when its standard input closes. The first path segment picks the behaviour, so one server
serves every scenario: /ok/latest?base=USD&symbols=IDR answers like the real service;
/broken/ answers JSON that is cut off; /html/ an HTML page; /slow/ waits 30 s before answering;
/huge/ answers 1 MiB; /wrongtype/ gives the rate as a string; /nodate/ leaves the date out;
/error/ answers HTTP 500; /redirect/ redirects to file:///etc/passwd.
"""
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

# Requests are answered on threads of their own; one line at a time on stdout.
OUTPUT_LOCK = threading.Lock()

RATES = {"USD": 16250.5, "EUR": 17000.12345, "SGD": 12101.1}
DATE = "2026-11-27"


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, status, body, content_type="application/json"):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        with OUTPUT_LOCK:
            sys.stdout.write("REQUEST " + self.path + "\n")
            sys.stdout.flush()
        parts = urlsplit(self.path)
        mode = parts.path.strip("/").split("/")[0]
        query = parse_qs(parts.query)
        base = query.get("base", [""])[0].upper()
        rate = RATES.get(base)
        if mode == "error":
            return self.answer(500, b'{"message": "internal error"}')
        if mode == "redirect":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if mode == "html":
            return self.answer(200, b"<html><body>Rate limit</body></html>", "text/html")
        if mode == "broken":
            return self.answer(200, b'{"amount":1.0,"base":"USD","date":"2026-11-')
        if mode == "huge":
            return self.answer(200, b" " * (1024 * 1024) + b"{}")
        if mode == "slow":
            time.sleep(30)
        if rate is None:
            return self.answer(404, b'{"message": "not found"}')
        doc = {"amount": 1.0, "base": base, "date": DATE, "rates": {"IDR": rate}}
        if mode == "wrongtype":
            doc["rates"]["IDR"] = str(rate)
        if mode == "nodate":
            del doc["date"]
        self.answer(200, json.dumps(doc).encode())


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print("PORT %d" % server.server_address[1], flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sys.stdin.read()
    server.shutdown()


if __name__ == "__main__":
    main()
