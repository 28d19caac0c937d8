"""The plugin registers on start, makes no request, and unload leaves nothing."""

import os
import time

import pytest
from qgis.core import QgsApplication, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QAction, QDockWidget

from support import plugin_running
from support.community import wait_until
from support.iface import StandInIface
from support.qt import wait_for

import datagrandest_plugin
from datagrandest_plugin.core.net.transport import Transport
from datagrandest_plugin.gui.dock import DOCK_OBJECT_NAME


def flush_deletes():
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def plugin_menu(iface):
    return [a for a in iface.webMenu().actions() if a.menu() is not None and "DataGrandEst" in a.text()]


def our_actions(iface):
    return [a for a in iface.mainWindow().findChildren(QAction) if a.objectName().startswith("DataGrandEst")]


def our_locator_filters(iface):
    return [f for f in iface.locator.filters() if f.name() == "datagrandest"]


def our_browser_providers():
    from qgis.core import QgsApplication

    return [p for p in QgsApplication.dataItemProviderRegistry().providers() if p.name() == "DataGrandEst"]


def our_docks(iface):
    return [d for d in iface.mainWindow().findChildren(QDockWidget) if d.objectName() == DOCK_OBJECT_NAME]


@pytest.fixture
def iface(qgis_app):
    return StandInIface()


@pytest.fixture
def qgis_requests():
    seen = []
    manager = QgsNetworkAccessManager.instance()

    def record(request_id):
        seen.append(request_id)

    manager.requestAboutToBeCreated.connect(record)
    yield seen
    manager.requestAboutToBeCreated.disconnect(record)


def test_init_gui_registers_without_any_network_request(iface, qgis_requests):
    before = Transport.request_count
    plugin = datagrandest_plugin.classFactory(iface)
    plugin.initGui()
    try:
        assert Transport.request_count == before, "initGui must not use the plugin's transport"
        assert qgis_requests == [], "initGui must not send any QGIS network request"
        assert len(plugin_menu(iface)) == 1
        assert [a.objectName() for a in iface.webToolBar().actions()] == ["DataGrandEstShowDock"]
        assert [f.title() for f in iface.options_factories] == ["DataGrandEst"]
        docks = our_docks(iface)
        assert len(docks) == 1 and docks[0].isHidden()
        assert plugin_running()  # nor what waits for QGIS's first turn
        assert Transport.request_count == before and qgis_requests == []
    finally:
        plugin.unload()


def _aged(path, seconds):
    past = time.time() - seconds
    os.utime(path, (past, past))
    return path


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    """The plugin's cache folder as a crash leaves it: two entries (one written long ago, still the
    copy served when the network fails), a write killed an hour ago, a write in progress."""
    from datagrandest_plugin.core.net.cache import DiskCache

    monkeypatch.setenv("DGE_CACHE_DIR", str(tmp_path))
    cache = DiskCache(tmp_path)
    cache.write("http://127.0.0.1/old", b"an old copy", "http://127.0.0.1/old")
    for entry in tmp_path.glob("*.cache"):
        _aged(entry, 30 * 24 * 3600)
    cache.write("http://127.0.0.1/new", b"a new copy", "http://127.0.0.1/new")
    killed = tmp_path / "tmpkilled1.tmp"
    killed.write_bytes(b"half a write")
    _aged(killed, 3600)
    in_progress = tmp_path / "tmpwriting.tmp"
    in_progress.write_bytes(b"a write in progress")
    return cache, killed, in_progress


def test_a_killed_write_is_removed_after_start_off_init_gui_and_no_entry_with_it(iface, cache_folder):
    cache, killed, in_progress = cache_folder
    logged = []

    def note(message, tag, _level):
        if tag == "DataGrandEst":
            logged.append(message)

    log = QgsApplication.messageLog()
    log.messageReceived.connect(note)
    plugin = datagrandest_plugin.classFactory(iface)
    try:
        plugin.initGui()
        assert killed.exists(), "initGui leaves the walk of the folder to a task"
        folder = str(cache.directory)
        assert wait_until(lambda: any(folder in message for message in logged), log.messageReceived)
        assert [message for message in logged if folder in message][0].startswith("1 ")
        assert not killed.exists()
        assert in_progress.exists(), "a write younger than any write can last is left alone"
        assert cache.read("http://127.0.0.1/old").body == b"an old copy"
        assert cache.read("http://127.0.0.1/new").body == b"a new copy"
    finally:
        log.messageReceived.disconnect(note)
        plugin.unload()


def test_an_unload_before_qgis_first_turn_leaves_nothing_of_it_to_run(iface, cache_folder):
    from qgis.PyQt.QtCore import QTimer

    _cache, killed, _in_progress = cache_folder
    manager = QgsApplication.taskManager()
    plugin = datagrandest_plugin.classFactory(iface)
    plugin.initGui()
    plugin.unload()
    later = QTimer()  # started after the plugin's: once it fires, the plugin's would have too
    later.setSingleShot(True)
    later.start(0)
    assert wait_for(later.timeout)
    assert QgsApplication.processingRegistry().providerById("datagrandest") is None
    assert manager.countActiveTasks() == 0 and killed.exists()


