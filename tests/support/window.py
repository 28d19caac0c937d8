"""The plugin in a QGIS main window (the stand-in iface over real widgets), driven as a person does."""

from contextlib import contextmanager

from qgis.PyQt.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer

from support.iface import StandInIface


def flush_deletes():
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def settle(ms=0):
    """Let queued events (layouts, deferred slots) run, without waiting for anything remote."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec_()


@contextmanager
def plugin_window(width=1280, height=720, iface=None):
    """QGIS's main window at ``width``×``height`` with the plugin started and its dock shown;
    yields (iface, plugin); unloads the plugin after the block."""
    import datagrandest_plugin

    iface = iface or StandInIface()
    window = iface.mainWindow()
    window.resize(width, height)
    window.show()
    plugin = datagrandest_plugin.classFactory(iface)
    plugin.initGui()
    plugin.dock.setUserVisible(True)
    settle()
    try:
        yield iface, plugin
    finally:
        from support import dispose  # waits for the tasks still running (a bound, not a sleep)

        plugin.unload()  # cancels the panels' tasks, ends the plugin's network side
        flush_deletes()
        dispose(window)
        from datagrandest_plugin.core.net.transport.qgis_transport import install

        install()  # the session's network side again, as the suite's set-up made it


def open_tab(plugin, key):
    """Click the dock's tab of ``key`` and return its panel."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    from datagrandest_plugin.gui.dock import PANELS

    tabs = plugin.dock.tabs
    index = [k for k, *_rest in PANELS].index(key)
    bar = tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, bar.tabRect(index).center())
    assert tabs.currentIndex() == index
    return plugin.dock.panel(key)
