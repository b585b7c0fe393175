#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""A fake panel speaking the standard reseller API ("API v2") for tests.

Binds 127.0.0.1 on a free port, prints "PORT <n>" and then "REQUEST <raw target>" for every
request before answering it, like fake_panel.py. Every call is a form-encoded POST to any path
with `key` and `action`; GET answers 405. Exits when stdin is closed or on SIGTERM.

The first rows of action=services are fixed (VARIANT_ROWS below: every shape of field real
panels send, bad rows included); --catalog-size adds generated rows after them.
"""

import argparse
import json
import os
import signal
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

JSON_TYPE = 'application/json; charset=utf-8'

# Fixed rows: ids 101-108 are usable, 201-204 must be skipped with a reason.
VARIANT_ROWS = [
    {'service': 101, 'name': 'Instagram Likes [Real]', 'type': 'Default',
     'category': 'Instagram Likes', 'rate': '0.0450', 'min': '10', 'max': '5000',
     'refill': True, 'cancel': False, 'dripfeed': False},
    {'service': '102', 'name': 'Instagram Followers', 'category': 'Instagram Followers',
     'rate': '12.5000000', 'min': 100, 'max': 100000, 'refill': 1, 'cancel': 0,
     'dripfeed': 1},
    {'service': 103, 'name': 'YouTube Views', 'type': None, 'category': 'YouTube Views',
     'rate': 1.25, 'min': 50, 'refill': '1', 'cancel': '1', 'dripfeed': '0'},
    {'service': 104, 'name': None, 'type': 'Custom Comments', 'category': 'Instagram Comments',
     'rate': '3', 'min': '20', 'max': '2147483647',
     'desc': '<p>Start <b>0-1 hours</b></p><ul><li>No refill</li></ul>'},
    {'service': 105, 'name': 'TikTok Package', 'type': 'Package', 'category': None,
     'rate': '0.0000001', 'min': None, 'max': None, 'refill': False, 'cancel': True,
     'average_time': '3 hours', 'extra': {'nested': [1, 2]}},
    {'service': 106, 'name': 'Telegram Members', 'type': 'Subscriptions',
     'category': 'Telegram', 'rate': ' 7.10 ', 'min': 1, 'max': '1000', 'dripfeed': True},
    {'service': 107, 'name': 'Twitter Likes', 'category': 'Twitter', 'rate': 2e-5,
     'min': 10, 'max': 100},
    {'service': 108, 'name': 'Spotify Plays', 'category': 'Spotify', 'rate': '1234567.1234567',
     'min': '1000', 'max': 10000000, 'refill': 0},
    {'service': 201, 'name': 'Bad rate', 'category': 'Broken', 'rate': 'abc'},
    {'service': 202, 'name': 'Empty rate', 'category': 'Broken', 'rate': ''},
    {'service': 203, 'name': 'Null rate', 'category': 'Broken', 'rate': None},
    {'service': 'x204', 'name': 'Bad id', 'category': 'Broken', 'rate': '1.00'},
]

PERSONALITIES = ('perfectpanel', 'smartpanel')


def encode(document):
    return json.dumps(document, ensure_ascii=False).encode('utf-8')


def generated_rows(count, personality):
    rows = []
    for i in range(count):
        service_id = 1000 + i
        rate = '%d.%04d' % (i % 50, (i * 37) % 10000)
        row = {'service': service_id if personality == 'perfectpanel' else str(service_id),
               'name': 'Generated service %d' % service_id,
               'type': 'Default', 'category': 'Generated %d' % (i % 20), 'rate': rate,
               'min': '100' if i % 2 else 100, 'max': 100000,
               'refill': bool(i % 3) if personality == 'perfectpanel' else i % 3 and 1,
               'cancel': False}
        if i % 4 == 0:
            row['desc'] = '<p>Generated <i>%d</i></p>' % service_id
        rows.append(row)
    return rows


class Handler(BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def log_message(self, format, *args):
        pass  # stdout carries the PORT and REQUEST protocol; keep stderr for real errors

    def parse_request(self):
        accepted = super().parse_request()
        if accepted:
            self.server.write_line(b'REQUEST ' + self.path.encode('latin-1', 'replace'))
        return accepted

    def send(self, status, body, content_type=JSON_TYPE):
        self.send_response(status)
        self.send_header('Content-Type', content_type)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self.send(405, encode({'error': 'Method not allowed'}))

    def do_POST(self):
        try:
            self.answer()
        except ConnectionError:
            self.close_connection = True

    def answer(self):
        options = self.server.options
        length = int(self.headers.get('Content-Length') or 0)
        form = parse_qs(self.rfile.read(length).decode('utf-8', 'replace'),
                        keep_blank_values=True)
        key = form.get('key', [''])[0]
        action = form.get('action', [''])[0]
        if options.slow:
            time.sleep(options.slow)
        if options.redirect:
            self.send_response(307)
            self.send_header('Location', '/api/v2/moved')
            self.send_header('Content-Length', '0')
            self.end_headers()
            return
        if options.html_error:
            self.send(200, b'<html><body><h1>502 Bad Gateway</h1></body></html>',
                      'text/html')
            return
        if key != options.key:
            # Some panels echo what they were sent; the client must never show it.
            message = 'Incorrect API key' if not options.echo_key else \
                'Incorrect API key: ' + key
            if options.error_style == 'http':
                self.send(401 if options.personality == 'perfectpanel' else 403,
                          encode({'error': message}))
            else:
                self.send(200, encode({'error': message}))
            return
        if action == 'services':
            if options.too_large:
                self.send(200, b'[' + b' ' * options.too_large + b']')
                return
            rows = VARIANT_ROWS + generated_rows(options.catalog_size, options.personality)
            if options.echo_key:
                rows = rows + [{'service': 999, 'name': 'Echo', 'rate': key}]
            self.send(200, encode(rows))
        elif action == 'balance':
            if options.personality == 'smartpanel':
                document = {'status': 'success', 'balance': float(options.balance),
                            'currency': options.currency}
            else:
                document = {'balance': options.balance, 'currency': options.currency}
            self.send(200, encode(document))
        else:
            self.send(200, encode({'error': 'Incorrect request'}))


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, options):
        super().__init__(('127.0.0.1', 0), Handler)
        self.options = options
        self.lock = threading.Lock()

    def write_line(self, line):
        with self.lock:
            sys.stdout.buffer.write(line + b'\n')
            sys.stdout.flush()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--key', default='test-key', help='the only key accepted')
    parser.add_argument('--personality', choices=PERSONALITIES, default='perfectpanel',
                        help='perfectpanel: balance as a string; smartpanel: inside '
                             '{"status": "success"} as a number, service ids as strings')
    parser.add_argument('--error-style', choices=('json', 'http'), default='json',
                        help='a wrong key answers HTTP 200 with {"error"} (json) or 401/403')
    parser.add_argument('--echo-key', action='store_true',
                        help='the wrong-key message repeats the key that was sent, and services '
                             'adds a row whose rate is the key')
    parser.add_argument('--html-error', action='store_true',
                        help='every call answers an HTML error page with HTTP 200')
    parser.add_argument('--redirect', action='store_true',
                        help='every call answers a 307 redirect to /api/v2/moved')
    parser.add_argument('--slow', type=float, default=0, metavar='SECONDS',
                        help='wait this long before answering')
    parser.add_argument('--too-large', type=int, default=0, metavar='BYTES',
                        help='services answers a body of about this many bytes')
    parser.add_argument('--catalog-size', type=int, default=0, metavar='N',
                        help='generated services after the fixed ones')
    parser.add_argument('--currency', default='USD')
    parser.add_argument('--balance', default='100.84292', metavar='AMOUNT',
                        help='what balance answers (for the low-balance alert)')
    options = parser.parse_args()

    server = Server(options)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())

    def watch_stdin():
        try:
            while os.read(sys.stdin.fileno(), 4096):
                pass
        except OSError:
            pass
        stop.set()

    threading.Thread(target=watch_stdin, daemon=True).start()
    threading.Thread(target=server.serve_forever, args=(0.1,), daemon=True).start()
    server.write_line(b'PORT %d' % server.server_address[1])
    while not stop.wait(0.2):
        pass
    server.shutdown()
    server.server_close()
    sys.stdout.flush()
    os._exit(0)  # handler threads may still be sleeping; they are daemons


if __name__ == '__main__':
    main()
