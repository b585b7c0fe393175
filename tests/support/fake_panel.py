#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""A fake SMM panel for tests: the price API of the real panel plus misbehaving scenarios.

Binds 127.0.0.1 on a free port, prints "PORT <n>" and then "REQUEST <raw target>" for every
request before answering it. Exits when stdin is closed or on SIGTERM, so a test that dies never
leaves it running. Scenarios are selected by the category name, see SCENARIOS in the handler.
"""

import argparse
import gzip
import json
import os
import random
import socket
import ssl
import sys
import threading
import time
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import quote, unquote_to_bytes

from fakeserver import serve_until_stdin_closes

HERE = os.path.dirname(os.path.abspath(__file__))
DOCUMENTED_EXAMPLE_FILE = os.path.join(HERE, '..', 'data', 'documented-example.json')
DOCUMENTED_CATEGORY = '[YT] Youtube Views [Real and Active]'
JSON_TYPE = 'application/json; charset=utf-8'

# (category, type): messy on purpose, like the real panel (trailing and double spaces, emoji,
# mathematical bold letters, '+', '&', '#', '%', a typo).
CATEGORIES = [
    (DOCUMENTED_CATEGORY, 'Youtube'),
    ('[YT] Youtube Subscribers ', 'Youtube'),
    ('[YT] Youtube Likes', 'Youtube'),
    ('[YT] Youtube Watch Time 4000 Jam', 'Youtube'),
    ('[YT] Youtube Live Stream Views', 'Youtube'),
    ('[YT] Youtube Shorts Views 🔥', 'Youtube'),
    ('[IG] Instagram Likes Indonesia', 'Instagram'),
    ('[IG] Instagram Followers Indonesia', 'Instagram'),
    ('[IG] 𝐈𝐧𝐬𝐭𝐚𝐠𝐫𝐚𝐦 Followers 𝐕𝐈𝐏', 'Instagram'),
    ('[IG] Instagram Views Reels', 'Instagram'),
    ('[IG] Instagram Story Views #1', 'Instagram'),
    ('[IG] Instagram Comments 💬', 'Instagram'),
    ('[TK] TikTok Followers', 'TikTok'),
    ('[TK] TikTok Likes + Views', 'TikTok'),
    ('[TK] TikTok Live Stream 🔴', 'TikTok'),
    ('[TK] Tiktok Views [Murah]', 'TikTok'),
    ('[FB] Facebook Page Likes & Followers', 'Facebook'),
    ('[FB] Facebook Post Likes', 'Facebook'),
    ('[FB] Facebook Video Views', 'Facebook'),
    ('[TE] Telegram Members', 'Telegram'),
    ('[TE] Telegram Post Views', 'Telegram'),
    ('[TE] Telegram Reactions 👍', 'Telegram'),
    ('[TW] Twitter Followers', 'Twitter'),
    ('[TW] Twitter Likes 100% Real', 'Twitter'),
    ('[TW] Twitter Retweets', 'Twitter'),
    ('[SY] Spotify Plays', 'Spotify'),
    ('[SY] Spotify Followers', 'Spotify'),
    ('[WT] Website Traffic Indonesia', 'Website Traffic'),
    ('[WT] Webiste Traffic from Google', 'Website Traffic'),
    ('[-]  CapCut', 'CapCut'),
    ('[-] Shopee Followers', 'Shopee'),
    ('[-] Threads Followers', 'Threads'),
    ('[-] Discord Members', 'Discord'),
    ('[-] Twitch Followers', 'Twitch'),
    ('[-] Soundcloud Plays', 'Soundcloud'),
]

QUALITIES = ['Real', 'Real and Active', 'HQ', 'Bot', 'Mixed', 'Indonesia 🇮🇩', 'Worldwide',
             'Non Drop']
REFILLS = ['No Refill', '30 Days Refill', '60 Days Refill', 'Lifetime Refill']
STARTS = ['Instant', '0-1 Hours', '0-6 Hours', '0-12 Hours', '0-24 Hours']
SPEEDS = ['500-1K', '1K-5K', '10K-15K', '20K-50K', '100K']
NOTES = ['', '', '3 hours 25 minutes ', '45 minutes ', '1 hours 2 minutes ',
         '<p>Link: https://example.com/post</p><b>No refill</b>',
         '<ul><li>Start 0-6 hours</li><li>No cancel</li></ul>', 'Link harus public']
MINS = [10, 50, 100, 100, 500, 1000]
MAXES = [1000, 10000, 100000, 1000000, 10000000, 100000000, 2147483647]


def price_satuan(price):
    """The panel's unit price: price / 1000 with a decimal comma and no trailing zeros."""
    return format((Decimal(str(price)) / 1000).normalize(), 'f').replace('.', ',')