def test_unload_twice_leaves_no_action_dock_or_connection(iface):
    for _round in range(2):
        plugin = datagrandest_plugin.classFactory(iface)
        plugin.initGui()
        assert len(our_docks(iface)) == 1
        action, dock = plugin.action_dock, plugin.dock
        plugin.unload()
        flush_deletes()
        assert plugin_menu(iface) == []
        assert iface.webToolBar().actions() == []
        assert our_actions(iface) == []
        assert our_docks(iface) == []
        assert our_locator_filters(iface) == [] and our_browser_providers() == []
        assert iface.options_factories == []
        assert iface.pluginHelpMenu().actions() == []
        from qgis.PyQt import sip

        assert sip.isdeleted(action) and sip.isdeleted(dock), "what the plugin connected went with them"


def test_reload_leaves_no_duplicate(iface):
    plugins = []
    for _round in range(3):
        plugin = datagrandest_plugin.classFactory(iface)
        plugin.initGui()
        plugins.append(plugin)
        if _round < 2:
            plugin.unload()
    flush_deletes()
    assert len(plugin_menu(iface)) == 1
    assert len(plugin_menu(iface)[0].menu().actions()) == 4
    assert [a.objectName() for a in iface.pluginHelpMenu().actions()] == ["DataGrandEstHelp"]
    assert len(our_docks(iface)) == 1
    assert len(iface.webToolBar().actions()) == 1
    assert len(our_locator_filters(iface)) == 1 and len(our_browser_providers()) == 1
    assert len(iface.options_factories) == 1
    plugins[-1].unload()


def test_settings_action_opens_qgis_options_on_the_plugin_page(iface):
    plugin = datagrandest_plugin.classFactory(iface)
    plugin.initGui()
    try:
        plugin.action_settings.trigger()
        assert iface.options_dialog_requests == ["DataGrandEstOptionsPage"]
        page = iface.options_factories[0].createWidget(None)
        assert page.objectName() == "DataGrandEstOptionsPage"  # the name QGIS's dialog looks the page up by
        page.deleteLater()
    finally:
        plugin.unload()


def test_toolbar_action_toggles_the_dock_both_ways(iface):
    plugin = datagrandest_plugin.classFactory(iface)
    plugin.initGui()
    try:
        iface.mainWindow().show()
        plugin.action_dock.trigger()
        assert plugin.dock.isVisible()
        plugin.dock.close()
        assert not plugin.action_dock.isChecked()
    finally:
        plugin.unload()
        iface.mainWindow().hide()


def test_dock_place_is_restored_by_qgis(iface):
    from qgis.PyQt.QtCore import Qt

    window = iface.mainWindow()
    plugin = datagrandest_plugin.classFactory(iface)
    plugin.initGui()
    window.addDockWidget(Qt.LeftDockWidgetArea, plugin.dock)  # the user moves it
    state = window.saveState()
    plugin.unload()
    flush_deletes()
    plugin = datagrandest_plugin.classFactory(iface)
    plugin.initGui()
    try:
        assert window.dockWidgetArea(plugin.dock) == Qt.RightDockWidgetArea
        assert window.restoreState(state)
        assert window.dockWidgetArea(plugin.dock) == Qt.LeftDockWidgetArea
    finally:
        plugin.unload()


class TaskEnds(QObject):
    ended = pyqtSignal()


def test_unload_cancels_the_tasks_of_every_module_level_task_set(iface):
    import threading
    import time

    import datagrandest_plugin.gui.catalog.actions  # its module-level task set is made on import
    import datagrandest_plugin.gui.common.layer_loader
    from datagrandest_plugin.toolbelt.tasks import CoreTask, module_task_sets

    stopped = []  # the tasks that saw their cancel button pressed

    def until_cancelled(task):
        deadline = time.monotonic() + 30
        while not task.isCanceled() and time.monotonic() < deadline:
            threading.Event().wait(0.02)
        if task.isCanceled():
            stopped.append(task)

    plugin = datagrandest_plugin.classFactory(iface)
    plugin.initGui()
    sets = module_task_sets()
    assert len(sets) >= 2
    tasks = [tasks.run(CoreTask("runs until cancelled", until_cancelled)) for tasks in sets]
    ended = [[] for _task in tasks]
    ends = TaskEnds()  # the tasks themselves are deleted by QGIS once over: wait on a signal of the test's
    for task, seen in zip(tasks, ended):
        task.taskTerminated.connect(lambda seen=seen: (seen.append("cancelled"), ends.ended.emit()))
        task.taskCompleted.connect(lambda seen=seen: (seen.append("completed"), ends.ended.emit()))
    plugin.unload()
    assert wait_until(lambda: all(ended), ends.ended, bound_ms=10000)
    # a task still queued ends terminated without running; a running one sees its cancel button
    assert all(seen == ["cancelled"] or any(task is s for s in stopped) for task, seen in zip(tasks, ended))
    assert all(len(tasks) == 0 for tasks in sets), "the sets forget the cancelled tasks"
