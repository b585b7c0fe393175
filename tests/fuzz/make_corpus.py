#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the fuzzers' seed corpus (tests/fuzz/corpus/) from the documented example and the fake
panel's scenarios, so the seeds follow the scenarios the tests use. Run it after changing either.
Inputs a fuzzer found (regression-*) stay in the corpus beside the generated seeds."""

import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'support'))
import fake_panel  # noqa: E402
import fake_v2_panel  # noqa: E402

CORPUS = os.path.join(HERE, 'corpus')


def write(target, name, data):
    folder = os.path.join(CORPUS, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), 'wb') as file:
        file.write(data if isinstance(data, bytes) else data.encode('utf-8'))


def main():
    data = fake_panel.PanelData(catalog_size=40, seed=1)
    example = data.documented_example

    responses = {
        'documented-example.json': example,
        'quirky.json': fake_panel.QUIRKY,
        'empty.json': b'{"status":true,"data":[]}',
        'status-false.json': b'{"status":false,"message":"Kategori tidak ditemukan"}',
        'html-500.html': fake_panel.HTML_ERROR,
        'html-200.html': fake_panel.HTML_PAGE,
        'not-json.txt': b'Service temporarily unavailable',
        'truncated.json': example[:len(example) // 2],
        'endless-prefix.json': b'{"status":true,"data":[' + b''.join(
            fake_panel.ENDLESS_ROW % (i, i) for i in range(3))[:-1] + b']}',
        'catalog.json': data.catalog_document,
        'hostile-note.json': fake_panel.note_service(fake_panel.hostile_note(8080)),
        'nested.json': b'[' * 64 + b']' * 64,
    }
    for name, body in responses.items():
        write('fuzz_responseparser', name, body)

    notes = dict(enumerate(fake_panel.NOTES))
    notes['hostile'] = fake_panel.hostile_note(8080)
    notes['nested-table'] = '<table><tr><td>' * 20 + 'deep' + '</td></tr></table>' * 20
    notes['huge-note-start'] = fake_panel.huge_note()[:4000]
    for name, note in notes.items():
        write('fuzz_notesanitizer', 'note-%s.html' % name, note)

    # First byte: the options (separator in bits 0-1, formula guard in bit 2, decimal comma in
    # bit 3); then names split by the unit separator.
    rng = random.Random(1)
    names = [row['name'] for row in data.catalog[:8]] + [
        '=HYPERLINK("http://x")', '+62 812', '-5%', '@SUM(A1)', 'comma, "quoted"\r\nnewline',
        '🔥 emoji', '\ttab']
    for flags in list(range(6)) + [8, 9]:
        rng.shuffle(names)
        write('fuzz_csvwriter', 'names-%d.bin' % flags, bytes([flags]) + '\x1f'.join(names).encode())

    command_lines = [
        ['--category', fake_panel.DOCUMENTED_CATEGORY, '--export', 'out.csv'],
        ['--open', 'saved.json', '--export', '-', '--separator', 'tab', '--no-bom'],
        ['--category', 'x', '--export', 'a.csv', '--refill', 'yes', '--active-only',
         '--quantity', '1000', '--min-price', '100', '--max-price', '5e4', '--sort', 'price:desc',
         '--columns', 'id,name,price,min,max', '--search', 'views real'],
        ['--api-url', 'http://127.0.0.1:1/smm', '--category', '[-]  CapCut'],
        ['--sort', 'nope', '--separator', ';', '--export'],
        ['--version'],
        ['--category', 'x', '--export', '-', '--number-format', 'locale', '--separator', ';'],
    ]
    for i, arguments in enumerate(command_lines):
        write('fuzz_launchoptions', 'args-%d.bin' % i, '\0'.join(arguments))

    # The standard-API panel: its services and balance answers and its errors.
    v2 = {
        'services.json': fake_v2_panel.encode(
            fake_v2_panel.VARIANT_ROWS + fake_v2_panel.generated_rows(20, 'smartpanel')),
        'balance.json': fake_v2_panel.encode({'balance': '100.84292', 'currency': 'USD'}),
        'balance-status.json': fake_v2_panel.encode(
            {'status': 'success', 'balance': 100.84292, 'currency': 'USD'}),
        'error.json': fake_v2_panel.encode({'error': 'Incorrect API key'}),
        'rates.json': b'[{"service":1,"rate":1e-30},{"service":2,"rate":"-0.0"},'
                      b'{"service":3,"rate":"1E+3"},{"service":4,"rate":".5"}]',
    }
    for name, body in v2.items():
        write('fuzz_v2parser', name, body)

    # Service texts: name, category, type and note, one a line, in the styles panels write.
    services = [
        'Instagram Likes | Real | R30 | 10K/day\nInstagram Likes Indonesia\nDefault\n',
        '[IG] Likes Indonesia \U0001d5e5\U0001d5f2\U0001d5ee\U0001d5f9 \u267b\ufe0f Refill 30 Hari\n'
        '[IG] Instagram Likes Indonesia\nInstagram\n<p>Start: 0-1 jam</p>',
        'IG Likes - HQ - Garansi 30 Days - Max 50K\n\U0001f525 BEST \U0001f525\n\n'
        'Speed 10k per hari<br>Refill: no',
        'TT | Follower | \U0001f1ee\U0001f1e9 | No Refill \u274c | Start: Instant\n#123\n\n',
        'Youtube Watchtime [ 4000 Jam ] [ Garansi 1 Tahun ] R\u221e\nYT\n\n&amp; 0-6 jam',
    ]
    for i, text in enumerate(services):
        write('fuzz_attributereader', 'service-%d.txt' % i, text)


if __name__ == '__main__':
    main()
