#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""`--alerts`: a headless fetch compared with the one stored before prints one tab-separated line
per alert on stdout and exits 4 when there is one, 0 when none. Uses the fake panel's
'alerting...' categories: the first two fetches of a name are the same, the third changes each
watched field once, the fourth is the same as the third.
usage: test_alerts.py APP FAKE_PANEL_SCRIPT"""
import datetime
import json
import os
import subprocess
import tempfile

import headlesscase

APP = FAKE_PANEL = None

# (service id, kind, old value, new value) with the default rules.
DEFAULT_ALERTS = {
    ('7101', 'price_up', '1000', '1125'),
    ('7103', 'removed', '3000', ''),
    ('7105', 'inactive', '1', '0'),
    ('7106', 'min_changed', '100', '200'),
    ('7107', 'max_changed', '10000', '20000'),
    ('7108', 'refill_changed', '1', '0'),
}


class AlertsTest(headlesscase.HeadlessCase):
    def setUp(self):
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        self.tmp = tmp.name
        self.config = os.path.join(self.tmp, 'config')
        os.makedirs(os.path.join(self.config, 'smm-price-browser'))
        # A history of its own for each test.
        self.env = dict(self.env, XDG_CONFIG_HOME=self.config,
                        XDG_DATA_HOME=os.path.join(self.tmp, 'data'))

    def write_settings(self, text):
        with open(os.path.join(self.config, 'smm-price-browser', 'smm-price-browser.conf'),
                  'w') as file:
            file.write(text)

    def alerts(self, done):
        """The alert lines of stdout, each split into its seven fields; checks the time."""
        lines = done.stdout.decode('utf-8').splitlines()
        fields = [line.split('\t') for line in lines]
        for line in fields:
            self.assertEqual(len(line), 7, line)
            time = datetime.datetime.strptime(line[0], '%Y-%m-%dT%H:%M:%SZ')
            age = datetime.datetime.utcnow() - time
            self.assertLess(abs(age.total_seconds()), 120, line)
        return fields

    def fetch(self, category, *args, expected=0):
        done = self.run_app('--category', category, '--alerts', *args)
        self.assertEqual(done.returncode, expected, done.stderr.decode())
        return done

    def test_each_rule_fires_once_per_change(self):
        for _ in range(2):  # the first fetch, then an unchanged one
            done = self.fetch('alerting-once')
            self.assertEqual(done.stdout, b'')
            self.assert_stderr(done)
        done = self.fetch('alerting-once', expected=4)
        self.assert_stderr(done)
        alerts = self.alerts(done)
        self.assertEqual({tuple(line[3:]) for line in alerts}, DEFAULT_ALERTS)
        self.assertEqual(len(alerts), len(DEFAULT_ALERTS))
        self.assertEqual({(line[1], line[2]) for line in alerts}, {('', 'alerting-once')})
        done = self.fetch('alerting-once')
        self.assertEqual(done.stdout, b'')

    def test_the_rules_of_the_settings_apply(self):
        rules = {'global': {'priceDownPercent': 20, 'newServices': True, 'removed': False},
                 'categories': {'alerting-quiet': {'priceUpPercent': None, 'inactive': False,
                                                   'minMaxChanged': False,
                                                   'refillChanged': False, 'removed': False}}}
        self.write_settings('[alerts]\nrules="%s"\n'
                            % json.dumps(rules).replace('\\', '\\\\').replace('"', '\\"'))
        for category in ('alerting-rules', 'alerting-quiet'):
            self.fetch(category)
            self.fetch(category)
        done = self.fetch('alerting-rules', expected=4)
        self.assertEqual({tuple(line[3:]) for line in self.alerts(done)},
                         (DEFAULT_ALERTS - {('7103', 'removed', '3000', '')})
                         | {('7109', 'price_down', '4000', '3000'),
                            ('7104', 'new_service', '', '500')})
        # Its own rule watches nothing that changed.
        self.assertEqual(self.fetch('alerting-quiet').stdout, b'')

    def test_fields_never_hold_a_tab_or_a_line_break(self):
        name = 'alerting\todd\nname'
        self.fetch(name)
        self.fetch(name)
        alerts = self.alerts(self.fetch(name, expected=4))
        self.assertEqual({line[2] for line in alerts}, {'alerting odd name'})

    def test_the_csv_export_still_works_alongside(self):
        target = os.path.join(self.tmp, 'prices.csv')
        for _ in range(2):
            self.fetch('alerting-export', '--export', target)
        done = self.fetch('alerting-export', '--export', target, expected=4)
        self.assert_stderr(done, 'exported 8 of 8 services to .*prices.csv')
        self.assertEqual(len(self.alerts(done)), len(DEFAULT_ALERTS))
        with open(target, encoding='utf-8-sig') as file:
            self.assertEqual(len(file.read().splitlines()), 9)

    def test_two_processes_never_report_one_change_twice(self):
        self.fetch('alerting-two')
        self.fetch('alerting-two')
        command = [APP, '--api-url', self.api, '--category', 'alerting-two', '--alerts']
        runs = [subprocess.Popen(command, env=self.env, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE) for _ in range(2)]
        results = [run.communicate(timeout=60) + (run.returncode,) for run in runs]
        self.assertEqual(sorted(status for _, _, status in results), [0, 4],
                         [stderr for _, stderr, _ in results])
        lines = b''.join(stdout for stdout, _, _ in results).decode().splitlines()
        self.assertEqual({tuple(line.split('\t')[3:]) for line in lines}, DEFAULT_ALERTS)
        self.assertEqual(len(lines), len(DEFAULT_ALERTS))

    def test_saved_runs_every_saved_category(self):
        self.write_settings('[categories]\nsaved=alerting-s1, alerting-s2\n')
        for _ in range(2):
            done = self.run_app('--alerts', '--saved')
            self.assertEqual(done.returncode, 0, done.stderr.decode())
        done = self.run_app('--alerts', '--saved')
        self.assertEqual(done.returncode, 4, done.stderr.decode())
        self.assert_stderr(done)
        alerts = self.alerts(done)
        self.assertEqual(sorted({line[2] for line in alerts}), ['alerting-s1', 'alerting-s2'])
        self.assertEqual(len(alerts), 2 * len(DEFAULT_ALERTS))

    def test_saved_without_saved_categories_is_a_bad_command_line(self):
        done = self.run_app('--alerts', '--saved')
        self.assertEqual(done.returncode, 2)
        self.assert_stderr(done, 'error: --saved: no category is saved.*')

    def test_bad_combinations_are_refused(self):
        for args in (['--alerts'], ['--alerts', '--category', 'a', '--export', '-'],
                     ['--alerts', '--open', 'x.json'],
                     ['--alerts', '--category', 'a', '--offline', '--export', 'x.csv'],
                     ['--saved', '--category', 'a'],
                     ['--alerts', '--saved', '--category', 'a'],
                     ['--alerts', '--saved', '--export', 'x.csv'],
                     ['--alerts', '--list-panels']):
            done = self.run_app(*args)
            self.assertEqual(done.returncode, 2, args)
            self.assertEqual(done.stdout, b'', args)
            self.assert_stderr(done, r'.* \(see smm-price-browser --help\)')

    def test_help_names_every_kind_and_exit_status_four(self):
        done = self.run_app('--help', api=False)
        text = ' '.join(done.stdout.decode().split())
        for kind in ('price_up', 'price_down', 'removed', 'inactive', 'min_changed',
                     'max_changed', 'refill_changed', 'new_service', 'low_balance'):
            self.assertIn(kind, text)
        self.assertIn('4 when all went well and --alerts found at least one alert', text)


if __name__ == '__main__':
    APP, FAKE_PANEL = headlesscase.configure()
    headlesscase.main()
