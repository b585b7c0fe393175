# SPDX-License-Identifier: MIT
"""What the headless CLI tests share: the fake panel on 127.0.0.1 for a whole test class, the
program run without a display on private config and data folders, and stderr checked line by
line, so a line no test expects (Qt's own messages, a second line about one problem) fails."""
import os
import re
import subprocess
import sys
import tempfile
import unittest

APP = FAKE_PANEL = None


def read_bytes(path):
    with open(path, 'rb') as file:
        return file.read()


def start_v2(script, *args):
    """Runs the fake standard-API panel `script` with `args`: (process, output drain, address)."""
    panel = subprocess.Popen([sys.executable, script] + list(args),
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    port = panel.stdout.readline().split()[1]
    drain = subprocess.Popen(['cat'], stdin=panel.stdout, stdout=subprocess.DEVNULL)
    return panel, drain, 'http://127.0.0.1:%s/api/v2' % port


class HeadlessCase(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.panel = subprocess.Popen([sys.executable, FAKE_PANEL], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        port = cls.panel.stdout.readline().split()[1]
        cls.api = 'http://127.0.0.1:%s/smm' % port
        # Drains the REQUEST lines, so the panel never blocks on a full pipe.
        cls.drain = subprocess.Popen(['cat'], stdin=cls.panel.stdout, stdout=subprocess.DEVNULL)
        cls.tmp = tempfile.TemporaryDirectory()
        # No display at all: the export must not need one.
        cls.env = {k: v for k, v in os.environ.items()
                   if k not in ('DISPLAY', 'WAYLAND_DISPLAY', 'QT_QPA_PLATFORM')}
        cls.env['XDG_CONFIG_HOME'] = os.path.join(cls.tmp.name, 'config')
        # The price history goes to $XDG_DATA_HOME/<organization>/<application>/.
        cls.env['XDG_DATA_HOME'] = os.path.join(cls.tmp.name, 'data')

    @classmethod
    def tearDownClass(cls):
        cls.panel.stdin.close()
        cls.panel.wait(10)
        cls.drain.wait(10)
        cls.panel.stdout.close()
        cls.tmp.cleanup()

    def run_app(self, *args, api=True, config=None, stdout=subprocess.PIPE):
        """Runs the program with `args`, against the fake panel unless `api` says otherwise
        (False: no --api-url), with the settings of `config` (an XDG_CONFIG_HOME) if given."""
        command = [APP] + (['--api-url', self.api if api is True else api] if api else [])
        command += list(args)
        env = dict(self.env, XDG_CONFIG_HOME=config) if config else self.env
        return subprocess.run(command, stdout=stdout, stderr=subprocess.PIPE, env=env,
                              timeout=60)

    def assert_stderr(self, done, *expected):
        """Asserts that stderr is exactly the lines `expected`, each a regular expression for the
        whole line after the program's name."""
        lines = done.stderr.decode('utf-8', 'replace').splitlines()
        self.assertEqual(len(lines), len(expected), '\n'.join(lines))
        for line, pattern in zip(lines, expected):
            self.assertRegex(line, '^smm-price-browser: (?:%s)$' % pattern)


def configure():
    """Reads `<test>.py APP FAKE_PANEL_SCRIPT` and returns the two paths."""
    global APP, FAKE_PANEL
    APP, FAKE_PANEL = sys.argv[1], sys.argv[2]
    return APP, FAKE_PANEL


def main():
    unittest.main(module='__main__', argv=sys.argv[:1], verbosity=2)
