#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The headless export, end to end: the real binary against the fake panel, its CSV read back
with Python's csv module. usage: test_headless_export.py APP FAKE_PANEL_SCRIPT"""
import csv
import io
import os
import re
import socket
import sqlite3
import stat
import subprocess
import tempfile

import headlesscase
from headlesscase import read_bytes

APP = FAKE_PANEL = None
DOCUMENTED = '[YT] Youtube Views [Real and Active]'
QUIRKY_SKIPPED = r'warning: Rows skipped: 2 \(row 4: no id; row 8: price “abc” is not a number\)'


class HeadlessExportTest(headlesscase.HeadlessCase):
    def export(self, *args, category=DOCUMENTED, stderr=()):
        done = self.run_app('--category', category, '--export', '-', '--no-bom', *args)
        self.assertEqual(done.returncode, 0, done.stderr.decode())
        self.assert_stderr(done, *stderr)
        return list(csv.reader(io.StringIO(done.stdout.decode('utf-8'), newline='')))

    def ids(self, rows):
        return [row[0] for row in rows[1:]]

    def test_exports_the_documented_example_exactly(self):
        rows = self.export()
        self.assertEqual(rows[0], ['ID', 'Service', 'Category', 'Type', 'Price / 1K', 'Min',
                                   'Max', 'Refill', 'Status'])
        self.assertEqual(self.ids(rows), ['3900', '3901', '26226'])
        self.assertEqual(rows[1][2:], [DOCUMENTED, 'Youtube', '25947', '100', '100000000',
                                       '1', '1'])
        self.assertEqual(rows[2][4:], ['24866', '100', '10000000', '0', '1'])

    def test_each_filter_narrows_the_rows(self):
        self.assertEqual(self.ids(self.export('--search', 'LIFETIME')), ['26226'])
        self.assertEqual(self.ids(self.export('--search', 'real refill')),
                         ['3900', '3901', '26226'])
        self.assertEqual(self.ids(self.export('--refill', 'yes')), ['3900', '26226'])
        self.assertEqual(self.ids(self.export('--refill', 'no')), ['3901'])
        self.assertEqual(self.ids(self.export('--refill', 'any')), ['3900', '3901', '26226'])
        self.assertEqual(self.ids(self.export('--min-price', '20000', '--max-price', '25000')),
                         ['3901'])
        self.assertEqual(self.ids(self.export('--quantity', '50')), [])
        rows = self.export('--quantity', '50000000')
        self.assertEqual(self.ids(rows), ['3900'])
        self.assertIn('Cost', rows[0])
        self.assertEqual(rows[1][rows[0].index('Cost')], '1297350000')

    def test_active_only_drops_inactive_services(self):
        every = self.ids(self.export(category='quirky', stderr=[QUIRKY_SKIPPED]))
        active = self.ids(self.export('--active-only', category='quirky',
                                      stderr=[QUIRKY_SKIPPED]))
        self.assertIn('4103', every)
        self.assertNotIn('4103', active)
        self.assertEqual(len(active), len(every) - 1)

    def test_sorts_by_any_column_both_ways(self):
        self.assertEqual(self.ids(self.export('--sort', 'price')), ['26226', '3901', '3900'])
        self.assertEqual(self.ids(self.export('--sort', 'price:desc')), ['3900', '3901', '26226'])
        self.assertEqual(self.ids(self.export('--sort', 'id:desc')), ['26226', '3901', '3900'])
        self.assertEqual(self.ids(self.export('--sort', 'max:asc')), ['3901', '26226', '3900'])

    def test_writes_the_chosen_columns_in_order(self):
        rows = self.export('--columns', 'price,id,refill', '--sort', 'price')
        self.assertEqual(rows, [['Price / 1K', 'ID', 'Refill'], ['19028', '26226', '1'],
                                ['24866', '3901', '0'], ['25947', '3900', '1']])
        rows = self.export('--columns', 'id,refill,status', '--booleans', 'words')
        self.assertEqual(rows[1], ['3900', 'yes', 'yes'])

    def test_separators_and_byte_order_mark(self):
        target = os.path.join(self.tmp.name, 'prices.csv')
        for option, separator in ((',', ','), (';', ';'), ('tab', '\t')):
            done = self.run_app('--category', DOCUMENTED, '--export', target,
                                '--separator', option)
            self.assertEqual(done.returncode, 0, done.stderr.decode())
            self.assert_stderr(done, r'exported 3 of 3 services to ' + re.escape(target))
            data = read_bytes(target)
            self.assertTrue(data.startswith(b'\xef\xbb\xbfID' + separator.encode()))
            self.assertIn(b'\r\n', data)
            rows = list(csv.reader(io.StringIO(data.decode('utf-8-sig'), newline=''),
                                   delimiter=separator))
            self.assertEqual(self.ids(rows), ['3900', '3901', '26226'])

    def test_reads_a_saved_response(self):
        saved = os.path.join(os.path.dirname(FAKE_PANEL), '..', 'data', 'documented-example.json')
        done = self.run_app('--open', saved, '--export', '-', '--no-bom', '--sort', 'price',
                            api=False)
        self.assertEqual(done.returncode, 0, done.stderr.decode())
        self.assert_stderr(done)
        rows = list(csv.reader(io.StringIO(done.stdout.decode(), newline='')))
        self.assertEqual(self.ids(rows), ['26226', '3901', '3900'])

    def test_keeps_good_rows_and_warns_about_skipped_ones(self):
        done = self.run_app('--category', 'quirky', '--export', '-')
        self.assertEqual(done.returncode, 0)
        # Rows with null or absent text are kept, exported and stored: no other line.
        self.assert_stderr(done, QUIRKY_SKIPPED)
        self.assertIn(b'9007199254740993', done.stdout)
        self.assertIn(b'Nulls everywhere', done.stdout)
        self.assertIn(b'Only id, name and price', done.stdout)

    def test_the_row_ceiling_from_the_settings_keeps_the_first_rows_and_says_so(self):
        config, _ = self.settings_file('ceiling-config', b'[data]\nmaxRows=1000\n')
        env = dict(self.env, XDG_CONFIG_HOME=config)
        for category, rows, warned in (('many', 1000, True), (DOCUMENTED, 3, False)):
            done = subprocess.run([APP, '--api-url', self.api, '--category', category,
                                   '--export', '-', '--no-bom', '--columns', 'id'],
                                  capture_output=True, env=env, timeout=60)
            self.assertEqual(done.returncode, 0, done.stderr.decode())
            exported = list(csv.reader(io.StringIO(done.stdout.decode('utf-8'), newline='')))
            self.assertEqual(len(exported) - 1, rows)
            self.assert_stderr(done, *(['warning: .*past the limit of 1000 were not loaded.*']
                                       if warned else []))

    def settings_file(self, name, contents):
        """Makes a config folder `name` whose settings file holds `contents` (bytes), or is a
        folder (None); returns the value for XDG_CONFIG_HOME and the app's settings folder."""
        config = os.path.join(self.tmp.name, name)
        folder = os.path.join(config, 'smm-price-browser')
        os.makedirs(folder)
        path = os.path.join(folder, 'smm-price-browser.conf')
        if contents is None:
            os.makedirs(path)
        else:
            with open(path, 'wb') as file:
                file.write(contents)
        return config, folder

    def export_with_settings_file(self, name, contents):
        """Exports the documented example with a settings file as settings_file() makes it;
        returns the run and the settings folder."""
        config, folder = self.settings_file(name, contents)
        done = subprocess.run([APP, '--api-url', self.api, '--category', DOCUMENTED,
                               '--export', '-', '--no-bom', '--columns', 'id'],
                              capture_output=True, env=dict(self.env, XDG_CONFIG_HOME=config),
                              timeout=60)
        self.assertEqual(done.returncode, 0, done.stderr.decode())
        self.assertEqual(done.stdout, b'ID\r\n3900\r\n3901\r\n26226\r\n')
        return done, folder

    def test_a_damaged_settings_file_is_moved_aside_and_the_defaults_used(self):
        damaged = bytes(range(256)) * 4 + b'\n[data]\nmaxRows=1000\n'
        done, folder = self.export_with_settings_file('damaged-config', damaged)
        self.assert_stderr(done, 'warning: The settings file was damaged and has been moved to .*')
        kept = [name for name in os.listdir(folder) if '.damaged-' in name]
        self.assertEqual(len(kept), 1, os.listdir(folder))
        self.assertEqual(read_bytes(os.path.join(folder, kept[0])), damaged)

    def test_a_settings_file_from_a_newer_version_is_backed_up_and_used(self):
        newer = b'[General]\nformatVersion=99\nfutureKey=kept\n\n[data]\nmaxRows=1000\n'
        done, folder = self.export_with_settings_file('newer-config', newer)
        self.assert_stderr(done, 'warning: .*written by a newer version.*')
        copies = [name for name in os.listdir(folder) if '.newer-version-' in name]
        self.assertEqual(len(copies), 1, os.listdir(folder))
        self.assertEqual(read_bytes(os.path.join(folder, copies[0])), newer)
        self.assertIn(b'futureKey=kept',
                      read_bytes(os.path.join(folder, 'smm-price-browser.conf')))

    def test_an_unreadable_settings_file_is_reported_and_the_defaults_used(self):
        done, _ = self.export_with_settings_file('unreadable-config', None)
        self.assert_stderr(done, 'warning: .*cannot be read.*')

    def test_writes_into_a_pipe_without_replacing_it(self):
        # QSaveFile would rename a new file over the target: as root, over /dev/null too.
        fifo = os.path.join(self.tmp.name, 'export.fifo')
        os.mkfifo(fifo)
        reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
        try:
            done = self.run_app('--category', DOCUMENTED, '--export', fifo, '--no-bom',
                                '--columns', 'id')
            self.assertEqual(done.returncode, 0, done.stderr.decode())
            self.assert_stderr(done, r'exported 3 of 3 services to ' + re.escape(fifo))
            self.assertEqual(os.read(reader, 65536), b'ID\r\n3900\r\n3901\r\n26226\r\n')
        finally:
            os.close(reader)
        self.assertTrue(stat.S_ISFIFO(os.stat(fifo).st_mode))

    def test_a_failing_fetch_exits_non_zero_and_keeps_the_old_file(self):
        target = os.path.join(self.tmp.name, 'keep.csv')
        with open(target, 'wb') as old:
            old.write(b'old contents\r\n')
        for category, reason in (('html-500', 'HTTP 500'),
                                 ('status-false', 'Kategori tidak ditemukan'),
                                 ('truncated', 'closed')):
            done = self.run_app('--category', category, '--export', target)
            self.assertEqual(done.returncode, 1, category)
            self.assert_stderr(done, 'error: .*%s.*' % re.escape(reason))
            self.assertEqual(read_bytes(target), b'old contents\r\n')

    def unreachable_api(self):
        with socket.socket() as closed:
            closed.bind(('127.0.0.1', 0))
            return 'http://127.0.0.1:%d/smm' % closed.getsockname()[1]

    def test_compares_with_the_previous_fetch_and_adds_my_price(self):
        columns = ('--columns', 'id,price,change,my_price', '--markup', '10', '--price-step',
                   '100')
        first = self.export(*columns, category='changing-cli')
        self.assertEqual(first, [['ID', 'Price / 1K', 'Change', 'My price'],
                                 ['7001', '1000', '', '1100'], ['7002', '2000', '', '2200'],
                                 ['7003', '3000', '', '3300']])
        second = self.export(*columns, category='changing-cli')
        self.assertEqual(second[1:], [['7001', '1125', '12.5', '1300'],
                                      ['7002', '1940', '-3', '2200'],
                                      ['7004', '500', '', '600']])
        # The third fetch has the first prices again: 7001 fell 11.1%, 7002 rose 3.1%, 7003 is
        # back as new; ascending by change puts falls first and new services last.
        rows = self.export('--columns', 'id,change', '--sort', 'change', category='changing-cli')
        self.assertEqual(self.ids(rows), ['7001', '7002', '7003'])
        self.assertEqual(rows[1][1][:6], '-11.11')

    def test_offline_exports_the_stored_result(self):
        online = self.export('--columns', 'id,price', category='changing-offline')
        done = self.run_app('--category', 'changing-offline', '--export', '-', '--no-bom',
                            '--columns', 'id,price', '--offline', api=self.unreachable_api())
        self.assertEqual(done.returncode, 0, done.stderr.decode())
        self.assertEqual(list(csv.reader(io.StringIO(done.stdout.decode(), newline=''))), online)
        self.assert_stderr(done, r'offline: prices stored at 20\d\d-\d\d-\d\dT[\d:]+Z')

        done = self.run_app('--category', 'never-fetched', '--export', '-', '--offline')
        self.assertEqual(done.returncode, 1)
        self.assert_stderr(done, 'error: no prices of “never-fetched” are stored yet; .*')
        done = self.run_app('--open', 'x.json', '--export', '-', '--offline')
        self.assertEqual(done.returncode, 2)
        self.assert_stderr(done, r'error: --offline needs .*--help\)')

    def test_unreachable_panel_names_the_stored_result(self):
        self.export(category='changing-down')
        done = self.run_app('--category', 'changing-down', '--export', '-',
                            api=self.unreachable_api())
        self.assertEqual(done.returncode, 1)
        self.assert_stderr(done,
                           r'error: .*stored at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ .*--offline\)')
        done = self.run_app('--category', 'never-fetched-down', '--export', '-',
                            api=self.unreachable_api())
        self.assertEqual(done.returncode, 1)
        self.assert_stderr(done, r'error: [^(]*refused the connection\.[^(]*')

    def test_moves_a_damaged_history_aside_and_still_exports(self):
        data = tempfile.TemporaryDirectory()
        self.addCleanup(data.cleanup)
        folder = os.path.join(data.name, 'smm-price-browser', 'smm-price-browser')
        os.makedirs(folder)
        damaged = os.path.join(folder, 'history.sqlite')
        with open(damaged, 'wb') as file:
            file.write(b'not a database at all ' * 100)
        env = dict(self.env, XDG_DATA_HOME=data.name)
        done = subprocess.run([APP, '--api-url', self.api, '--category', DOCUMENTED, '--export',
                               '-', '--columns', 'id'], capture_output=True, env=env, timeout=60)
        self.assertEqual(done.returncode, 0, done.stderr.decode())
        self.assert_stderr(done, 'warning: The price history .* was damaged .*')
        moved = [name for name in os.listdir(folder) if name.startswith('history.sqlite.damaged-')]
        self.assertEqual(len(moved), 1)
        self.assertEqual(read_bytes(os.path.join(folder, moved[0])),
                         b'not a database at all ' * 100)
        # The new database recorded the fetch.
        done = subprocess.run([APP, '--category', DOCUMENTED, '--export', '-', '--offline'],
                              capture_output=True, env=env, timeout=60)
        self.assertEqual(done.returncode, 0, done.stderr.decode())
        self.assert_stderr(done, 'offline: prices stored at .*')

    def test_bad_options_exit_with_status_two(self):
        for args in (['--refill', 'maybe'], ['--sort', 'colour'], ['--columns', 'id,nope'],
                     ['--quantity', '-3'], ['--separator', '|'], ['--bogus'],
                     ['--markup', 'lots'], ['--markup', '-101'], ['--price-step', '-1'],
                     ['--rate', 'USD'], ['--rate', 'USD=-2'], ['--rate', 'US=1'],
                     ['--rate', 'USD=1,5'], ['--rate', 'USD=abc'], ['--api-style', 'v2'],
                     ['--key-env', 'K'], ['--panel', ' '], ['--panel', 'a', '--all-panels'],
                     ['--all-panels', '--open', 'x.json'], ['--list-panels']):
            done = self.run_app('--category', DOCUMENTED, '--export', '-', *args)
            self.assertEqual(done.returncode, 2, args)
            # The reason and where to read more, on one line.
            self.assert_stderr(done, r'error: .* \(see smm-price-browser --help\)')
        done = self.run_app('--export', '-')
        self.assertEqual(done.returncode, 2)
        self.assert_stderr(done, r'error: --export needs .*')
        for args in (['--add-panel', 'A'], ['--add-panel', ' ', '--api-url', self.api],
                     ['--add-panel', 'A', '--api-url', self.api, '--api-style', 'v3'],
                     ['--add-panel', 'A', '--api-url', self.api, '--key-env', 'NOT-A-NAME'],
                     ['--add-panel', 'A', '--api-url', self.api, '--api-style', 'kratos',
                      '--key-env', 'K'],
                     ['--remove-panel', 'A', '--list-panels'], ['--remove-panel', ''],
                     ['--add-panel', 'A', '--api-url', self.api, '--all-panels']):
            done = self.run_app(*args, api=False)
            self.assertEqual(done.returncode, 2, (args, done.stderr))
            self.assert_stderr(done, r'error: .*--.* \(see smm-price-browser --help\)')
        done = self.run_app('--category', DOCUMENTED, '--export', '-', '--api-url',
                            'file:///etc', api=False)
        self.assertEqual(done.returncode, 2)
        self.assert_stderr(done, r'error: --api-url: .*')

    def test_a_bad_command_line_needs_no_display_even_without_export(self):
        for args in (['--bogus'], ['--category'], ['--refill', 'maybe']):
            done = self.run_app(*args, api=False)
            self.assertEqual(done.returncode, 2, (args, done.stderr))
            self.assert_stderr(done, 'error: .*')
        done = self.run_app('--help-all', api=False)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assert_stderr(done)
        self.assertIn(b'--export', done.stdout)

    def test_the_timeout_from_the_settings_applies(self):
        config, _ = self.settings_file('timeout-config', b'[network]\ntimeoutMs=1000\n')
        done = subprocess.run([APP, '--api-url', self.api, '--category', 'slow', '--export', '-'],
                              capture_output=True, env=dict(self.env, XDG_CONFIG_HOME=config),
                              timeout=60)
        self.assertEqual(done.returncode, 1, done.stderr)
        # 'slow' says nothing at all for 3 s, not even its header.
        # One line: no Qt warning about reading the reply it closed.
        self.assert_stderr(done, 'error: .*No complete response header arrived from .*'
                                 'within 1 seconds.*')

    def test_the_deadline_from_the_settings_applies(self):
        config, _ = self.settings_file('deadline-config', b'[network]\ndeadlineMs=1500\n')
        done = subprocess.run([APP, '--api-url', self.api, '--category', 'drip', '--export', '-'],
                              capture_output=True, env=dict(self.env, XDG_CONFIG_HOME=config),
                              timeout=60)
        self.assertEqual(done.returncode, 1, done.stderr)
        self.assert_stderr(done, r'error: .*did not arrive within 1\.5 seconds.*')

    def test_a_bad_option_value_with_line_breaks_is_reported_on_one_line(self):
        # Found by fuzz_launchoptions: the quoted value used to split the reason over lines.
        plain = self.run_app('--category', DOCUMENTED, '--export', '-', '--refill', 'yess')
        done = self.run_app('--category', DOCUMENTED, '--export', '-', '--refill', 'y\nes\r')
        self.assertEqual(done.returncode, 2)
        self.assert_stderr(plain, 'error: --refill .*')
        self.assert_stderr(done, 'error: --refill .*')
        self.assertIn('y\ufffdes\ufffd'.encode(), done.stderr.splitlines()[0])

    def test_help_documents_every_option(self):
        done = self.run_app('--help', api=False)
        self.assertEqual(done.returncode, 0)
        self.assert_stderr(done)
        for option in ('--api-url', '--category', '--open', '--export', '--search', '--refill',
                       '--active-only', '--quantity', '--min-price', '--max-price', '--sort',
                       '--columns', '--separator', '--no-bom', '--offline', '--markup',
                       '--price-step', '--verbose', '--number-format', '--panel', '--all-panels',
                       '--rate', '--add-panel', '--api-style', '--key-env', '--remove-panel',
                       '--list-panels'):
            self.assertIn(option.encode(), done.stdout)
        for status in (b'0 on success', b'1 when', b'2 for', b'3 when'):
            self.assertIn(status, b' '.join(done.stdout.split()))

    def test_help_and_qt_errors_in_indonesian(self):
        # Qt's own part of --help and of the parser's errors comes from the app's qtbase_id.qm,
        # which the program must hold without its window's module.
        env = dict(self.env, LANGUAGE='id', LC_ALL='id_ID.UTF-8', LANG='id_ID.UTF-8')
        done = subprocess.run([APP, '--help'], capture_output=True, env=env, timeout=60)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertIn(b'Penggunaan: ', done.stdout)
        self.assertNotIn(b'Usage: ', done.stdout)
        done = subprocess.run([APP, '--no-such-option'], capture_output=True, env=env, timeout=60)
        self.assertEqual(done.returncode, 2)
        self.assert_stderr(done, r"error: Opsi 'no-such-option' tidak dikenal\. "
                                 r"\(lihat smm-price-browser --help\)")

    def test_rows_without_text_are_exported_and_stored(self):
        # Rows that leave out name, note, category, type or priceSatuan, send them null or as
        # another type: each is kept, and the fetch is stored with all its rows.
        columns = ('--columns', 'id,name,category,type,price_text,change')
        first = self.export(*columns, category='sparse-cli')
        self.assertEqual(len(first) - 1, 17)
        self.assertEqual(first[1], ['6000', '', 'sparse-cli', 'Youtube', '1', ''])
        self.assertEqual(first[6][:2], ['6005', ''])
        self.assertEqual({row[-1] for row in first[1:]}, {''})
        second = self.export(*columns, category='sparse-cli')
        self.assertEqual(self.ids(second), self.ids(first))
        self.assertEqual({row[-1] for row in second[1:]}, {'10'})
        done = self.run_app('--category', 'sparse-cli', '--export', '-', '--no-bom', *columns,
                            '--offline', api=self.unreachable_api())
        self.assertEqual(done.returncode, 0, done.stderr.decode())
        self.assert_stderr(done, r'offline: prices stored at [\dT:Z-]+')
        self.assertEqual(list(csv.reader(io.StringIO(done.stdout.decode(), newline=''))), second)

    def history_folder(self):
        """A data folder of its own; returns the environment using it and the history's path."""
        data = tempfile.TemporaryDirectory()
        self.addCleanup(data.cleanup)
        folder = os.path.join(data.name, 'smm-price-browser', 'smm-price-browser')
        os.makedirs(folder)
        return dict(self.env, XDG_DATA_HOME=data.name), os.path.join(folder, 'history.sqlite')

    def test_a_history_of_format_two_is_kept_as_the_built_in_panels(self):
        env, history = self.history_folder()
        with sqlite3.connect(history) as db:
            db.executescript("""
                CREATE TABLE fetch (id INTEGER PRIMARY KEY, category TEXT NOT NULL,
                                    fetched_at INTEGER NOT NULL);
                CREATE INDEX fetch_by_category ON fetch (category, fetched_at);
                CREATE TABLE service (fetch_id INTEGER NOT NULL REFERENCES fetch (id)
                    ON DELETE CASCADE, position INTEGER NOT NULL, service_id INTEGER NOT NULL,
                    name TEXT NOT NULL, category TEXT NOT NULL, type TEXT NOT NULL,
                    price REAL NOT NULL, min INTEGER NOT NULL, max INTEGER NOT NULL,
                    refill INTEGER NOT NULL, note TEXT NOT NULL DEFAULT '',
                    price_text TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1);
                CREATE INDEX service_by_fetch ON service (fetch_id, position);
                CREATE INDEX service_by_id ON service (service_id, fetch_id);
                INSERT INTO fetch VALUES (1, '%s', 1764151200000);
                INSERT INTO service VALUES (1, 0, 3900, 'Views', '%s', '', 25000, 100, 1000, 1,
                                            '', '', 1);
                INSERT INTO service VALUES (1, 1, 3901, '', '', '', 24000, 0, 0, 0, '', '', 0);
                PRAGMA user_version = 2;
            """ % (DOCUMENTED, DOCUMENTED))
        command = [APP, '--category', DOCUMENTED, '--export', '-', '--no-bom']
        done = subprocess.run(command + ['--api-url', self.unreachable_api(), '--offline',
                                         '--columns', 'id,price'],
                              capture_output=True, env=env, timeout=60)
        self.assertEqual(done.returncode, 0, done.stderr.decode())
        self.assert_stderr(done, r'offline: prices stored at 2025-11-26T10:00:00Z.*')
        self.assertEqual(done.stdout, b'ID,Price / 1K\r\n3900,25000\r\n3901,24000\r\n')
        # The next fetch is compared with the old rows, and stored beside them.
        done = subprocess.run(command + ['--api-url', self.api, '--columns', 'id,change'],
                              capture_output=True, env=env, timeout=60)
        self.assertEqual(done.returncode, 0, done.stderr.decode())
        rows = list(csv.reader(io.StringIO(done.stdout.decode(), newline='')))
        self.assertEqual([row[0] for row in rows[1:]], ['3900', '3901', '26226'])
        self.assertEqual(rows[1][1][:5], '3.788')
        with sqlite3.connect(history) as db:
            self.assertEqual(db.execute('PRAGMA user_version').fetchone(), (4,))
            self.assertEqual(db.execute('SELECT id, panel FROM fetch ORDER BY id').fetchall(),
                             [(1, ''), (2, '')])

    def test_a_fetch_that_cannot_be_stored_is_exported_with_status_three(self):
        target = os.path.join(self.tmp.name, 'not-stored.csv')
        command = [APP, '--api-url', self.api, '--category', DOCUMENTED, '--export', target,
                   '--columns', 'id', '--no-bom']
        # A history the app can read but whose writes fail.
        env, history = self.history_folder()
        done = subprocess.run(command, capture_output=True, env=env, timeout=60)
        self.assertEqual(done.returncode, 0, done.stderr.decode())
        with sqlite3.connect(history) as db:
            db.execute("CREATE TRIGGER refuse BEFORE INSERT ON fetch "
                       "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
        os.remove(target)
        done = subprocess.run(command, capture_output=True, env=env, timeout=60)
        self.assertEqual(done.returncode, 3, done.stderr.decode())
        self.assert_stderr(done, r'exported 3 of 3 services to ' + re.escape(target),
                           'error: the prices were exported but not stored in the price '
                           'history: .*refused by the test.*')
        self.assertEqual(read_bytes(target), b'ID\r\n3900\r\n3901\r\n26226\r\n')

        # A history written by a newer version is left alone: nothing of this fetch is stored
        # either, which is said once.
        env, history = self.history_folder()
        with sqlite3.connect(history) as db:
            db.execute('PRAGMA user_version = 99')
        before = read_bytes(history)
        os.remove(target)
        done = subprocess.run(command, capture_output=True, env=env, timeout=60)
        self.assertEqual(done.returncode, 3, done.stderr.decode())
        self.assert_stderr(done, r'exported 3 of 3 services to ' + re.escape(target),
                           'error: the prices were exported but not stored in the price '
                           'history: The price history .* was written by a newer version .*')
        self.assertEqual(read_bytes(target), b'ID\r\n3900\r\n3901\r\n26226\r\n')
        self.assertEqual(read_bytes(history), before)

    def test_qt_messages_stay_off_stderr_unless_asked_for(self):
        # Qt warns about a value it cannot restore while it reads the settings; the app says
        # instead that the file was damaged, and keeps it.
        damaged = b'[data]\nmaxRows=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x5junk)\n'
        qt_line = r'QVariant::load: unknown user type.*'
        moved = 'smm-price-browser: warning: The settings file was damaged and has been moved to .*'
        for name, extra, env in (('quiet', [], {}), ('verbose', ['--verbose'], {}),
                                 ('rules', [], {'QT_LOGGING_RULES': 'qt.network.ssl=false'})):
            config, folder = self.settings_file('qt-messages-' + name, damaged)
            done = subprocess.run([APP, '--open', os.path.join(os.path.dirname(FAKE_PANEL), '..',
                                                               'data', 'documented-example.json'),
                                   '--export', '-', '--columns', 'id', '--no-bom', *extra],
                                  capture_output=True, timeout=60,
                                  env=dict(self.env, XDG_CONFIG_HOME=config, **env))
            self.assertEqual(done.returncode, 0, done.stderr.decode())
            self.assertEqual(done.stdout, b'ID\r\n3900\r\n3901\r\n26226\r\n')
            lines = done.stderr.decode().splitlines()
            expected = [moved] if name == 'quiet' else [qt_line, moved]
            self.assertEqual(len(lines), len(expected), lines)
            for line, pattern in zip(lines, expected):
                self.assertRegex(line, '^' + pattern + '$')
            kept = [entry for entry in os.listdir(folder) if '.damaged-' in entry]
            self.assertEqual(len(kept), 1, os.listdir(folder))
            self.assertEqual(read_bytes(os.path.join(folder, kept[0])), damaged)


if __name__ == '__main__':
    APP, FAKE_PANEL = headlesscase.configure()
    headlesscase.main()
