"""A task whose work failed ends as failed in QGIS's task bar, even when it
still shows a last good copy; and a catalogue that just failed is answered
at once from the offline copy, saying when the last attempt was."""

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer

from support.iface import StandInIface
from support.qt import wait_for

from datagrandest_plugin.core.catalog.local_index import LocalCatalog
from datagrandest_plugin.core.catalog.models import CatalogRecord
from datagrandest_plugin.core.catalog.service import LOCAL_FILE
from datagrandest_plugin.toolbelt.tasks import CoreTask, start_task


def ended_status(function, failure_of=None):
    ended, delivered, failures = [], [], []
    loop = QEventLoop()
    task = CoreTask("failed-task test", function, delivered.append, failures.append, failure_of=failure_of)
    task.taskCompleted.connect(lambda: (ended.append("complete"), loop.quit()))
    task.taskTerminated.connect(lambda: (ended.append("failed"), loop.quit()))
    start_task(task)
    QTimer.singleShot(20000, loop.quit)  # a bound only
    if not ended:
        loop.exec_()
    return ended, delivered, failures


def test_work_that_returns_a_last_good_copy_after_a_failure_ends_as_failed(qgis_app):
    ended, delivered, failures = ended_status(lambda task: {"copy": True, "error": "GeoNetwork ne répond pas."},
                                              failure_of=lambda result: result["error"])
    assert ended == ["failed"]
    assert delivered == [{"copy": True, "error": "GeoNetwork ne répond pas."}]  # the copy is still shown
    assert failures == []


def test_work_that_succeeds_ends_complete(qgis_app):
    ended, delivered, _ = ended_status(lambda task: {"error": ""}, failure_of=lambda result: result["error"])
    assert ended == ["complete"] and delivered == [{"error": ""}]


@pytest.fixture
def catalogue_panel(qgis_app, french, fault_server, monkeypatch, tmp_path):
    from datagrandest_plugin.gui.catalog.panel import CatalogPanel

    from datagrandest_plugin.core.catalog.service import CatalogService
    from datagrandest_plugin.toolbelt.settings import PlgOptionsManager

    cache = tmp_path / "cache"
    monkeypatch.setenv("DGE_CACHE_DIR", str(cache))
    monkeypatch.setenv("DGE_CSW_URL", fault_server.url("/hang"))
    monkeypatch.setenv("DGE_D4C_URL", "http://127.0.0.1:1/d4c")
    monkeypatch.setenv("DGE_TIMEOUT", "1")
    local = LocalCatalog(cache / LOCAL_FILE)  # records saved earlier from this very catalogue
    bucket = CatalogService(None, PlgOptionsManager.get_plg_settings(), local).bucket("csw")
    local.remember(bucket, [CatalogRecord(identifier="ocs-2021", title="Occupation du sol 2021", sources=["csw"])])
    panel = CatalogPanel(StandInIface())
    yield panel
    panel.shutdown()
    panel.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def search_tasks(panel, text):
    """Search ``text``; the statuses the panel's tasks ended with."""
    manager = QgsApplication.taskManager()
    statuses = []

    def added(task_id):
        task = manager.task(task_id)
        task.taskCompleted.connect(lambda: statuses.append("complete"))
        task.taskTerminated.connect(lambda: statuses.append("failed"))

    manager.taskAdded.connect(added)
    try:
        panel.search(text)
        assert wait_for(panel.search_finished)
    finally:
        manager.taskAdded.disconnect(added)
    return statuses


def test_a_dead_catalogue_shows_the_offline_copy_as_a_failed_task_then_answers_at_once(catalogue_panel,
                                                                                      fault_server):
    hung = fault_server.hits("/hang")
    statuses = search_tasks(catalogue_panel, "occupation")
    assert statuses == ["failed", "failed"]  # GeoNetwork (offline copy shown) and D4C (nothing to show)
    assert catalogue_panel.results.topLevelItemCount() == 1
    assert "hors ligne" in catalogue_panel.status.text()
    assert fault_server.hits("/hang") == hung + 1
    # a new search within the minute: the hung catalogue is not waited on again
    statuses = search_tasks(catalogue_panel, "occupation du sol")
    assert statuses == ["failed", "failed"]
    assert fault_server.hits("/hang") == hung + 1
    assert catalogue_panel.results.topLevelItemCount() == 1
    assert "Dernière tentative à" in catalogue_panel.status.text()


