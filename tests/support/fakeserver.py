# SPDX-License-Identifier: MIT
"""What every fake server of the tests does around its handler: serve on a thread, announce the
port, and stop when the test closes stdin (which is also what stops it when the test crashes)."""

import os
import signal
import sys
import threading


def serve_until_stdin_closes(server):
    """Serves `server` (which has a thread-safe write_line(bytes)) until stdin reaches EOF or
    SIGTERM/SIGINT arrives, after writing "PORT n"; then exits the process."""
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())

    def watch_stdin():
        try:
            while os.read(sys.stdin.fileno(), 4096):
                pass
        except OSError:
            pass
        stop.set()

    threading.Thread(target=watch_stdin, daemon=True).start()
    threading.Thread(target=server.serve_forever, args=(0.1,), daemon=True).start()
    server.write_line(b'PORT %d' % server.server_address[1])
    while not stop.wait(0.2):
        pass
    server.shutdown()
    server.server_close()
    sys.stdout.flush()
    # Handler threads may still be streaming or sleeping; they are daemons, so leave at once
    # instead of letting interpreter shutdown race with them.
    os._exit(0)
