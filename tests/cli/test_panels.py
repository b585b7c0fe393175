#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Several panels from the command line, end to end: --add-panel, --list-panels, --remove-panel,
--panel and --all-panels against the fake built-in panel and two fake standard-API panels that
answer a little differently, with the keys in a real Secret Service (run this under
tests/support/with-keyring.sh). usage: test_panels.py APP FAKE_PANEL FAKE_V2_PANEL (fake_rates.py is found beside it)"""
import csv
import io
import json
import os
import re
import sqlite3
import subprocess
import sys

import headlesscase
from headlesscase import read_bytes

APP = FAKE_PANEL = FAKE_V2_PANEL = FAKE_RATES = None
USD_KEY = 'usd-Key-4f1c9a77e0'
EUR_KEY = 'eur-Key-b82d01e5c3'


def start_v2(*args):
    return headlesscase.start_v2(FAKE_V2_PANEL, *args)


def keychain_entries():
    """Every secret stored by the app, as secret-tool sees them."""
    done = subprocess.run(['secret-tool', 'search', '--all', 'server', 'smm-price-browser'],
                          capture_output=True, text=True, timeout=30)
    return done.stdout + done.stderr


class PanelsTest(headlesscase.HeadlessCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.usd = start_v2('--key', USD_KEY, '--currency', 'USD')
        cls.eur = start_v2('--key', EUR_KEY, '--currency', 'EUR', '--personality', 'smartpanel')
        # Rates come from a local stand-in, never from the internet.
        cls.rates = subprocess.Popen([sys.executable, FAKE_RATES], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        cls.rates_url = 'http://127.0.0.1:%s/ok/' % cls.rates.stdout.readline().split()[1]
        cls.rates_drain = subprocess.Popen(['cat'], stdin=cls.rates.stdout,
                                           stdout=subprocess.DEVNULL)

    @classmethod
    def tearDownClass(cls):
        for panel, drain, _ in (cls.usd, cls.eur):
            panel.stdin.close()
            panel.wait(10)
            drain.wait(10)
            panel.stdout.close()
        cls.rates.stdin.close()
        cls.rates.wait(10)
        cls.rates_drain.wait(10)
        cls.rates.stdout.close()
        super().tearDownClass()

    def setUp(self):
        # Each test starts without panels or keys: a settings folder of its own, an empty keychain.
        self.config = os.path.join(self.tmp.name, 'config-' + self.id().rsplit('.', 1)[-1])
        self.settings = os.path.join(self.config, 'smm-price-browser', 'smm-price-browser.conf')
        os.makedirs(os.path.dirname(self.settings))
        with open(self.settings, 'w') as file:
            file.write('[rates]\nserviceUrl=%s\n' % self.rates_url)
        # (It fails when there was nothing to clear.)
        subprocess.run(['secret-tool', 'clear', 'server', 'smm-price-browser'], timeout=30)
        self.assertNotIn('secret =', keychain_entries())

    def app(self, *args, key=None, env=None, api=True):
        command = [APP] + (['--api-url', self.api] if api else []) + list(args)
        environment = dict(self.env, XDG_CONFIG_HOME=self.config, **(env or {}))
        return subprocess.run(command, input=(key + '\n').encode() if key else b'',
                              capture_output=True, env=environment, timeout=60)

    def add(self, name, url, key=None, *args):
        done = self.app('--add-panel', name, '--api-url', url, *args, key=key, api=False)
        self.assertEqual(done.returncode, 0, done.stderr.decode())
        return done

    def export(self, *args, status=0, env=None):
        done = self.app('--export', '-', '--no-bom', *args, env=env)
        self.assertEqual(done.returncode, status, done.stderr.decode())
        return done, list(csv.reader(io.StringIO(done.stdout.decode('utf-8'), newline='')))

    def assert_no_key_anywhere(self, *outputs):
        for key in (USD_KEY, EUR_KEY):
            for output in outputs:
                self.assertNotIn(key.encode(), output)
            for folder in (self.config, self.env['XDG_DATA_HOME']):
                for root, _, files in os.walk(folder):
                    for name in files:
                        self.assertNotIn(key.encode(), read_bytes(os.path.join(root, name)),
                                         os.path.join(root, name))

    def test_adds_lists_and_removes_a_panel_with_its_key_in_the_keychain(self):
        added = self.add('Cheap USD', self.usd[2], USD_KEY)
        self.assert_stderr(added, 'panel “Cheap USD” answered: balance 100.84292 USD',
                           'added panel “Cheap USD”; its key is in the system keychain')
        self.assertIn(USD_KEY, keychain_entries())
        listed = self.app('--list-panels', api=False)
        self.assertEqual(listed.returncode, 0, listed.stderr)
        self.assertEqual(listed.stdout.decode().splitlines(), [
            'Kratos\tkratos\thttps://kratos.aisbirnusantara.com/smm\tIDR\t-',
            'Cheap USD\tv2\t%s\tUSD\tkeychain' % self.usd[2]])
        self.assert_no_key_anywhere(added.stderr, listed.stdout, listed.stderr)

        removed = self.app('--remove-panel', 'cheap usd', api=False)
        self.assertEqual(removed.returncode, 0, removed.stderr)
        self.assert_stderr(removed, 'removed panel “Cheap USD”')
        self.assertNotIn(USD_KEY, keychain_entries())
        self.assertEqual(len(self.app('--list-panels', api=False).stdout.splitlines()), 1)
        again = self.app('--remove-panel', 'Cheap USD', api=False)
        self.assertEqual(again.returncode, 2)
        self.assert_stderr(again, 'error: --remove-panel: there is no panel called “Cheap USD”.*')

    def test_a_wrong_key_is_refused_with_the_panels_message_and_never_shown(self):
        wrong = 'wrong-' + USD_KEY
        done = self.app('--add-panel', 'Cheap USD', '--api-url', self.usd[2], key=wrong,
                        api=False)
        self.assertEqual(done.returncode, 1)
        self.assert_stderr(done, 'error: panel “Cheap USD” was not added: .*Incorrect API key.*')
        self.assertNotIn(wrong.encode(), done.stderr)
        self.assertNotIn(wrong, keychain_entries())
        self.assertEqual(len(self.app('--list-panels', api=False).stdout.splitlines()), 1)

    def test_a_panel_needs_a_key_and_a_name_of_its_own(self):
        done = self.app('--add-panel', 'Cheap USD', '--api-url', self.usd[2], api=False)
        self.assertEqual(done.returncode, 2)
        self.assert_stderr(done, 'error: --add-panel: give the panel.s API key on standard '
                                 'input.*')
        done = self.app('--add-panel', 'kratos', '--api-url', self.usd[2], key=USD_KEY, api=False)
        self.assertEqual(done.returncode, 2)
        self.assert_stderr(done, 'error: --add-panel: .*built-in panel.*')
        self.add('Cheap USD', self.usd[2], USD_KEY)
        done = self.app('--add-panel', 'CHEAP usd', '--api-url', self.eur[2], key=EUR_KEY,
                        api=False)
        self.assertEqual(done.returncode, 2)
        self.assert_stderr(done, 'error: --add-panel: There is already a panel called .*')
        done = self.app('--add-panel', 'Remote', '--api-url', 'http://192.0.2.1/api/v2',
                        key=EUR_KEY, api=False)
        self.assertEqual(done.returncode, 2)
        self.assert_stderr(done, 'error: --api-url: .*')
        # An address copied with the key in it: refused, and the key is not repeated.
        for url in ('https://x.example/api/v2?key=' + USD_KEY,
                    'http://192.0.2.1/api/v2?key=' + USD_KEY,
                    'https://user:%s@x.example/api/v2' % USD_KEY):
            done = self.app('--add-panel', 'Copied', '--api-url', url, key=USD_KEY, api=False)
            self.assertEqual(done.returncode, 2, url)
            self.assert_stderr(done, 'error: --api-url: .*')
            self.assertNotIn(USD_KEY.encode(), done.stderr)

    def test_all_panels_merges_the_panels_with_prices_in_rupiah(self):
        self.add('Cheap USD', self.usd[2], USD_KEY)
        self.add('Euro Panel', self.eur[2], EUR_KEY)
        done, rows = self.export('--all-panels', '--category', 'Instagram Likes', '--columns',
                                 'panel,id,currency,price,price_idr', '--sort', 'price_idr:desc',
                                 '--rate', 'usd=16250.5', '--rate', 'EUR=17500.25')
        self.assertEqual(rows[0], ['Panel', 'ID', 'Currency', 'Price / 1K', 'Price / 1K (Rp)'])
        # 0.0450 × 17500.25 = 787.51125 and 0.0450 × 16250.5 = 731.2725, to the rupiah cent.
        self.assertEqual(rows[1:], [['Euro Panel', '101', 'EUR', '0.0450', '787.51'],
                                    ['Cheap USD', '101', 'USD', '0.0450', '731.27']])
        self.assert_no_key_anywhere(done.stdout, done.stderr)
        # Each panel's category is stored under its own name in the history.
        history = os.path.join(self.env['XDG_DATA_HOME'], 'smm-price-browser',
                               'smm-price-browser', 'history.sqlite')
        with sqlite3.connect(history) as db:
            stored = sorted(db.execute('SELECT panel, category FROM fetch'))
        self.assertIn(('Cheap USD', 'Instagram Likes'), stored)
        self.assertIn(('Euro Panel', 'Instagram Likes'), stored)
        # --offline exports what each panel stored, and says from when.
        done, rows = self.export('--all-panels', '--offline', '--category', 'Instagram Likes',
                                 '--columns', 'panel,id,price_idr', '--sort', 'panel',
                                 '--rate', 'USD=16250.5', '--rate', 'EUR=17500.25')
        self.assertEqual(rows[1:], [['Cheap USD', '101', '731.27'],
                                    ['Euro Panel', '101', '787.51']])
        lines = sorted(done.stderr.decode().splitlines())
        self.assertEqual(len(lines), 3, lines)
        for line, panel in zip(lines, ('Cheap USD', 'Euro Panel', 'Kratos')):
            self.assertRegex(line, r'^smm-price-browser: offline: panel “%s”: prices stored at '
                                   r'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$' % panel)

    def test_the_default_columns_of_several_panels_name_the_panel_and_the_rupiah_price(self):
        self.add('Cheap USD', self.usd[2], USD_KEY)
        _, rows = self.export('--panel', 'Cheap USD', '--category', 'Instagram Likes', '--rate',
                              'USD=16250.5')
        self.assertEqual(rows, [
            ['Panel', 'ID', 'Service', 'Category', 'Type', 'Price / 1K', 'Currency',
             'Price / 1K (Rp)', 'Min', 'Max', 'Refill', 'Status'],
            ['Cheap USD', '101', 'Instagram Likes [Real]', 'Instagram Likes', 'Default', '0.0450',
             'USD', '731.27', '10', '5000', '1', '1']])

    def test_one_panel_without_its_rate_leaves_only_its_rupiah_price_empty(self):
        self.add('Cheap USD', self.usd[2], USD_KEY)
        with open(self.settings) as file:
            text = file.read()
        with open(self.settings, 'w') as file:
            file.write(text.replace(self.rates_url, self.rates_url.replace('/ok/', '/error/')))
        done, rows = self.export('--panel', 'Cheap USD', '--category', 'Instagram Followers',
                                 '--columns', 'panel,id,price,price_idr', '--rate', 'EUR=17500')
        self.assertEqual(rows[1:], [['Cheap USD', '102', '12.5000000', '']])
        self.assert_stderr(done, 'warning: panel “Cheap USD”: Rows skipped: .*',
                           'warning: The rate of USD from 127.0.0.1 was not read: .*')

    def test_a_failing_panel_costs_only_its_own_rows(self):
        self.add('Cheap USD', self.usd[2], USD_KEY)
        self.add('Euro Panel', self.eur[2], None, '--key-env', 'EURO_PANEL_KEY')
        done, rows = self.export('--panel', 'Cheap USD', '--panel', 'Euro Panel', '--category',
                                 'Instagram Likes', '--columns', 'panel,id', status=1,
                                 env={'EURO_PANEL_KEY': 'not-' + EUR_KEY})
        self.assertEqual(rows[1:], [['Cheap USD', '101']])
        # The panels answer in any order; one line each.
        lines = sorted(done.stderr.decode().splitlines())
        self.assertEqual(len(lines), 2, lines)
        self.assertRegex(lines[0], '^smm-price-browser: error: panel “Euro Panel”: .*Incorrect '
                                   'API key.*$')
        self.assertRegex(lines[1], '^smm-price-browser: warning: panel “Cheap USD”: Rows skipped')
        self.assertNotIn(b'not-' + EUR_KEY.encode(), done.stderr)
        # Without the variable that panel fails alone too, naming the variable.
        done, rows = self.export('--all-panels', '--category', 'Instagram Likes', '--columns',
                                 'panel,id', status=1)
        self.assertIn(['Cheap USD', '101'], rows)
        self.assertRegex(done.stderr.decode(),
                         'error: panel “Euro Panel”: Its key is read from the environment '
                         'variable EURO_PANEL_KEY, which is not set')

    def test_a_panel_down_exports_the_list_it_sent_last_marked_offline(self):
        cache = {'XDG_CACHE_HOME': os.path.join(self.tmp.name, 'cache-kept-list')}
        panel, drain, url = start_v2('--key', USD_KEY, '--currency', 'USD')
        try:
            self.add('Short Lived', url, USD_KEY)
            self.add('Never Seen', url, USD_KEY)
            _, fresh = self.export('--panel', 'Short Lived', '--columns', 'panel,id,currency,price',
                                   '--sort', 'id', env=cache)
            self.assertGreater(len(fresh), 2)
        finally:
            panel.stdin.close()
            panel.wait(10)
            drain.wait(10)
            panel.stdout.close()
        done, rows = self.export('--panel', 'Short Lived', '--columns', 'panel,id,currency,price',
                                 '--sort', 'id', status=1, env=cache)
        self.assertEqual(rows, fresh)
        self.assert_stderr(done, 'error: panel “Short Lived”: .*',
                           r'offline: panel “Short Lived”: prices stored at '
                           r'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ')
        # With a category the history is what stands in; a list alone is no category's prices.
        done, rows = self.export('--panel', 'Short Lived', '--category', 'Instagram Likes',
                                 '--columns', 'panel,id', status=1, env=cache)
        self.assertEqual(rows, [])
        self.assert_stderr(done, 'error: panel “Short Lived”: .*')
        # A panel never fetched has nothing to stand in.
        done, rows = self.export('--panel', 'Never Seen', '--columns', 'panel,id', status=1,
                                 env=cache)
        self.assertEqual(rows, [])
        self.assert_stderr(done, 'error: panel “Never Seen”: .*')
        for root, _, files in os.walk(cache['XDG_CACHE_HOME']):
            for name in files:
                self.assertNotIn(USD_KEY.encode(), read_bytes(os.path.join(root, name)))

    def test_the_key_in_a_variable_is_read_at_each_run_and_never_stored(self):
        self.add('Euro Panel', self.eur[2], None, '--key-env', 'EURO_PANEL_KEY')
        listed = self.app('--list-panels', api=False).stdout.decode().splitlines()
        self.assertEqual(listed[1], 'Euro Panel\tv2\t%s\t-\tenv:EURO_PANEL_KEY' % self.eur[2])
        done, rows = self.export('--panel', 'euro panel', '--category', 'Instagram Likes',
                                 '--columns', 'panel,currency,price',
                                 env={'EURO_PANEL_KEY': EUR_KEY})
        self.assertEqual(rows[1:], [['Euro Panel', 'EUR', '0.0450']])
        # The currency its balance named is kept for the next run.
        listed = self.app('--list-panels', api=False).stdout.decode().splitlines()
        self.assertEqual(listed[1], 'Euro Panel\tv2\t%s\tEUR\tenv:EURO_PANEL_KEY' % self.eur[2])
        self.assertNotIn(EUR_KEY, keychain_entries())
        self.assert_no_key_anywhere(done.stdout, done.stderr)

    def test_missing_rates_are_fetched_once_and_kept_for_offline_runs(self):
        rates = subprocess.Popen([sys.executable, FAKE_RATES], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, text=True)
        try:
            port = rates.stdout.readline().split()[1]
            self.add('Cheap USD', self.usd[2], USD_KEY)
            with open(self.settings) as file:
                text = file.read().replace(self.rates_url, 'http://127.0.0.1:%s/ok/' % port)
            with open(self.settings, 'w') as file:
                file.write(text)
            args = ('--panel', 'Cheap USD', '--category', 'Instagram Likes', '--columns',
                    'id,price_idr')
            _, rows = self.export(*args)
            self.assertEqual(rows[1:], [['101', '731.27']])  # 0.0450 × 16250.5
            self.assertIn('REQUEST /ok/latest?base=USD&symbols=IDR', rates.stdout.readline())
            # Stored with its date: a later run whose rate service fails still converts.
            with open(self.settings) as file:
                text = file.read()
            self.assertIn('2026-11-27', text)
            with open(self.settings, 'w') as file:
                file.write(text.replace('/ok/', '/error/'))
            _, rows = self.export(*args)
            self.assertEqual(rows[1:], [['101', '731.27']])
            # price_idr stays rupiah when the window shows converted prices in another currency.
            with open(self.settings) as file:
                text = file.read()
            with open(self.settings, 'w') as file:
                text = re.sub(r'(?m)^display=.*\n', '', text)
                file.write(text.replace('[rates]\n', '[rates]\ndisplay=USD\n', 1))
            _, rows = self.export(*args)
            self.assertEqual(rows[1:], [['101', '731.27']])
            # A rate for this run wins over the stored one, and is not asked for.
            done, rows = self.export(*args, '--rate', 'USD=10000')
            self.assertEqual(rows[1:], [['101', '450.00']])
            self.assert_stderr(done, 'warning: panel “Cheap USD”: Rows skipped: .*')
        finally:
            rates.stdin.close()
            rates.wait(10)
            rates.stdout.close()

    def test_alerts_say_once_when_a_balance_falls_below_the_amount_of_the_rule(self):
        self.add('Cheap USD', self.usd[2], USD_KEY)
        rules = {'panels': {'Cheap USD': {'balanceBelow': 200}}}
        with open(self.settings, 'a') as file:
            file.write('[alerts]\nrules="%s"\n' % json.dumps(rules).replace('"', '\\"'))
        command = ('--alerts', '--panel', 'Cheap USD', '--category', 'Instagram Likes')
        done = self.app(*command)
        self.assertEqual(done.returncode, 4, done.stderr.decode())
        self.assert_stderr(done, 'warning: panel “Cheap USD”: Rows skipped: .*')
        fields = done.stdout.decode().rstrip('\n').split('\t')
        self.assertRegex(fields[0], r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$')
        self.assertEqual(fields[1:], ['Cheap USD', '', '', 'low_balance', '200', '100.84292'])
        # Still below: not again. The category's prices did not change either.
        done = self.app(*command)
        self.assertEqual(done.returncode, 0, done.stderr.decode())
        self.assertEqual(done.stdout, b'')
        self.assert_no_key_anywhere(done.stdout, done.stderr)

    def test_an_unknown_panel_is_a_bad_command_line(self):
        done = self.app('--panel', 'Nowhere', '--export', '-')
        self.assertEqual(done.returncode, 2)
        self.assert_stderr(done, 'error: there is no panel called “Nowhere” .*')

    def test_the_built_in_panel_alone_exports_as_before(self):
        done, rows = self.export('--panel', 'Kratos', '--category',
                                 '[YT] Youtube Views [Real and Active]', '--columns',
                                 'panel,id,currency,price,price_idr')
        self.assertEqual(rows[1:], [['Kratos', '3900', 'IDR', '25947', '25947.00'],
                                    ['Kratos', '3901', 'IDR', '24866', '24866.00'],
                                    ['Kratos', '26226', 'IDR', '19028', '19028.00']])


if __name__ == '__main__':
    APP, FAKE_PANEL, FAKE_V2_PANEL = sys.argv[1], sys.argv[2], sys.argv[3]
    FAKE_RATES = os.path.join(os.path.dirname(FAKE_V2_PANEL), 'fake_rates.py')
    headlesscase.APP, headlesscase.FAKE_PANEL = APP, FAKE_PANEL
    headlesscase.main()
