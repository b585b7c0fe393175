#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Many headless exports at once into one price history, as a cron job beside the window and a
second export make them: every fetch is stored, none waits forever, none prints a warning.
usage: test_history_concurrency.py APP FAKE_PANEL_SCRIPT"""
import os
import re
import sqlite3
import subprocess
import tempfile

import headlesscase

APP = FAKE_PANEL = None


class HistoryConcurrencyTest(headlesscase.HeadlessCase):
    def setUp(self):
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        self.tmp = tmp.name
        config = os.path.join(self.tmp, 'config', 'smm-price-browser')
        os.makedirs(config)
        # 200,000 services are about 35 MB, past the default response cap.
        with open(os.path.join(config, 'smm-price-browser.conf'), 'w') as file:
            file.write('[network]\nmaxResponseBytes=134217728\n')
        # An empty data folder for each test, not the class's.
        self.env = dict(self.env, XDG_CONFIG_HOME=os.path.join(self.tmp, 'config'),
                        XDG_DATA_HOME=os.path.join(self.tmp, 'data'))
        self.history = os.path.join(self.tmp, 'data', 'smm-price-browser', 'smm-price-browser',
                                    'history.sqlite')
        self.runs = 0

    def start(self, category, *args):
        """Starts an export of `category` into a CSV file of its own; returns the process and
        the file."""
        self.runs += 1
        target = os.path.join(self.tmp, 'export-%d.csv' % self.runs)
        process = subprocess.Popen([APP, '--api-url', self.api, '--category', category,
                                    '--export', target, *args], env=self.env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        return process, target

    def finish(self, started, *expected):
        """Waits for every export; each must exit 0 with exactly the stderr lines `expected`
        (regular expressions, formatted with the CSV file's name and the count)."""
        for (process, target), count in started:
            _, stderr = process.communicate(timeout=240)
            lines = stderr.decode('utf-8', 'replace').splitlines()
            self.assertEqual(process.returncode, 0, lines)
            self.assertEqual(len(lines), len(expected), lines)
            for line, pattern in zip(lines, expected):
                self.assertRegex(line, '^smm-price-browser: (?:%s)$'
                                 % pattern.format(file=re.escape(target), count=count))

    def stored(self):
        """(category, number of services) of every stored fetch, sorted."""
        with sqlite3.connect(self.history) as db:
            return sorted(db.execute('SELECT fetch.category, count(service.fetch_id) FROM fetch '
                                     'LEFT JOIN service ON service.fetch_id = fetch.id '
                                     'GROUP BY fetch.id').fetchall())

    def test_every_fetch_of_many_writers_and_readers_at_once_is_stored(self):
        exported = r'exported {count} of {count} services to {file}'
        self.finish([(self.start('bulk:1000'), 1000)], exported)
        started = [(self.start('bulk:20000'), 20000) for _ in range(8)]
        started.append((self.start('bulk:200000'), 200000))
        readers = [(self.start('bulk:1000', '--offline'), 1000) for _ in range(3)]
        self.finish(started, exported)
        self.finish(readers, r'offline: prices stored at [\dT:Z-]+', exported)
        self.assertEqual(self.stored(), [('bulk:1000', 1000)] + [('bulk:20000', 20000)] * 8
                         + [('bulk:200000', 200000)])

    def test_first_runs_at_once_share_one_new_history(self):
        # Which run loses the race depends on timing: a few empty folders make losing likely.
        for attempt in range(4):
            data = os.path.join(self.tmp, 'data-%d' % attempt)
            self.env['XDG_DATA_HOME'] = data
            self.history = os.path.join(data, 'smm-price-browser', 'smm-price-browser',
                                        'history.sqlite')
            started = [(self.start('numbered:%d' % i), 1) for i in range(1, 13)]
            self.finish(started, r'exported 1 of 1 service to {file}')
            self.assertEqual(self.stored(), sorted(('numbered:%d' % i, 1) for i in range(1, 13)))

if __name__ == '__main__':
    APP, FAKE_PANEL = headlesscase.configure()
    headlesscase.main()
