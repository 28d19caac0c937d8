"""A demo scenario plays forward and backward in headless QGIS on the local
DataGrandEst: layers really load from QGIS Server, the map zooms, panels
switch; going back removes the layers, restores the extent and the panels."""

import json

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRasterLayer, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QWidget

from support.community import close_dock, environment, make_dock, wait_until, without_catalogue

from datagrandest_plugin.core.community.scenario import load_scenario_file
from datagrandest_plugin.core.community.source import bundled_content
from datagrandest_plugin.gui.community.scenario_player import ScenarioPlayer, ScenarioPlayerDialog

REIMS = [765000, 6895000, 775000, 6905000]


@pytest.fixture
def platform_env(local_platform, tmp_path):
    urls = local_platform.urls
    with environment(DGE_WMS_URL=urls["wms_url"], DGE_WFS_URL=urls["wfs_url"], DGE_WMTS_URL=urls["wmts_url"],
                     DGE_OWS_URL=urls["ows_url"], DGE_CONTENT_URL=urls["content_url"], DGE_CSW_URL=urls["csw_url"],
                     DGE_D4C_URL=urls["d4c_url"],
                     DGE_CACHE_DIR=tmp_path / "cache"):
        yield urls


@pytest.fixture
def dock(qgis_app, french, platform_env):
    iface, dock = make_dock()
    dock.show_panel("services")
    yield dock
    close_dock(iface, dock)
    QgsProject.instance().removeAllMapLayers()


def scenario_file(tmp_path):
    path = tmp_path / "demo.json"
    path.write_text(json.dumps({
        "schema_version": "1.0",
        "title": "Démo OCS à Reims",
        "steps": [
            {"action": "open_panel", "panel": "agenda", "note": "L'agenda du réseau."},
            {"action": "add_layer", "layer": {"kind": "wms", "service": "wms", "name": "geograndest:ocs_grand_est_2021_d51",
                                              "title": "OCS 2021 Marne", "style": "ocs_grand_est_niveau_1_a_5"}},
            {"action": "zoom", "bbox": REIMS, "crs": "EPSG:2154", "label": "Reims"},
            {"action": "add_layer", "layer": {"kind": "wfs", "service": "wfs", "name": "region-grand-est:commune_actuelle",
                                              "title": "Communes"}},
            {"action": "open_panel", "panel": "ocs"},
            {"action": "search", "text": "occupation du sol"},
        ],
    }, ensure_ascii=False), encoding="utf-8")
    return path


def play(player):
    """Next step, waiting for its end (a layer loads in a background task)."""
    finished = []
    player.step_finished.connect(lambda index, ok, message: finished.append((index, ok, message)))
    assert player.next()
    assert wait_until(lambda: bool(finished), player.step_finished, 60000), "the step never ended"
    return finished[0]


def layer_titles():
    return sorted(layer.name() for layer in QgsProject.instance().mapLayers().values())


def same_extent(a, b):
    return all(abs(x - y) < 1e-6 for x, y in zip((a.xMinimum(), a.yMinimum(), a.xMaximum(), a.yMaximum()),
                                                  (b.xMinimum(), b.yMinimum(), b.xMaximum(), b.yMaximum())))


def test_a_scenario_from_a_file_plays_forward_and_backward(dock, tmp_path):
    scenario = load_scenario_file(scenario_file(tmp_path))
    canvas = dock.iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
    canvas.setExtent(QgsRectangle(700000, 6700000, 1100000, 7000000))  # the Grand Est
    player = ScenarioPlayer(scenario, dock, dock.iface)
    panel = dock.community_panel

    assert play(player) == (0, True, "")
    assert dock.tabs.currentWidget() is panel and panel.pages.currentWidget() is panel.agenda_page

    index, ok, message = play(player)
    assert (index, ok) == (1, True) and message == "Couche « OCS 2021 Marne » ajoutée."
    (ocs,) = QgsProject.instance().mapLayersByName("OCS 2021 Marne")
    assert isinstance(ocs, QgsRasterLayer) and ocs.isValid() and ocs.providerType() == "wms"

    before_zoom = QgsRectangle(canvas.extent())
    assert play(player)[1]
    extent = canvas.extent()
    assert extent.contains(QgsRectangle(*REIMS)) or same_extent(extent, QgsRectangle(*REIMS))
    assert extent.width() < 2 * (REIMS[2] - REIMS[0]) or extent.height() < 2 * (REIMS[3] - REIMS[1])
    assert canvas.mapSettings().destinationCrs().authid() == "EPSG:2154"

    assert play(player)[1]
    (communes,) = QgsProject.instance().mapLayersByName("Communes")
    assert isinstance(communes, QgsVectorLayer) and communes.isValid() and communes.featureCount() == 8

    assert play(player) == (4, True, "") and dock.tabs.currentWidget() is dock.ocs_panel
    with without_catalogue(dock):
        index, ok, message = play(player)
    assert (index, ok) == (5, False)
    assert message == ("Le panneau Catalogue n'existe pas dans cette version de l'extension : "
                       "recherchez « occupation du sol » à la main.")
    assert player.position == 6 and not player.next()
    assert layer_titles() == ["Communes", "OCS 2021 Marne"]

    # backward: each step undone, in reverse order
    assert player.previous() and player.previous() and player.position == 4
    assert player.previous()
    assert layer_titles() == ["OCS 2021 Marne"]
    assert player.previous()
    assert same_extent(canvas.extent(), before_zoom)
    assert player.previous()
    assert layer_titles() == []
    assert dock.tabs.currentWidget() is panel
    assert player.previous()
    assert dock.tabs.currentWidget() is dock.services_panel and player.position == 0
    assert not player.previous()
    # and forward again
    assert play(player)[1] and play(player)[1]
    assert layer_titles() == ["OCS 2021 Marne"]


