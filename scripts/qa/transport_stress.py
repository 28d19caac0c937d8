"""Stress the plugin's network path inside a headless QGIS.

Six ``QgsTask`` workers fetch in a loop through the plugin's QGIS transport
(good answers, slow ones, dripping ones that hit the deadline, refused
connections, cancels) while the GUI thread builds, searches in and destroys a
catalogue panel every 20 ms. At the end the run is torn down with requests
in flight, as when QGIS quits. Exit 0 and a last line ``stress: ok …`` when
QGIS held; any crash, hang or leak fails the run (the caller bounds it).

    python scripts/qa/transport_stress.py --seconds 15
"""

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path[:0] = [str(ROOT / "scripts" / d) for d in ("platform", "qa", "release", "demo", "bench")]
sys.path.insert(0, str(ROOT / "tests"))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DGE_ALLOWED_HOSTS"] = "127.0.0.1,localhost"
os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"
PROFILE = tempfile.mkdtemp(prefix="dge-stress-")
os.environ["QGIS_CUSTOM_CONFIG_PATH"] = PROFILE
os.environ["XDG_CONFIG_HOME"] = os.path.join(PROFILE, "config")
os.environ["DGE_CACHE_DIR"] = os.path.join(PROFILE, "cache")
os.environ["DGE_DATA_DIR"] = os.path.join(PROFILE, "data")
os.environ.setdefault("XDG_RUNTIME_DIR", PROFILE)

WORKERS = 6


def start_fault_server():
    """The fault server in its own process, as a remote server would be."""
    process = subprocess.Popen([sys.executable, str(ROOT / "scripts" / "qa" / "fault_server.py")],
                               stdout=subprocess.PIPE, text=True)
    return process, process.stdout.readline().strip()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--platform", action="store_true",
                        help="search the local platform's catalogues (started, or reused from $DGE_PLATFORM_URLS)")
    args = parser.parse_args(argv)

    server, base = start_fault_server()
    platform = None
    os.environ["DGE_CSW_URL"] = base + "/ok.xml"
    os.environ["DGE_D4C_URL"] = base + "/ok.json"
    try:
        if args.platform:
            from local_platform import reuse_or_start_platform

            platform = reuse_or_start_platform(ROOT / "build" / "test-platform")
            os.environ["DGE_CSW_URL"] = platform.urls["csw_url"]
            os.environ["DGE_D4C_URL"] = platform.urls["d4c_url"]
        return run(args.seconds, base)
    finally:
        if platform is not None:
            platform.stop()
        server.terminate()
        server.wait(10)


def run(seconds, base):
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer

    app = QgsApplication([b"stress"], True, PROFILE)
    QgsApplication.setPrefixPath("/usr", True)
    app.initQgis()

    from support.iface import StandInIface

    from datagrandest_plugin.core.errors import Cancelled, DgeError
    from datagrandest_plugin.core.net.transport import HttpRequest, default_transport
    from datagrandest_plugin.core.net.transport import shutdown_transports
    from datagrandest_plugin.core.net.transport.qgis_transport import install

    install()  # as the plugin does on QGIS's first turn
    from datagrandest_plugin.gui.catalog.panel import CatalogPanel
    from datagrandest_plugin.toolbelt.tasks import CoreTask, start_task

    threads_before = threading.active_count()
    stop = threading.Event()
    counts = {"answers": 0, "errors": 0, "cancelled": 0, "panels": 0}
    lock = threading.Lock()
    paths = ["/ok.xml", "/etag", "/404", "/truncated", "/drip", "/302-ok", "/hang", "/huge"]

    def work(task):
        transport = default_transport(timeout=0.6, max_bytes=4 * 1024 * 1024)
        i = 0
        while not stop.is_set() and not task.isCanceled():
            path = paths[i % len(paths)] if i % 3 else "/ok.xml"
            port_refused = i % 11 == 0
            url = "http://127.0.0.1:1/" if port_refused else base + path
            i += 1
            try:
                transport.fetch(HttpRequest(url=url), task)
                key = "answers"
            except Cancelled:
                key = "cancelled"
            except DgeError:
                key = "errors"
                if i % 5 == 0:  # a task that fails keeps its error (and its traceback) until QGIS drops it
                    with lock:
                        counts[key] += 1
                    raise
            with lock:
                counts[key] += 1
        return i

    iface = StandInIface()
    tasks = []

    def launch():
        task = start_task(CoreTask(f"stress {len(tasks)}", work))
        task.taskTerminated.connect(lambda: None if stop.is_set() else launch())
        tasks.append(task)

    for _ in range(WORKERS):
        launch()
    panels = []

    def churn():
        if panels:
            old = panels.pop(0)
            old.shutdown()
            old.deleteLater()
        panel = CatalogPanel(iface)
        panel.search("ocs")
        panel.show()
        panels.append(panel)
        counts["panels"] += 1

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(churn)
    timer.start()
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec_()
    timer.stop()

    # Teardown with requests in flight, as QGIS quitting: no wait for the tasks.
    torn = time.monotonic()
    stop.set()
    QgsApplication.taskManager().cancelAll()
    for panel in panels:
        panel.shutdown()
        panel.deleteLater()
    shutdown_transports()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    iface.mainWindow().deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    app.exitQgis()  # QGIS quitting: its task manager cancels the tasks and waits for them
    teardown = time.monotonic() - torn
    threads_after = threading.active_count()
    problems = []
    if teardown > 5:
        problems.append(f"QGIS took {teardown:.1f} s to quit with requests in flight")
    if threads_after > threads_before:
        problems.append(f"{threads_after - threads_before} Python thread(s) leaked")
    if counts["answers"] == 0:
        problems.append("no answer at all")
    summary = " ".join(f"{k}={v}" for k, v in counts.items())
    if problems:
        print("stress: FAILED " + "; ".join(problems) + " " + summary, flush=True)
        return 1
    print(f"stress: ok {summary} teardown={teardown:.2f}s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