def encode(document):
    return json.dumps(document, ensure_ascii=False, separators=(',', ':')).encode('utf-8')


def make_service(rng, service_id, category, service_type):
    topic = category.split(']', 1)[-1].strip()
    refill = rng.choice(REFILLS)
    price = rng.randint(200, 120000)
    if rng.random() < 0.1:
        price = round(price + rng.random(), 2)
    return {
        'id': service_id,
        'name': f'{topic} [ {rng.choice(QUALITIES)} ] [ {refill} ] [ Start {rng.choice(STARTS)} ] '
                f'[ {rng.choice(SPEEDS)}/day ]',
        'note': rng.choice(NOTES),
        'category': category,
        'type': service_type,
        'price': price,
        'priceSatuan': price_satuan(price),
        'min': rng.choice(MINS),
        'max': rng.choice(MAXES),
        'refill': 0 if refill == 'No Refill' else 1,
        'status': 0 if rng.random() < 0.05 else 1,
    }


def build_catalog(size, seed, documented_rows):
    """Deterministic for a seed: the documented rows plus size - 3 generated ones."""
    rng = random.Random(seed)
    others = CATEGORIES[1:]
    remaining = max(size - len(documented_rows), 0)
    counts = {name: 0 for name, _ in others}
    weights = [rng.uniform(0.3, 3.0) for _ in others]
    for i in range(remaining):
        name = others[i][0] if i < len(others) else rng.choices(others, weights)[0][0]
        counts[name] += 1
    taken = {row['id'] for row in documented_rows}
    pool = [i for i in rng.sample(range(1, max(40000, 2 * size) + 1), remaining + len(taken))
            if i not in taken][:remaining]
    rows = list(documented_rows)
    for name, service_type in others:
        ids, pool = sorted(pool[:counts[name]]), pool[counts[name]:]
        rows.extend(make_service(rng, i, name, service_type) for i in ids)
    return rows


def ok(rows):
    return encode({'status': True, 'message': 'ok', 'data': rows})


def one_row(service_id, category):
    return ok([make_service(random.Random(service_id), service_id, category, 'Youtube')])


QUIRKY = encode({'status': True, 'message': 'ok', 'server': {'build': 'fake'}, 'data': [
    {'id': '4101', 'name': 'Numbers as strings', 'note': '', 'category': 'quirky',
     'type': 'Youtube', 'price': '25947', 'priceSatuan': '25,947', 'min': '100',
     'max': '1,234,567', 'refill': 1, 'status': 1},
    {'id': 4102, 'name': 'Price with thousands separators, boolean flags', 'note': '',
     'category': 'quirky', 'type': 'Youtube', 'price': '1,234,567', 'priceSatuan': '1234,567',
     'min': 10, 'max': 5000, 'refill': True, 'status': True},
    {'id': 4103, 'name': 'Half a rupiah per thousand', 'note': None, 'category': 'quirky',
     'type': 'Youtube', 'price': '0.5', 'priceSatuan': '0,0005', 'min': 1000, 'max': 5000000,
     'refill': False, 'status': False},
    {'name': 'Unusable: no id', 'note': '', 'category': 'quirky', 'type': 'Youtube',
     'price': 1000, 'min': 100, 'max': 1000, 'refill': 0, 'status': 1},
    {'id': 4104, 'name': 'Fractional price, no status, unknown fields', 'note': '45 minutes ',
     'category': 'quirky', 'type': 'Youtube', 'price': 1234.75, 'priceSatuan': '1,23475',
     'min': 10, 'max': 10000, 'refill': 0, 'dripfeed': True, 'cancel': False,
     'average_time': {'hours': 3}, 'tags': ['a', 'b']},
    {'id': 9007199254740993, 'name': 'Id above 2^53, unlimited max', 'note': '',
     'category': 'quirky', 'type': 'Youtube', 'price': 19028, 'priceSatuan': '19,028',
     'min': 100, 'max': 2147483647, 'refill': 1, 'status': 1},
    {'id': 4106, 'name': 'Nulls everywhere', 'note': None, 'category': 'quirky', 'type': None,
     'price': 11000, 'priceSatuan': None, 'min': None, 'max': None, 'refill': None,
     'status': None},
    {'id': 4107, 'name': 'Unusable: price is not a number', 'note': '', 'category': 'quirky',
     'type': 'Youtube', 'price': 'abc', 'min': 100, 'max': 1000, 'refill': 0, 'status': 1},
    {'id': 4108, 'name': 'Only id, name and price', 'price': 205},
]})



