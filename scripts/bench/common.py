"""Shared pieces of the benchmarks: the machine, medians, a main-loop watch."""

import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for extra in (ROOT, *(ROOT / "scripts" / d for d in ("platform", "qa", "release", "demo")), ROOT / "tests"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))


def machine() -> dict:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{kib / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    from qgis.core import Qgis

    return {"cpu": cpu, "cores": os.cpu_count(), "memory": memory, "python": platform.python_version(),
            "qgis": Qgis.QGIS_VERSION, "system": platform.platform()}


def median(values):
    return statistics.median(values) if values else float("nan")


def percentile(values, fraction):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, int(round(fraction * (len(ordered) - 1)))))
    return ordered[index]


_APP = []


def qgis_app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    if _APP:
        return _APP[0]
    app = QgsApplication.instance()
    if app is None:
        import tempfile

        app = QgsApplication([b"bench"], True, tempfile.mkdtemp(prefix="dge-bench-profile-"))
        QgsApplication.setPrefixPath("/usr", True)
        app.initQgis()
    _APP.append(app)  # a QgsApplication collected by Python takes QGIS down with it
    return app


class MainLoopWatch:
    """Longest gap between two turns of the Qt main loop while it runs."""

    def __init__(self, interval_ms: int = 1):
        from qgis.PyQt.QtCore import QTimer

        self.ticks = []
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def __enter__(self):
        self.ticks = [time.perf_counter()]
        self.timer.start()
        return self

    def __exit__(self, *exc):
        self.timer.stop()
        self.ticks.append(time.perf_counter())

    @property
    def longest_gap_ms(self) -> float:
        return max((b - a for a, b in zip(self.ticks, self.ticks[1:])), default=0.0) * 1000.0


def wait_signal(signal, bound_ms=60000):
    """Run the main loop until ``signal`` (or the bound)."""
    from support.qt import wait_for

    return wait_for(signal, bound_ms)


def spin(seconds: float):
    """Let the main loop run for a while (the blocking reference needs ticks around it)."""
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec_()
