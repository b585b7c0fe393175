#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The group and cheapest columns and --cheapest-only, end to end: two fake standard-API panels
that sell the same services (one in dollars, one in euros) and the fake built-in panel, the CSV
read back with Python's csv module. Whatever the grouping decides, the same service sold under
the same name on two panels is one group, and of each group exactly the cheapest row in rupiah
among the rows exported is marked. usage: test_cheapest.py APP FAKE_PANEL FAKE_V2_PANEL"""
import csv
import io
import json
import os
import subprocess
import sys

import headlesscase

APP = FAKE_PANEL = FAKE_V2_PANEL = None
USD_KEY = 'usd-Key-4f1c9a77e0'
EUR_KEY = 'eur-Key-b82d01e5c3'
KEYS = {'USD_PANEL_KEY': USD_KEY, 'EUR_PANEL_KEY': EUR_KEY}
# The ids both standard-API panels sell under the same names.
TWINS = ['101', '102', '103', '104', '105', '106', '107', '108']
# The key of a service the matching could not read (no platform or kind): a group of its own.
SINGLE = 'single|'


def start_v2(*args):
    return headlesscase.start_v2(FAKE_V2_PANEL, *args)


class CheapestTest(headlesscase.HeadlessCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.usd = start_v2('--key', USD_KEY, '--currency', 'USD')
        cls.eur = start_v2('--key', EUR_KEY, '--currency', 'EUR', '--personality', 'smartpanel')
        cls.config = os.path.join(cls.tmp.name, 'config')
        settings = os.path.join(cls.config, 'smm-price-browser', 'smm-price-browser.conf')
        os.makedirs(os.path.dirname(settings))
        # Rates are given with --rate; a rate the test leaves out cannot be fetched either.
        with open(settings, 'w') as file:
            file.write('[rates]\nserviceUrl=http://127.0.0.1:1/\n')
        for name, panel, variable in (('Cheap USD', cls.usd, 'USD_PANEL_KEY'),
                                      ('Euro Panel', cls.eur, 'EUR_PANEL_KEY')):
            done = cls.app(cls, '--add-panel', name, '--api-url', panel[2], '--key-env',
                           variable, api=False)
            assert done.returncode == 0, done.stderr

    @classmethod
    def tearDownClass(cls):
        for panel, drain, _ in (cls.usd, cls.eur):
            panel.stdin.close()
            panel.wait(10)
            drain.wait(10)
            panel.stdout.close()
        super().tearDownClass()

    def app(self, *args, api=True):
        command = [APP] + (['--api-url', self.api] if api else []) + list(args)
        environment = dict(self.env, XDG_CONFIG_HOME=self.config, **KEYS)
        return subprocess.run(command, capture_output=True, env=environment, timeout=120)

    def export(self, *args, status=0):
        done = self.app('--export', '-', '--no-bom', *args)
        self.assertEqual(done.returncode, status, done.stderr.decode())
        rows = list(csv.reader(io.StringIO(done.stdout.decode('utf-8'), newline=''), strict=True))
        header, body = rows[0], rows[1:]
        return [dict(zip(header, row)) for row in body]

    def grouped(self, *args):
        return self.export('--all-panels', '--columns',
                           'panel,id,price_idr,group,cheapest', '--booleans', 'words', *args)

    def assert_cheapest_of_each_group(self, rows):
        """Of each group, exactly one row is marked, the cheapest in rupiah, ties to the lower
        panel name, then the lower id; rows without a rupiah price or a group are never marked."""
        groups = {}
        for row in rows:
            self.assertIn(row['Cheapest'], ('yes', 'no'))
            if row['Group'] == '':
                self.assertEqual(row['Cheapest'], 'no', row)
                continue
            groups.setdefault(row['Group'], []).append(row)
        for label, members in groups.items():
            priced = [r for r in members if r['Price / 1K (Rp)'] != '']
            marked = [r for r in members if r['Cheapest'] == 'yes']
            if not priced:
                self.assertEqual(marked, [], label)
                continue
            best = min(priced, key=lambda r: (float(r['Price / 1K (Rp)']), r['Panel'],
                                              int(r['ID'])))
            self.assertEqual(marked, [best], label)
        return groups

    def by_panel(self, rows):
        return {(r['Panel'], r['ID']): r for r in rows}

    def test_the_same_service_on_two_panels_is_one_group_and_the_cheaper_one_is_marked(self):
        rows = self.grouped('--rate', 'USD=16000', '--rate', 'EUR=17000')
        self.assertIn('Kratos', {r['Panel'] for r in rows})
        self.assert_cheapest_of_each_group(rows)
        panels = self.by_panel(rows)
        matched = [twin for twin in TWINS
                   if not panels[('Cheap USD', twin)]['Group'].startswith(SINGLE)]
        self.assertGreaterEqual(len(matched), 5, rows)
        for twin in matched:
            usd, eur = panels[('Cheap USD', twin)], panels[('Euro Panel', twin)]
            self.assertEqual(usd['Group'], eur['Group'], twin)
            self.assertEqual(eur['Cheapest'], 'no', twin)
        # 0.0450 USD at 16,000 is Rp 720; in euros Rp 765.
        self.assertEqual(panels[('Cheap USD', '101')]['Price / 1K (Rp)'], '720.00')
        # The same labels in every run.
        again = self.by_panel(self.grouped('--rate', 'USD=16000', '--rate', 'EUR=17000'))
        self.assertEqual({k: r['Group'] for k, r in again.items()},
                         {k: r['Group'] for k, r in panels.items()})

        # Euros get cheaper: the euro panel's rows are marked instead.
        flipped = self.by_panel(self.grouped('--rate', 'USD=16000', '--rate', 'EUR=15000'))
        for twin in matched:
            self.assertEqual(flipped[('Cheap USD', twin)]['Cheapest'], 'no', twin)

        # The same rupiah price: the lower panel name wins.
        tied = self.grouped('--rate', 'USD=16000', '--rate', 'EUR=16000')
        self.assert_cheapest_of_each_group(tied)
        for twin in matched:
            self.assertEqual(self.by_panel(tied)[('Euro Panel', twin)]['Cheapest'], 'no', twin)

    def test_a_service_without_a_rupiah_price_is_never_the_cheapest(self):
        done = self.app('--export', '-', '--no-bom', '--panel', 'Cheap USD', '--panel',
                        'Euro Panel', '--columns', 'panel,id,price_idr,group,cheapest',
                        '--rate', 'EUR=17000')
        self.assertEqual(done.returncode, 0, done.stderr.decode())
        rows = list(csv.DictReader(io.StringIO(done.stdout.decode('utf-8'), newline='')))
        for row in rows:
            if row['Panel'] == 'Cheap USD':
                self.assertEqual(row['Price / 1K (Rp)'], '')
                self.assertEqual(row['Cheapest'], '0', row)
            else:
                self.assertEqual(row['Cheapest'], '1' if row['Group'] else '0', row)

    def test_cheapest_only_exports_the_marked_rows_of_what_the_filters_keep(self):
        rates = ('--rate', 'USD=16000', '--rate', 'EUR=17000')
        marked = {(r['Panel'], r['ID']) for r in self.grouped(*rates) if r['Cheapest'] == 'yes'}
        cheapest = self.export('--all-panels', '--cheapest-only', '--columns',
                               'panel,id,price_idr,group,cheapest', '--booleans', 'words',
                               *rates)
        self.assertEqual({(r['Panel'], r['ID']) for r in cheapest}, marked)
        self.assertEqual(len({r['Group'] for r in cheapest}), len(cheapest))
        self.assertEqual({r['Cheapest'] for r in cheapest}, {'yes'})
        # Each euro service is dearer than its dollar twin, unless it is a group of its own.
        self.assertEqual([r for r in cheapest
                          if r['Panel'] == 'Euro Panel' and not r['Group'].startswith(SINGLE)],
                         [])

        # Among the rows exported: without the dollar panel, the euro rows are the cheapest.
        grouped = [r['ID'] for r in self.export('--panel', 'Euro Panel', '--columns', 'id,group')
                   if r['Group'] != '']
        self.assertGreaterEqual(len(grouped), 6)
        euro = self.export('--panel', 'Euro Panel', '--cheapest-only', '--columns', 'panel,id',
                           *rates)
        self.assertEqual(sorted(r['ID'] for r in euro), sorted(grouped))

        # Without --columns the group is added to the usual columns of several panels.
        default = self.export('--panel', 'Cheap USD', '--panel', 'Euro Panel',
                              '--cheapest-only', *rates)
        self.assertEqual(list(default[0].keys())[-1], 'Group')
        self.assertEqual(sorted(r['ID'] for r in default if r['Panel'] == 'Cheap USD'), TWINS)
        self.assertEqual([r for r in default
                          if r['Panel'] == 'Euro Panel' and not r['Group'].startswith(SINGLE)],
                         [])

    def relisted(self):
        """Three relistings of one offer in a saved response: 300, 200 and 100 rupiah."""
        path = os.path.join(self.tmp.name, 'relisted.json')
        names = ['Instagram Likes Indonesia | Refill 30 Days | 5K/day'] * 3
        notes = ['<p>Garansi <b>30 hari</b></p>', None, '-1 drop, \"refill\"\nlater']
        services = [{'id': 10 + i, 'name': name, 'note': note, 'category': '[IG] Instagram Likes',
                     'type': 'Instagram', 'price': price, 'min': 100, 'max': 10000, 'refill': 1,
                     'status': 1}
                    for i, (name, note, price) in enumerate(zip(names, notes, (300, 200, 100)))]
        with open(path, 'w', encoding='utf-8') as file:
            json.dump({'status': True, 'data': services}, file)
        return path

    def test_cheapest_only_with_a_filter_picks_among_the_rows_left(self):
        path = self.relisted()
        every = self.export('--open', path, '--cheapest-only', '--columns', 'id,price')
        self.assertEqual([(r['ID'], r['Price / 1K']) for r in every], [('12', '100')])
        kept = self.export('--open', path, '--cheapest-only', '--min-price', '150', '--columns',
                           'id,price,cheapest')
        self.assertEqual([(r['ID'], r['Price / 1K'], r['Cheapest']) for r in kept],
                         [('11', '200', '1')])
        marked = self.export('--open', path, '--min-price', '150', '--columns', 'id,cheapest')
        self.assertEqual([(r['ID'], r['Cheapest']) for r in marked], [('10', '0'), ('11', '1')])

    def shop_list(self, *args, status=0):
        path = os.path.join(self.tmp.name, 'shop.csv')
        done = self.app('--open', self.relisted(), '--export', path, '--markup', '10',
                        '--price-step', '100', *args)
        self.assertEqual(done.returncode, status, done.stderr.decode())
        with open(path, newline='', encoding='utf-8') as file:
            return done, list(csv.reader(file, strict=True))

    def test_the_shop_price_list_has_the_panel_scripts_columns_and_selling_prices(self):
        done, rows = self.shop_list('--export-format', 'shop', '--sort', 'price')
        name = 'Instagram Likes Indonesia | Refill 30 Days | 5K/day'
        # No byte order mark: the first title is exactly "kategori". Notes are plain text,
        # guarded against spreadsheet formulas; 300 + 10 % = 330, up to the next Rp 100.
        self.assertEqual(rows, [
            ['kategori', 'layanan', 'catatan', 'min', 'max', 'harga'],
            ['[IG] Instagram Likes', name, "'-1 drop, \"refill\"\nlater", '100', '10000', '200'],
            ['[IG] Instagram Likes', name, '', '100', '10000', '300'],
            ['[IG] Instagram Likes', name, 'Garansi 30 hari', '100', '10000', '400']])
        _, generic = self.shop_list('--export-format', 'generic-shop', '--cheapest-only')
        self.assertEqual(generic[0], ['\ufeffcategory', 'service', 'note', 'min', 'max',
                                      'price_idr'])
        self.assertEqual(generic[1:], [['[IG] Instagram Likes', name,
                                        "'-1 drop, \"refill\"\nlater", '100', '10000', '200']])

    def test_a_shop_price_list_leaves_out_services_without_a_rupiah_price(self):
        done = self.app('--export', '-', '--panel', 'Cheap USD', '--panel', 'Euro Panel',
                        '--export-format', 'generic-shop', '--rate', 'EUR=17000')
        self.assertEqual(done.returncode, 0, done.stderr.decode())
        rows = list(csv.reader(io.StringIO(done.stdout.decode('utf-8-sig'), newline='')))
        self.assertEqual(len(rows), 1 + len(TWINS))
        self.assertRegex(done.stderr.decode(),
                         r"warning: 8 service(?:s|\(s\)) without a price in rupiah were left out; "
                         r"give their currency's rate with --rate\n")

    def test_a_shop_price_list_has_its_own_columns(self):
        for args, message in (
                (['--export-format', 'shop', '--columns', 'id'],
                 r'error: --columns: a shop price list has its own columns and format\..*'),
                (['--export-format', 'shop', '--separator', ';'],
                 r'error: --separator: a shop price list has its own columns and format\..*'),
                (['--export-format', 'csv'],
                 r'error: --export-format takes table, shop or generic-shop, not “csv”\..*')):
            done = self.app('--open', 'x.json', '--export', '-', *args)
            self.assertEqual(done.returncode, 2, done.stderr.decode())
            self.assert_stderr(done, message)
        done = self.app('--export-format', 'shop', '--category', 'x')
        self.assertEqual(done.returncode, 2)
        self.assert_stderr(done, r'error: --export-format belongs with --export\..*')

    def test_cheapest_only_belongs_with_an_export(self):
        done = self.app('--cheapest-only', '--category', 'x')
        self.assertEqual(done.returncode, 2, done.stderr.decode())
        self.assert_stderr(done, r'error: --cheapest-only chooses the rows of an export; use it '
                                 r'with --export\..*')
        self.assertIn('--cheapest-only', self.app('--help', api=False).stdout.decode())


if __name__ == '__main__':
    APP, FAKE_PANEL, FAKE_V2_PANEL = sys.argv[1], sys.argv[2], sys.argv[3]
    headlesscase.APP, headlesscase.FAKE_PANEL = APP, FAKE_PANEL
    headlesscase.main()
