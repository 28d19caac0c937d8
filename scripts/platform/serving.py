"""How each server of the local platform runs: it says where it listens in a port file (written
whole, then renamed, so the starter never reads half of it) and serves until SIGTERM or ^C."""

import json
import os
import signal
import threading
from pathlib import Path


def serve_until_stopped(httpd, port_file: Path, where: dict) -> int:
    def stop(*_):
        threading.Thread(target=httpd.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    tmp = port_file.with_suffix(".tmp")
    tmp.write_text(json.dumps({**where, "pid": os.getpid()}))
    tmp.replace(port_file)
    httpd.serve_forever(poll_interval=0.2)
    httpd.server_close()
    return 0