# Values the export must never get wrong: an absurd price (and prices at and near the
# ceiling), names a spreadsheet would run as formulas, a minimum above the maximum.
def values_row(service_id, name, price, minimum=100, maximum=2147483647):
    return {'id': service_id, 'name': name, 'note': '', 'category': 'values', 'type': 'Youtube',
            'price': price, 'priceSatuan': str(price), 'min': minimum, 'max': maximum,
            'refill': 1, 'status': 1}


VALUES_SCENARIOS = {
    'values-huge-price': ok([values_row(8101, 'Normal', 25947),
                             values_row(8102, 'Absurd price', 1e308),
                             values_row(8103, 'At the ceiling', 1e12)]),
    'values-formulas': ok([values_row(8201, '=HYPERLINK("http://x")', 1000),
                           values_row(8202, '+62 812 Promo', 1000),
                           values_row(8203, '-50% Diskon', 1000),
                           values_row(8204, '@everyone Views', 1000),
                           values_row(8205, 'Plain = safe', 25947)]),
    'values-min-above-max': ok([values_row(8301, 'Fine', 1000, 100, 1000),
                                values_row(8302, 'Backwards', 1000, 5000, 100),
                                values_row(8303, 'Also backwards', 1000, 10, 0),
                                values_row(8304, 'Unlimited', 1000, 5000)]),
}

HTML_ERROR = (b'<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title></head>'
              b'<body><h1>Internal Server Error</h1><p>The server encountered an internal error.'
              b'</p><hr><address>nginx</address></body></html>\n')
HTML_PAGE = (b'<!DOCTYPE html>\n<html><head><title>Maintenance</title></head><body>'
             b'<h1>Sedang dalam perbaikan</h1><p>Silakan coba lagi nanti.</p></body></html>\n')
NOT_FOUND = b'{"status":false,"message":"Not found"}'
ENDLESS_ROW = (b'{"id":%d,"name":"Endless Views %d","note":"","category":"endless",'
               b'"type":"Youtube","price":12000,"priceSatuan":"12","min":100,"max":1000000,'
               b'"refill":1,"status":1},')


def hostile_note(port):
    evil = f'http://127.0.0.1:{port}/evil'
    return ('<p>Read this <b>bold</b> text.</p>'
            f'<img src="{evil}/img.png"><link rel="stylesheet" href="{evil}/style.css">'
            '<img src="file:///etc/hostname"><a href="javascript:alert(1)">js</a> '
            '<a href="https://example.com/faq">FAQ</a><script>alert(1)</script>'
            f'<style>body{{background:url({evil}/bg.png)}}</style>'
            f'<table background="{evil}/table.png"><tr><td>cell</td></tr></table>')


def note_service(note):
    return ok([{'id': 333, 'name': 'Service with a special note', 'note': note,
                'category': 'notes', 'type': 'Youtube', 'price': 25947,
                'priceSatuan': '25,947', 'min': 100, 'max': 10000, 'refill': 1, 'status': 1}])


def huge_note():
    line = '<p>Line %d of a very long note with <b>bold</b> and <i>italic</i> words.</p>\n'
    parts, size, i = [], 0, 0
    while size < 5 * 1024 * 1024:
        parts.append(line % i)
        size += len(parts[-1])
        i += 1
    return ''.join(parts)


GZIPPED_CATALOG = []
GZIP_BOMB = []


