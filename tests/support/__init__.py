"""Helpers shared by the test suites."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args, env=None, timeout=120):
    """Run ``python -m datagrandest_plugin`` as a user would, with QGIS's Python."""
    import subprocess

    environment = dict(os.environ)
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "datagrandest_plugin", *args],
        cwd=str(ROOT),
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def dispose(widget):
    """Close and delete a top-level widget now: one shown and left to the interpreter's exit is
    destroyed after the QApplication, which crashes Qt."""
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    if hasattr(widget, "cancel"):
        widget.cancel()
    manager = QgsApplication.taskManager()
    if manager.countActiveTasks():  # a task still running when Python exits crashes it too
        loop = QEventLoop()
        manager.allTasksFinished.connect(loop.quit)
        QTimer.singleShot(30000, loop.quit)  # a bound, not a wait
        if manager.countActiveTasks():
            loop.exec_()
        manager.allTasksFinished.disconnect(loop.quit)
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
