"""Issue 14, item 7: bad days. After a restart the catalogue shows the last results (marked as a
copy, offline when the catalogue is down); every saved copy says "copie du …"; adding a layer from
a service that does not answer says so."""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from support import environment, platform_environment, wait_for
from support.window import plugin_window, open_tab

from datagrandest_plugin.gui.catalog.panel import CatalogPanel



def searched(panel):
    """Wait until the panel's searches are over (the progress bar hidden) and return the titles."""
    for _attempt in range(5):
        if panel.progress.isHidden() and titles(panel):
            break
        assert wait_for(panel.search_finished)
    return titles(panel)


def titles(panel):
    return [panel.results.topLevelItem(i).text(0) for i in range(panel.results.topLevelItemCount())]


def test_after_a_restart_the_catalogue_shows_the_last_results_offline_marked(qgis_app, french, local_platform,
                                                                              fault_server, tmp_path):
    with platform_environment(local_platform, tmp_path / "cache"):
        with plugin_window() as (_iface, plugin):
            panel = open_tab(plugin, "catalogue")
            assert isinstance(panel, CatalogPanel)
            QTest.keyClicks(panel.search_box, "pcrs")
            before = searched(panel)
            assert before
        # QGIS starts again the next day and the catalogues cannot be reached (the same addresses:
        # a copy only answers for its own catalogue): working offline, every request fails at once
        with environment(DGE_OFFLINE="1"):
            with plugin_window() as (_iface, plugin):
                panel = open_tab(plugin, "catalogue")
                if not titles(panel):
                    assert wait_for(panel.results_changed)
                assert titles(panel) == before
                assert panel.search_box.text() == "pcrs"
                assert "copie du" in panel.status.text()
                assert wait_for(panel.search_finished)
                assert set(titles(panel)) == set(before)
                status = panel.status.text()
                assert "hors ligne" in status and "copie du" in status, status


def test_the_couches_tree_says_it_shows_a_copy_and_adding_from_a_dead_service_says_so(
        qgis_app, french, local_platform, fault_server, tmp_path):
    import urllib.request

    from qgis.core import QgsProject

    from datagrandest_plugin.gui.layers.panel import LayersPanel
    from datagrandest_plugin.gui.layers.payloads import ServicePayload

    wms = local_platform.urls["wms_url"]
    with urllib.request.urlopen(f"{wms}?SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0", timeout=30) as answer:
        capabilities = answer.read()
    service = fault_server.switch("couches-wms", "good", body=capabilities, content_type="text/xml")
    with platform_environment(local_platform, tmp_path / "cache"), \
            environment(DGE_WMS_URL=service, DGE_CACHE_LIFETIME_HOURS="0"):
        with plugin_window() as (_iface, plugin):
            panel = open_tab(plugin, "layers")
            assert isinstance(panel, LayersPanel)
            assert wait_for(panel.services_loaded)
            assert "copie du" not in panel.status.text()
            wms_layers = [layer for layer in panel.visible_service_layers() if layer.kind == "wms"]
            assert wms_layers
        fault_server.switch("couches-wms", "500")  # the next day, the WMS is down
        with plugin_window() as (_iface, plugin):
            panel = open_tab(plugin, "layers")
            assert wait_for(panel.services_loaded)
            status = panel.status.text()
            assert "WMS : copie du" in status and "ne répond pas" in status, status
            # the copy's layers are listed; adding one says the service does not answer
            QTest.keyClicks(panel.filter_edit, wms_layers[0].name)
            view = panel.service_view
            model = view.model()
            target = None
            for row in range(model.rowCount()):
                workspace = model.index(row, 0)
                for child in range(model.rowCount(workspace)):
                    index = model.index(child, 0, workspace)
                    payload = model.payload(index)
                    if isinstance(payload, ServicePayload) and payload.layer.kind == "wms" \
                            and not view.isRowHidden(child, workspace):
                        target = index
                        break
                if target is not None:
                    break
            assert target is not None
            view.setCurrentIndex(target)
            before = len(QgsProject.instance().mapLayers())
            QTest.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
            (message,), = wait_for(panel.layer_failed)
            assert message.startswith("Le service WMS ne répond pas"), message
            assert panel.status.text() == message
            assert len(QgsProject.instance().mapLayers()) == before