def gzipped_catalog():
    """Built on first use: 12 MiB of JSON that compresses about 87:1."""
    if not GZIPPED_CATALOG:
        row = ('{"id":%d,"name":"Instagram Followers [ Real ] [ No Refill ] [ Start Instant ] '
               '[ 1K-5K/day ]","note":"<p>Link harus public</p><p>Start 0-6 hours</p>",'
               '"category":"gzip-catalog","type":"Instagram","price":12000,"priceSatuan":"12",'
               '"min":100,"max":1000000,"refill":0,"status":1}')
        rows, size, service_id = [], 0, 1
        while size < 12 * 1024 * 1024:
            rows.append(row % service_id)
            size += len(rows[-1]) + 1
            service_id += 1
        body = ('{"status":true,"message":"ok","data":[' + ','.join(rows) + ']}').encode()
        GZIPPED_CATALOG.append(gzip.compress(body, 9))
    return GZIPPED_CATALOG[0]


def gzip_bomb():
    if not GZIP_BOMB:
        GZIP_BOMB.append(gzip.compress(b' ' * (256 * 1024 * 1024), 1))
    return GZIP_BOMB[0]


def query_param(query, key):
    """Percent-decodes like urllib.parse.unquote: a '+' stays a plus, raw UTF-8 is kept."""
    for pair in query.split('&'):
        name, _, value = pair.partition('=')
        if name == key:
            return unquote_to_bytes(value.encode('latin-1')).decode('utf-8', 'replace')
    return ''


# 'sparse...' categories: rows that leave out each text field, send it null or as another type,
# between ordinary rows. Prices rise 10% on every second fetch of the same name, so a second
# export has something in its Change column.
SPARSE_TEXT_FIELDS = ('name', 'note', 'category', 'type', 'priceSatuan')
SPARSE_WRONG_TYPES = {'name': 12345, 'note': {'html': '<b>x</b>'}, 'category': ['a', 'b'],
                      'type': True, 'priceSatuan': 12.5}
SPARSE_CALLS = {}


def sparse_rows(name, calls):
    factor = 11 if calls % 2 == 0 else 10
    rows = []
    for i in range(3 * len(SPARSE_TEXT_FIELDS) + 2):
        row = make_service(random.Random(6000 + i), 6000 + i, name, 'Youtube')
        row['price'] = (i + 1) * 100 * factor
        row['priceSatuan'] = price_satuan(row['price'])
        row['status'] = 1
        field = SPARSE_TEXT_FIELDS[i % len(SPARSE_TEXT_FIELDS)]
        shape = i // len(SPARSE_TEXT_FIELDS)  # 0: absent, 1: null, 2: wrong type, 3: ordinary
        if shape == 0:
            del row[field]
        elif shape == 1:
            row[field] = None
        elif shape == 2:
            row[field] = SPARSE_WRONG_TYPES[field]
        rows.append(row)
    return rows


# 'bulk:N' categories: N plain services, for many exports at once into one price history.
BULK_ROW = ('{"id":%d,"name":"Bulk service %d","note":"","category":"bulk:%d","type":"Youtube",'
            '"price":%d,"priceSatuan":"%s","min":100,"max":1000000,"refill":1,"status":1}')
BULK_BODIES = {}
BULK_LOCK = threading.Lock()


def bulk_body(count):
    with BULK_LOCK:
        if count not in BULK_BODIES:
            rows = ','.join(BULK_ROW % (i, i, count, 100 + i % 5000, price_satuan(100 + i % 5000))
                            for i in range(1, count + 1))
            BULK_BODIES[count] = ('{"status":true,"data":[%s]}' % rows).encode()
        return BULK_BODIES[count]


FLAKY_CALLS = [0]
# Fetches so far of each 'changing...' category name.
CHANGING_CALLS = {}
CHANGING_LOCK = threading.Lock()


