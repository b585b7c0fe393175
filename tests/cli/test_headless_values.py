#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The headless export never writes a wrong value: absurd options and settings are refused,
absurd rows skipped and counted, formulas guarded, failures named. Every run's stderr is
checked line by line: a line no test expects fails it.
usage: test_headless_values.py APP FAKE_PANEL_SCRIPT"""
import csv
import errno
import io
import math
import os
import re
import subprocess
import urllib.request

import headlesscase
from headlesscase import read_bytes

APP = FAKE_PANEL = None
# The reason of an exit 2 ends with where to read more, on the same line.
HELP_HINT = re.escape(' (see smm-price-browser --help)')


class HeadlessValuesTest(headlesscase.HeadlessCase):
    configs = 0

    def settings(self, contents):
        """A fresh config folder whose settings file holds `contents`; for XDG_CONFIG_HOME."""
        HeadlessValuesTest.configs += 1
        config = os.path.join(self.tmp.name, 'config-%d' % self.configs)
        os.makedirs(os.path.join(config, 'smm-price-browser'))
        with open(os.path.join(config, 'smm-price-browser', 'smm-price-browser.conf'),
                  'wb') as file:
            file.write(contents)
        return config

    def export(self, category, *args, expected=(), config=None):
        done = self.run_app('--category', category, '--export', '-', '--no-bom', *args,
                            config=config)
        self.assertEqual(done.returncode, 0, done.stderr.decode())
        self.assert_stderr(done, *expected)
        return list(csv.reader(io.StringIO(done.stdout.decode('utf-8'), newline='')))

    def assert_refused(self, *args, option, api=True, config=None):
        done = self.run_app(*args, api=api, config=config)
        self.assertEqual(done.returncode, 2, (args, done.stderr))
        self.assert_stderr(done, 'error: ' + re.escape(option) + '.*' + HELP_HINT)
        self.assertEqual(done.stdout, b'')

    # The formula guard

    def test_names_a_spreadsheet_would_run_are_guarded_unless_turned_off(self):
        names = ['=HYPERLINK("http://x")', '+62 812 Promo', '-50% Diskon', '@everyone Views',
                 'Plain = safe']
        guarded = self.export('values-formulas', '--columns', 'id,name')
        self.assertEqual(guarded[0], ['ID', 'Service'])
        self.assertEqual([row[1] for row in guarded[1:]],
                         ["'" + name for name in names[:4]] + names[4:])
        plain = self.export('values-formulas', '--columns', 'id,name', '--no-formula-guard')
        self.assertEqual([row[1] for row in plain[1:]], names)

    # Infinity and absurd values

    def assert_finite(self, rows):
        for row in rows[1:]:
            for field in row[1:]:
                self.assertTrue(math.isfinite(float(field)), rows)

    def test_a_row_priced_absurdly_is_skipped_and_counted(self):
        skipped = r'warning: Rows skipped: 1 \(row 2: price 1e\+308 is too large\)'
        rows = self.export('values-huge-price', '--quantity', '100', '--markup', '10000',
                           '--columns', 'id,price,cost,my_price', expected=[skipped])
        self.assertEqual(rows, [['ID', 'Price / 1K', 'Cost', 'My price'],
                                ['8101', '25947', '2594.7', '2620700'],
                                ['8103', '1000000000000', '100000000000', '101000000000000']])
        # The largest values the options allow keep the row at the ceiling finite.
        rows = self.export('values-huge-price', '--quantity', '9223372036854775807',
                           '--markup', '10000', '--price-step', '0.01',
                           '--columns', 'id,price,cost,my_price', expected=[skipped])
        self.assertEqual([row[0] for row in rows[1:]], ['8101', '8103'])
        self.assert_finite(rows)

    def test_absurd_values_on_the_command_line_exit_with_status_two(self):
        cases = {'--price-step': ['1e-310', '0.001', '-1', 'nan', 'inf', '1e10'],
                 '--markup': ['10001', '1e400', 'nan', 'inf', '-100.5'],
                 '--min-price': ['-1', '1e13', '1e400', 'nan', 'inf'],
                 '--max-price': ['-1', '1e13', '1e400', 'nan'],
                 '--quantity': ['0', '-3', '1e3', '99999999999999999999']}
        for option, values in cases.items():
            for value in values:
                with self.subTest(option=option, value=value):
                    self.assert_refused('--category', 'values-huge-price', '--export', '-',
                                        option, value, option=option)
        # The bounds themselves are fine.
        rows = self.export('values-formulas', '--price-step', '0.01', '--markup', '10000',
                           '--min-price', '0', '--max-price', '1000000000000',
                           '--columns', 'id,my_price')
        self.assertEqual(rows[1], ['8201', '101000'])
        rows = self.export('values-formulas', '--price-step', '0', '--markup', '-100',
                           '--columns', 'id,my_price')
        self.assertEqual(rows[1], ['8201', '0'])

    def test_absurd_pricing_in_the_settings_gives_the_defaults(self):
        # Defaults: no markup, rounded up to Rp 100.
        for contents in (b'roundingStep=1e-310', b'roundingStep=0.001', b'roundingStep=nan',
                         b'roundingStep=inf', b'roundingStep=-5', b'roundingStep=1e10',
                         b'markupPercent=1e400', b'markupPercent=nan', b'markupPercent=10001',
                         b'markupPercent=-101'):
            with self.subTest(contents):
                config = self.settings(b'[pricing]\n' + contents + b'\n')
                rows = self.export('values-formulas', '--columns', 'id,my_price', config=config)
                self.assertEqual(rows[5], ['8205', '26000'])
        config = self.settings(b'[pricing]\nroundingStep=0.01\nmarkupPercent=10\n')
        rows = self.export('values-formulas', '--columns', 'id,my_price', config=config)
        self.assertEqual(rows[5], ['8205', '28541.7'])

    # Quiet surprises

    def test_a_category_that_is_not_valid_utf8_exits_with_status_two(self):
        for name in (b'Youtube \xff Views', b'\xc3', b'\xed\xa0\x80'):
            with self.subTest(name):
                done = subprocess.run([APP.encode(), b'--api-url', self.api.encode(),
                                       b'--category', name, b'--export', b'-'],
                                      capture_output=True, env=self.env, timeout=60)
                self.assertEqual(done.returncode, 2, done.stderr)
                self.assert_stderr(done, r'error: --category: the name is not valid UTF-8 text\.'
                                   + HELP_HINT)
        rows = self.export('[YT] Youtube Shorts Views 🔥', '--columns', 'id')
        self.assertGreater(len(rows), 1)

    def test_a_minimum_price_above_the_maximum_exits_with_status_two(self):
        self.assert_refused('--category', 'values-formulas', '--export', '-',
                            '--min-price', '2000', '--max-price', '1000', option='--min-price')
        rows = self.export('values-formulas', '--min-price', '1000', '--max-price', '1000',
                           '--columns', 'id')
        self.assertEqual([row[0] for row in rows[1:]], ['8201', '8202', '8203', '8204'])

    def test_a_bad_api_address_in_the_settings_fails_instead_of_using_another_panel(self):
        for address in (b'ftp://example.com/smm', b'http://192.0.2.1/smm', b'not a url',
                        b'https://example.com/smm?key=1'):
            with self.subTest(address):
                config = self.settings(b'[network]\napiUrl=' + address + b'\n')
                done = self.run_app('--category', 'values-formulas', '--export', '-',
                                    api=False, config=config)
                self.assertEqual(done.returncode, 1, done.stderr)
                self.assert_stderr(done, 'error: the API address in the settings cannot be '
                                   'used: .* Fix it or give --api-url.')
                self.assertEqual(done.stdout, b'')
        # A saved response needs no panel: the export goes ahead with a warning.
        saved = os.path.join(os.path.dirname(FAKE_PANEL), '..', 'data', 'documented-example.json')
        done = self.run_app('--open', saved, '--export', '-', '--no-bom', '--columns', 'id',
                            api=False, config=config)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assert_stderr(done, 'warning: the API address in the settings cannot be used: .*')
        self.assertEqual(done.stdout, b'ID\r\n3900\r\n3901\r\n26226\r\n')
        # The command line's address wins over the bad setting.
        done = self.run_app('--category', 'values-formulas', '--export', '-', '--columns', 'id',
                            config=config)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assert_stderr(done)

    def test_rows_with_a_minimum_above_the_maximum_are_kept_and_counted(self):
        rows = self.export('values-min-above-max', '--columns', 'id,min,max',
                           expected=['warning: Services with a minimum above their maximum: 2'])
        self.assertEqual(rows[1:], [['8301', '100', '1000'], ['8302', '5000', '100'],
                                    ['8303', '10', '0'], ['8304', '5000', '2147483647']])

    # Numbers for a spreadsheet in the user's locale

    def export_in_locale(self, locale, *args):
        """Exports values-formulas to standard output with LC_ALL and LANG set to `locale`;
        returns the bytes written. Qt reads the locale from the variables: it need not be
        generated on the system."""
        env = dict(self.env, LC_ALL=locale, LANG=locale)
        env.pop('LANGUAGE', None)
        done = subprocess.run([APP, '--api-url', self.api, '--category', 'values-formulas',
                               '--export', '-', '--no-bom', '--columns', 'id,price,unit_price,name']
                              + list(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              env=env, timeout=60)
        self.assertEqual(done.returncode, 0, done.stderr.decode())
        self.assert_stderr(done)
        return done.stdout

    def test_locale_numbers_use_the_separator_and_decimal_mark_of_the_locale(self):
        names = ["'=HYPERLINK(\"http://x\")", "'+62 812 Promo", "'-50% Diskon",
                 "'@everyone Views", 'Plain = safe']
        # The issue: an Indonesian spreadsheet read 25.947 (a unit price) as 25947.
        indonesian = self.export_in_locale('id_ID.UTF-8', '--number-format', 'locale')
        rows = list(csv.reader(io.StringIO(indonesian.decode('utf-8'), newline=''),
                               delimiter=';', strict=True))
        self.assertEqual(len(rows[0]), 4)
        self.assertEqual(rows[1:], [[str(8201 + i), price, unit, name] for i, (price, unit, name)
                                    in enumerate(zip(['1000'] * 4 + ['25947'],
                                                     ['1'] * 4 + ['25,947'], names))])
        # No thousands separators, no "Rp": a spreadsheet reads each as a number.
        self.assertNotIn(b'Rp', indonesian)
        self.assertNotIn(b'25.947', indonesian)

        # Raw stays the default in every locale, byte for byte: ',' and '.'.
        raw = self.export_in_locale('id_ID.UTF-8')
        self.assertEqual(self.export_in_locale('id_ID.UTF-8', '--number-format', 'raw'), raw)
        self.assertIn(b'\r\n8205,25947,25.947,Plain = safe\r\n', raw)
        # English writes numbers as raw does; --separator still picks the separator.
        english = self.export_in_locale('en_US.UTF-8', '--number-format', 'locale')
        self.assertEqual(english.split(b'\r\n')[1:], self.export_in_locale('en_US.UTF-8')
                         .split(b'\r\n')[1:])
        tabbed = self.export_in_locale('id_ID.UTF-8', '--number-format', 'locale',
                                       '--separator', 'tab')
        self.assertIn(b'\r\n8205\t25947\t25,947\tPlain = safe\r\n', tabbed)

    def test_an_unknown_number_format_exits_with_status_two(self):
        for value in ['', 'comma', 'locale,raw', 'id_ID']:
            with self.subTest(value=value):
                self.assert_refused('--category', 'values-formulas', '--export', '-',
                                    '--number-format', value, option='--number-format')

    # Disk full

    def test_a_full_standard_output_says_so(self):
        with open('/dev/full', 'wb') as full:
            done = self.run_app('--category', 'values-formulas', '--export', '-', stdout=full)
        self.assertEqual(done.returncode, 1)
        self.assert_stderr(done, 'error: Could not write to standard output: '
                           + re.escape(os.strerror(errno.ENOSPC)))

    def test_a_full_disk_says_so_and_keeps_the_old_file(self):
        mount_point = os.path.join(self.tmp.name, 'small')
        os.makedirs(mount_point)
        try:
            mounted = subprocess.run(['mount', '-t', 'tmpfs', '-o', 'size=64k', 'tmpfs',
                                      mount_point], capture_output=True)
            reason = mounted.stderr.decode().strip() if mounted.returncode else None
        except OSError as error:
            reason = str(error)
        if reason is not None:
            self.skipTest('cannot mount a small tmpfs to fill (needs root): ' + reason)
        try:
            target = os.path.join(mount_point, 'prices.csv')
            with open(target, 'wb') as old:
                old.write(b'old contents\r\n')
            # About 600 kB of CSV: the whole catalog.
            done = self.run_app('--open', self.catalog_file(), '--export', target,
                                '--columns', 'id,name,category,type,price,note,min,max',
                                api=False)
            self.assertEqual(done.returncode, 1)
            self.assert_stderr(done, 'error: Could not write “%s”: %s'
                               % (re.escape(target), re.escape(os.strerror(errno.ENOSPC))))
            self.assertEqual(read_bytes(target), b'old contents\r\n')
            self.assertEqual(os.listdir(mount_point), ['prices.csv'])
        finally:
            subprocess.run(['umount', '-l', mount_point], check=True)

    def catalog_file(self):
        """The fake panel's whole catalog, saved as a response file."""
        path = os.path.join(self.tmp.name, 'catalog.json')
        if not os.path.exists(path):
            with urllib.request.urlopen(self.api + '/getallprice', timeout=30) as response:
                body = response.read()
            with open(path, 'wb') as file:
                file.write(body)
        return path


if __name__ == '__main__':
    APP, FAKE_PANEL = headlesscase.configure()
    headlesscase.main()