def test_the_catalogue_is_tried_again_in_the_background_when_its_minute_is_over(catalogue_panel, fault_server,
                                                                                monkeypatch):
    from datagrandest_plugin.core.net.transport import base

    monkeypatch.setattr(base, "FAILURE_MEMORY", 3.0)  # "a minute", shortened for the test
    hung = fault_server.hits("/hang")
    search_tasks(catalogue_panel, "occupation")
    assert fault_server.hits("/hang") == hung + 1
    # nothing asked: the panel searches again by itself once the address may be contacted again
    assert wait_for(catalogue_panel.search_finished)
    assert fault_server.hits("/hang") == hung + 2
    assert catalogue_panel.results.topLevelItemCount() == 1 and "hors ligne" in catalogue_panel.status.text()


def test_the_community_content_is_tried_again_in_the_background(qgis_app, french, fault_server, monkeypatch,
                                                                 tmp_path):
    import json

    from support.community import Loads, close_dock, environment, make_dock

    from datagrandest_plugin.core.community.source import BUNDLED_FILE, NETWORK
    from datagrandest_plugin.core.net.transport import base

    monkeypatch.setattr(base, "FAILURE_MEMORY", 2.0)  # "a minute", shortened for the test
    document = json.loads(BUNDLED_FILE.read_text(encoding="utf-8"))
    document["webinars"][0]["title"] = "Webinaire publié après la panne"
    url = fault_server.switch("content-retry", "hang")
    with environment(DGE_CONTENT_URL=url, DGE_CACHE_DIR=tmp_path / "cache", DGE_TIMEOUT="1"):
        iface, dock = make_dock()
        try:
            loads = Loads(dock.community_panel)
            dock.show_panel("community")
            from support.community import wait_until

            assert wait_until(lambda: any(load.failed for load in loads.items), dock.community_panel.content_shown)
            hits = fault_server.hits("/switch/content-retry")
            fault_server.switch("content-retry", "good", json.dumps(document).encode("utf-8"), "application/json")
            # nothing asked: the panel reads the file again once the server may be contacted again
            assert wait_until(lambda: loads.items[-1].origin == NETWORK, dock.community_panel.content_shown)
            assert fault_server.hits("/switch/content-retry") == hits + 1
            assert "Webinaire publié après la panne" in [w.title for w in loads.items[-1].content.webinars]
        finally:
            close_dock(iface, dock)


def test_the_services_tree_is_read_again_in_the_background(qgis_app, french, fault_server, monkeypatch, tmp_path):
    from support import dispose, environment
    from support.iface import StandInIface
    from support.origin_servers import capabilities

    from datagrandest_plugin.core.net.transport import base
    from datagrandest_plugin.gui.layers.panel import LayersPanel

    monkeypatch.setattr(base, "FAILURE_MEMORY", 2.0)  # "a minute", shortened for the test
    wms = fault_server.switch("wms-retry", "hang")
    with environment(DGE_WMS_URL=wms, DGE_WFS_URL=fault_server.url("/404"), DGE_WMTS_URL=fault_server.url("/404"),
                     DGE_LEGACY_CONFIG_URL=fault_server.url("/404"), DGE_CACHE_DIR=tmp_path / "cache",
                     DGE_TIMEOUT="1"):
        panel = LayersPanel(StandInIface())
        try:
            panel.show()
            assert wait_for(panel.services_loaded)
            assert panel.service_layers == []
            hits = fault_server.hits("/switch/wms-retry")
            fault_server.switch("wms-retry", "good", capabilities(fault_server.base_url, ""), "text/xml")
            # nothing asked: the panel reads the services again once the WMS may be contacted again
            assert wait_for(panel.services_loaded)
            assert fault_server.hits("/switch/wms-retry") == hits + 1
            assert [layer.name for layer in panel.service_layers] == ["ws:layer"]
        finally:
            dispose(panel)