# --- Alerts: 'alerting...' categories ---------------------------------------------------------
# The first two fetches of a name send BASE, every later one CHANGED: the first fetch has nothing
# to compare with, the second is an unchanged refetch, the third changes each thing an alert
# rule watches once, the fourth is unchanged again. Fields: price, min, max, refill, status.
ALERTING_BASE = {
    7101: (1000, 100, 10000, 1, 1),   # price up 12.5 %
    7102: (2000, 100, 10000, 1, 1),   # price down 3 %
    7103: (3000, 100, 10000, 1, 1),   # removed
    7105: (1500, 100, 10000, 1, 1),   # turned inactive
    7106: (1500, 100, 10000, 1, 1),   # min 100 -> 200
    7107: (1500, 100, 10000, 1, 1),   # max 10000 -> 20000
    7108: (1500, 100, 10000, 1, 1),   # refill 1 -> 0
    7109: (4000, 100, 10000, 1, 1),   # price down 25 %
}
ALERTING_CHANGED = dict(ALERTING_BASE)
ALERTING_CHANGED.update({
    7101: (1125, 100, 10000, 1, 1),
    7102: (1940, 100, 10000, 1, 1),
    7104: (500, 100, 10000, 1, 1),    # new
    7105: (1500, 100, 10000, 1, 0),
    7106: (1500, 200, 10000, 1, 1),
    7107: (1500, 100, 20000, 1, 1),
    7108: (1500, 100, 10000, 0, 1),
    7109: (3000, 100, 10000, 1, 1),
})
del ALERTING_CHANGED[7103]
ALERTING_CALLS = {}
ALERTING_LOCK = threading.Lock()


def alerting_rows(name):
    with ALERTING_LOCK:
        ALERTING_CALLS[name] = ALERTING_CALLS.get(name, 0) + 1
        calls = ALERTING_CALLS[name]
    rows = []
    for service_id, (price, minimum, maximum, refill, status) in sorted(
            (ALERTING_BASE if calls <= 2 else ALERTING_CHANGED).items()):
        row = make_service(random.Random(service_id), service_id, name, 'Youtube')
        row.update(price=price, priceSatuan=price_satuan(price), min=minimum, max=maximum,
                   refill=refill, status=status)
        rows.append(row)
    return rows
# --- end of alerts ----------------------------------------------------------------------------


