#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""SMM_EXIT_AFTER_FIRST_PAINT=1, which the startup benchmark relies on: the real binary quits
by itself once its window is painted, and keeps running without the variable,
opening the price history after its first paint.
usage: test_exit_after_first_paint.py APP"""
import os
import subprocess
import sys
import tempfile
import time
import unittest

APP = None


class ExitAfterFirstPaintTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)
        home = self.tmp.name
        self.env = {k: v for k, v in os.environ.items()
                    if k not in ('DISPLAY', 'WAYLAND_DISPLAY', 'SMM_EXIT_AFTER_FIRST_PAINT')}
        self.env.update(QT_QPA_PLATFORM='offscreen', HOME=home,
                        XDG_CONFIG_HOME=os.path.join(home, 'config'),
                        XDG_DATA_HOME=os.path.join(home, 'data'),
                        XDG_CACHE_HOME=os.path.join(home, 'cache'),
                        # Nothing listens there: the catalog request fails without leaving
                        # this computer.
                        SMM_PRICE_API_URL='http://127.0.0.1:9/smm')

    def start_with_hook(self):
        started = time.monotonic()
        done = subprocess.run([APP], env=dict(self.env, SMM_EXIT_AFTER_FIRST_PAINT='1'),
                              capture_output=True, timeout=60)
        self.assertEqual(done.returncode, 0, done.stderr.decode())
        return time.monotonic() - started

    def test_quits_after_the_first_paint(self):
        self.start_with_hook()
        # It quit like a user closing the window, which saves the window's state.
        self.assertTrue(os.path.exists(os.path.join(
            self.tmp.name, 'config', 'smm-price-browser', 'smm-price-browser.conf')))

    def test_keeps_running_without_the_variable(self):
        # Well past the time the hooked start took to paint and quit.
        moment = max(3.0, 3 * self.start_with_hook())
        app = subprocess.Popen([APP], env=self.env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
        try:
            with self.assertRaises(subprocess.TimeoutExpired):
                app.wait(moment)
            # The start-up work left until after the first paint has run.
            self.assertTrue(os.path.exists(os.path.join(
                self.tmp.name, 'data', 'smm-price-browser', 'smm-price-browser',
                'history.sqlite')))
        finally:
            app.kill()
            app.wait()


if __name__ == '__main__':
    APP = sys.argv[1]
    unittest.main(argv=sys.argv[:1], verbosity=2)
