"""Helpers for the community panel tests: a dock in a stand-in QGIS window,
settings pointed at a test content URL, and waiting for the panel."""

from contextlib import contextmanager

from qgis.PyQt.QtCore import QEventLoop, Qt, QTimer

from support import environment  # noqa: F401 - the community tests take it from here
from support.iface import StandInIface


@contextmanager
def without_panel(dock, attribute):
    """The dock as in a version without that panel (whether this one has it or not)."""
    missing = object()
    saved = getattr(dock, attribute, missing)
    setattr(dock, attribute, None)
    try:
        yield
    finally:
        if saved is missing:
            delattr(dock, attribute)
        else:
            setattr(dock, attribute, saved)


def without_catalogue(dock):
    return without_panel(dock, "catalog_panel")


def wait_until(condition, signal, bound_ms=30000):
    """Run the event loop until ``condition()`` holds, checked each time
    ``signal`` fires; the timer is only a safety bound."""
    if condition():
        return True
    loop = QEventLoop()

    def check(*_args):
        if condition():
            loop.quit()

    signal.connect(check)
    QTimer.singleShot(bound_ms, loop.quit)
    loop.exec_()
    signal.disconnect(check)
    return condition()


def make_dock(clock=None):
    """A dock in a shown stand-in QGIS main window; the community tab not shown yet."""
    from datagrandest_plugin.gui.dock import DataGrandEstDock

    iface = StandInIface()
    dock = DataGrandEstDock(iface, iface.mainWindow())
    if clock is not None:
        dock.community_panel.clock = clock
    iface.addDockWidget(Qt.RightDockWidgetArea, dock)
    iface.mainWindow().resize(1200, 900)
    iface.mainWindow().show()
    return iface, dock


def close_dock(iface, dock):
    dock.shutdown()
    iface.removeDockWidget(dock)
    dock.deleteLater()
    iface.mainWindow().close()


class Loads:
    """Records each content load the panel shows."""

    def __init__(self, panel):
        self.panel = panel
        self.items = []
        panel.content_shown.connect(self.items.append)

    def wait(self, count, bound_ms=30000):
        assert wait_until(lambda: len(self.items) >= count, self.panel.content_shown, bound_ms), \
            f"only {len(self.items)} load(s) shown"
        return self.items[count - 1]

    def refresh(self):
        """Force a download and wait for its result."""
        before = len(self.items)
        self.panel.refresh(force=True)
        return self.wait(before + 1)