class PanelHandler(BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    server_version = 'FakePanel/1.0'

    def log_message(self, format, *args):
        pass  # stdout carries the PORT and REQUEST protocol; keep stderr for real errors

    def parse_request(self):
        accepted = super().parse_request()
        if accepted:
            self.server.record(self.path, self.headers)
        return accepted

    def do_GET(self):
        try:
            self.route()
        except ConnectionError:
            self.close_connection = True

    def route(self):
        path, _, query = self.path.partition('?')
        data = self.server.data
        if path == '/smm/category':
            self.category(query_param(query, 'name'))
        elif path == '/smm/getallprice':
            self.send(200, data.catalog_document)
        elif path == '/smm/type':
            wanted = query_param(query, 'name').casefold()
            self.send(200, ok([r for r in data.catalog if str(r['type']).casefold() == wanted]))
        else:
            self.send(404, NOT_FOUND)

    def send(self, status, body, content_type=JSON_TYPE, length=None, headers=()):
        self.send_response(status)
        self.send_header('Content-Type', content_type)
        self.send_header('Content-Length', str(len(body) if length is None else length))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location):
        self.send(302, b'', 'text/plain', headers=[('Location', location)])

    def client_gone(self):
        try:
            return self.connection.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b''
        except BlockingIOError:
            return False
        except OSError:
            return True

    def wait(self, seconds):
        """Sleeps in small steps; False (and the connection closed) if the client went away."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            if self.client_gone():
                self.close_connection = True
                return False
            time.sleep(min(left, 0.05))
        return True

    def stream_rows(self, limit=None):
        """Writes rows as fast as the client reads them until it leaves or limit bytes."""
        self.wfile.write(b'{"data":[')
        sent, next_id = 9, 1
        while limit is None or sent < limit:
            chunk = b''.join(ENDLESS_ROW % (i, i) for i in range(next_id, next_id + 200))
            if limit is not None:
                chunk = chunk[:limit - sent]
            self.wfile.write(chunk)
            sent += len(chunk)
            next_id += 200
            # A pause now and then, or a slow client (a sanitizer build) reading in a loop while
            # data keeps arriving may never get back to its event loop to abort.
            time.sleep(0.001)

    # Transfers that are slow, compressed or malformed in ways a client must bound or explain:
    #   drip             a 4096-byte body sent one byte every 0.2 s
    #   gzip-catalog     a 12 MiB catalog of near-identical services, gzip-compressed about 87:1
    #   gzip-bomb        256 MiB of spaces gzip-compressed to 1.1 MiB, Content-Encoding: gzip
    #   gzip-corrupt     Content-Encoding: gzip on a body that is not gzip
    #   endless-header   header lines, one every millisecond, and never the empty line
    #   redirect-to:URL  a 302 to URL, verbatim
    def slow_or_odd_transfer(self, name):
        if name == 'drip':
            self.send(200, b'', length=4096)
            for _ in range(4096):
                if not self.wait(0.2):
                    return True
                self.wfile.write(b' ')
                self.wfile.flush()
        elif name in ('gzip-catalog', 'gzip-bomb'):
            body = gzipped_catalog() if name == 'gzip-catalog' else gzip_bomb()
            self.send(200, body, headers=[('Content-Encoding', 'gzip')])
        elif name == 'gzip-corrupt':
            self.send(200, b'\x1f\x8b\x08\x00 this is not gzip after all',
                      headers=[('Content-Encoding', 'gzip')])
        elif name == 'endless-header':
            self.wfile.write(b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n')
            line = 0
            while not self.client_gone():
                self.wfile.write(b'X-Filler-%d: %s\r\n' % (line, b'x' * 100))
                line += 1
                if line % 50 == 0:
                    time.sleep(0.05)
            self.close_connection = True
        elif name.startswith('redirect-to:'):
            self.redirect(name[len('redirect-to:'):])
        else:
            return False
        return True

    def category(self, name):
        data = self.server.data
        port = self.server.server_address[1]
        if self.slow_or_odd_transfer(name):
            return
        if name == DOCUMENTED_CATEGORY:
            self.send(200, data.documented_example)
        elif name == 'quirky':
            self.send(200, QUIRKY)
        elif name == 'empty':
            self.send(200, b'{"status":true,"data":[]}')
        elif name == 'status-false':
            self.send(200, b'{"status":false,"message":"Kategori tidak ditemukan"}')
        elif name == 'html-500':
            self.send(500, HTML_ERROR, 'text/html; charset=utf-8')
        elif name == 'html-200':
            self.send(200, HTML_PAGE, 'text/html; charset=utf-8')
        elif name == 'http-404':
            self.send(404, b'404 page not found\n', 'text/plain; charset=utf-8')
        elif name == 'not-json':
            self.send(200, b'Service temporarily unavailable', 'text/plain; charset=utf-8')
        elif name == 'truncated':
            body = data.documented_example
            self.send(200, body[:len(body) // 2], length=len(body))
            self.close_connection = True
        elif name == 'truncated-valid':
            self.send(200, ok([]), length=len(ok([])) + 100)
            self.close_connection = True
        elif name == 'slow' or (name.startswith('slow:') and name[5:].isdigit()):
            if self.wait(3.0 if name == 'slow' else int(name[5:]) / 1000):
                self.send(200, one_row(111, name))
        elif name == 'fast':
            self.send(200, one_row(222, name))
        elif name == 'flaky':
            # Fails every other time: the first request 503, the retry one row with id 333.
            FLAKY_CALLS[0] += 1
            if FLAKY_CALLS[0] % 2:
                self.send(503, HTML_PAGE, 'text/html; charset=utf-8')
            else:
                self.send(200, one_row(333, name))
        elif name == 'stall':
            self.send(200, b'{"status":true,"data":[{"id":', length=4096)
            self.wait(60)
            self.close_connection = True
        elif name == 'endless':
            self.send_response(200)
            self.send_header('Content-Type', JSON_TYPE)
            self.send_header('Connection', 'close')
            self.end_headers()
            self.stream_rows()
        elif name == 'huge-length':
            self.send(200, b'', length=314572800)
            self.stream_rows(limit=314572800)
            self.close_connection = True
        elif name == 'redirect':
            self.redirect('/smm/category?name=' + quote(DOCUMENTED_CATEGORY, safe=''))
        elif name == 'redirect-loop':
            hop = query_param(self.path.partition('?')[2], 'hop') or '0'
            self.redirect('/smm/category?name=redirect-loop&hop=%d' % (int(hop) + 1))
        elif name == 'redirect-http':
            # From https (with --tls) down to plain http on this very port.
            self.redirect('http://127.0.0.1:%d/smm/category?name=fast' % port)
        elif name == 'redirect-file':
            self.redirect('file:///etc/passwd')
        elif name == 'hostile-note':
            self.send(200, note_service(hostile_note(port)))
        elif name == 'huge-note':
            self.send(200, data.huge_note_document)
        elif name == 'nested-note':
            self.send(200, note_service('<table><tr><td>' * 200 + 'deep'
                                        + '</td></tr></table>' * 200))
        elif name.startswith('alerting'):
            self.send(200, ok(alerting_rows(name)))
        elif name.startswith('changing'):
            # Prices move on every second fetch of the same name: 7001 +12.5%, 7002 -3%,
            # 7003 removed, 7004 added.
            with CHANGING_LOCK:
                CHANGING_CALLS[name] = CHANGING_CALLS.get(name, 0) + 1
                changed = CHANGING_CALLS[name] % 2 == 0
            prices = ({7001: 1125, 7002: 1940, 7004: 500} if changed
                      else {7001: 1000, 7002: 2000, 7003: 3000})
            rows = []
            for service_id, price in prices.items():
                row = make_service(random.Random(service_id), service_id, name, 'Youtube')
                row['price'] = price
                row['priceSatuan'] = price_satuan(price)
                row['status'] = 1
                rows.append(row)
            self.send(200, ok(rows))
        elif name.startswith('numbered:') and name[9:].isdigit():
            # One service whose id and price come from the number, in a category of that name.
            number = int(name[9:])
            row = make_service(random.Random(number), 80000 + number, name, 'Youtube')
            row['price'] = number * 100
            row['priceSatuan'] = price_satuan(number * 100)
            self.send(200, ok([row]))
        elif name in VALUES_SCENARIOS:
            self.send(200, VALUES_SCENARIOS[name])
        elif name.startswith('sparse'):
            with CHANGING_LOCK:
                SPARSE_CALLS[name] = SPARSE_CALLS.get(name, 0) + 1
                calls = SPARSE_CALLS[name]
            self.send(200, ok(sparse_rows(name, calls)))
        elif name.startswith('bulk:') and name[5:].isdigit() and int(name[5:]) <= 1000000:
            self.send(200, bulk_body(int(name[5:])))
        elif name == 'many':
            rng = random.Random(data.seed)
            self.send(200, ok([make_service(rng, 50001 + i, 'many', 'Youtube')
                               for i in range(5000)]))
        else:
            self.send(200, data.by_category.get(name, ok([])))


class PanelData:
    """Everything that is the same for every request, built once at start."""

    def __init__(self, catalog_size, seed):
        self.seed = seed
        with open(DOCUMENTED_EXAMPLE_FILE, 'rb') as file:
            self.documented_example = file.read()
        documented_rows = json.loads(self.documented_example)['data']
        self.catalog = build_catalog(catalog_size, seed, documented_rows)
        self.catalog_document = ok(self.catalog)
        grouped = {}
        for row in self.catalog:
            grouped.setdefault(row['category'], []).append(row)
        self.by_category = {name: ok(rows) for name, rows in grouped.items()}
        self.huge_note_document = note_service(huge_note())


class PanelServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64

    def __init__(self, data, host):
        super().__init__((host, 0), PanelHandler)
        self.data = data
        self.output_lock = threading.Lock()

    def record(self, target, headers):
        # The target is the request line's bytes decoded as Latin-1: write them back unchanged.
        lines = [b'REQUEST ' + target.encode('latin-1')]
        if self.record_headers:
            lines += [b'HEADER %s: %s' % (name.encode('latin-1'), value.encode('latin-1'))
                      for name, value in headers.items()]
        self.write_line(b'\n'.join(lines))

    def write_line(self, line):
        with self.output_lock:
            try:
                sys.stdout.buffer.write(line + b'\n')
                sys.stdout.buffer.flush()
            except OSError:
                pass  # the parent is gone; stdin reaching EOF stops the server

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--catalog-size', type=int, default=3000, metavar='N')
    parser.add_argument('--seed', type=int, default=1, metavar='S')
    parser.add_argument('--tls', nargs=2, metavar=('CERT', 'KEY'),
                        help='serve https with this certificate and key (PEM)')
    parser.add_argument('--host', default='127.0.0.1',
                        help='a loopback address to listen on (127.0.0.2 is another server)')
    parser.add_argument('--record-headers', action='store_true',
                        help='print "HEADER name: value" lines after each REQUEST line')
    args = parser.parse_args()

    server = PanelServer(PanelData(args.catalog_size, args.seed), args.host)
    server.record_headers = args.record_headers
    if args.tls:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(*args.tls)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    serve_until_stdin_closes(server)


if __name__ == '__main__':
    main()
