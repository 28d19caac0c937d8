"""Peak memory of one download through a plugin transport, in a process of its own.

    python scripts/qa/memory_probe.py --transport qgis|requests --url URL --limit-mb 64

Prints one JSON line: the resident memory before the download, the peak during it
(Linux's VmHWM, reset just before), both in bytes, and the error's class name.
"""

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def status_bytes(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(field)


def reset_peak():
    Path("/proc/self/clear_refs").write_text("5")  # Linux: VmHWM starts again from VmRSS


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--transport", choices=("qgis", "requests"), required=True)
    parser.add_argument("--url", required=True)
    parser.add_argument("--limit-mb", type=int, default=64)
    args = parser.parse_args(argv)
    limit = args.limit_mb * 1024 * 1024

    from datagrandest_plugin.core.errors import DgeError
    from datagrandest_plugin.core.i18n import tr
    from datagrandest_plugin.core.net.transport import HttpRequest

    tr("")  # the first sentence looks Qt up (QGIS has it loaded already): not a cost of the answer

    outcome = {}

    def download(feedback=None):
        try:
            response = transport.fetch(HttpRequest(url=args.url), feedback)
            outcome["error"] = None
            outcome["size"] = len(response.content)
        except DgeError as error:
            outcome["error"] = type(error).__name__

    if args.transport == "requests":
        from datagrandest_plugin.core.net.transport.requests_transport import RequestsTransport

        transport = RequestsTransport(timeout=60, max_bytes=limit)
        before = status_bytes("VmRSS")
        reset_peak()
        download()
    else:
        from qgis.core import QgsApplication
        from qgis.PyQt.QtCore import QEventLoop, QTimer

        app = QgsApplication([b"probe"], False)
        app.initQgis()
        from datagrandest_plugin.core.net.transport.qgis_transport import QgisTransport
        from datagrandest_plugin.toolbelt.tasks import CoreTask, start_task

        transport = QgisTransport(timeout=60, max_bytes=limit)
        loop = QEventLoop()
        task = CoreTask("probe", lambda task: download(task))
        task.taskCompleted.connect(loop.quit)
        task.taskTerminated.connect(loop.quit)
        before = status_bytes("VmRSS")
        reset_peak()
        start_task(task)
        QTimer.singleShot(120000, loop.quit)  # a bound, not a wait
        loop.exec_()
    outcome.update(before=before, peak=status_bytes("VmHWM"), limit=limit)
    print(json.dumps(outcome), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