class CatalogueStandIn(QWidget):
    """The catalogue panel of issue 3, reduced to the one method the player calls."""

    def __init__(self):
        super().__init__()
        self.searches = []

    def search(self, text):
        self.searches.append(text)


def test_the_search_step_uses_the_catalogue_panel_when_there_is_one(dock):
    catalogue = CatalogueStandIn()
    with without_catalogue(dock):
        dock.catalog_panel = catalogue
        dock.tabs.addTab(catalogue, "Catalogue")
        scenario = bundled_content().webinars[1].scenario  # the bundled demo: open catalogue, search, ...
        player = ScenarioPlayer(scenario, dock, dock.iface)
        assert play(player) == (0, True, "")
        assert dock.tabs.currentWidget() is catalogue
        assert play(player) == (1, True, "")
        assert catalogue.searches == ["occupation du sol"]
        assert player.previous() and player.previous()
        assert dock.tabs.currentWidget() is dock.services_panel


def test_the_bundled_demo_loads_its_layers_from_the_configured_endpoints(dock):
    scenario = bundled_content().webinars[1].scenario
    player = ScenarioPlayer(scenario, dock, dock.iface)
    results = [play(player) for _step in scenario.steps]
    layer_steps = [r for r, s in zip(results, scenario.steps) if s.action == "add_layer"]
    assert len(layer_steps) == 2 and all(ok for _i, ok, _m in layer_steps)
    assert all(layer.isValid() for layer in QgsProject.instance().mapLayers().values())
    assert len(QgsProject.instance().mapLayers()) == 2


def test_the_trainer_window_follows_page_down_and_page_up(dock, tmp_path):
    scenario = load_scenario_file(scenario_file(tmp_path))
    dialog = dock.community_panel.play_scenario(scenario)
    assert isinstance(dialog, ScenarioPlayerDialog) and dialog.isVisible()
    assert dialog.steps.count() == 6 and dialog.steps.item(2).text() == "3. Zoomer sur Reims"
    assert dialog.note.text() == "À suivre : Ouvrir le panneau Agenda. L'agenda du réseau."
    QApplication.setActiveWindow(dialog)  # shortcuts act in the active window; offscreen needs telling
    QTest.keyClick(dialog.steps, Qt.Key_PageDown)  # even with the list focused, which scrolls on Page Down
    assert dialog.player.position == 1 and dock.community_panel.pages.currentWidget() is dock.community_panel.agenda_page
    assert dialog.steps.item(0).text().startswith("✓ 1.")
    assert dialog.back_button.isEnabled()
    QTest.keyClick(dialog.steps, Qt.Key_PageUp)
    assert dialog.player.position == 0 and dock.tabs.currentWidget() is dock.services_panel
    assert dialog.status.text() == "Étape 1 annulée."
    dialog.close()
    assert dock.community_panel.player_dialog is None


def test_group_layers_load_from_the_local_platform(dock):
    panel = dock.community_panel
    dock.show_panel("groups")
    assert panel.groups_page.select_group("ocs")
    project = QgsProject.instance()
    panel.groups_page.layers_button.click()
    assert wait_until(lambda: len(project.mapLayers()) == 2, project.layersAdded, 60000)
    layers = sorted(project.mapLayers().values(), key=lambda layer: layer.name())
    assert [layer.name() for layer in layers] == ["Occupation du sol 2021 - Marne",
                                                  "Occupation du sol 2021 - Meurthe-et-Moselle"]
    assert all(layer.isValid() and "tileMatrixSet=EPSG:2154" in layer.source() for layer in layers)
