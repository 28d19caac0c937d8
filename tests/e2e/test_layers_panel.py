"""Panel "Couches": lazy loading in tasks, filters, adding by double-click, menu, style chooser, drag and drop."""

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsMimeDataUtils, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QEventLoop, QTimer

from support import capabilities_asked, dispose, layer_added_by, platform_environment, wait_for
from support.iface import StandInIface

from datagrandest_plugin.core.ogc.server_styles import style_source_of
from datagrandest_plugin.core.net.transport import Transport
from datagrandest_plugin.gui.layers.drop_handler import DataGrandEstDropHandler
from datagrandest_plugin.gui.layers.panel import LayersPanel
from datagrandest_plugin.gui.layers.payloads import NodePayload, ServicePayload



@pytest.fixture
def platform_env(local_platform, tmp_path):
    with platform_environment(local_platform, tmp_path / "cache"):
        yield local_platform


def loaded_panel(iface):
    panel = LayersPanel(iface)
    both = QEventLoop()
    done = set()

    def mark(name):
        done.add(name)
        if len(done) == 3:
            both.quit()

    panel.services_loaded.connect(lambda: mark("services"))
    panel.legacy_loaded.connect(lambda: mark("legacy"))
    panel.project_loaded.connect(lambda: mark("project"))
    assert not panel.started and panel.service_layers == []
    panel.show()  # first show starts the loading, in tasks: show() returns before any answer is used
    assert panel.started and panel.service_layers == [] and panel.legacy_tree is None
    QTimer.singleShot(60000, both.quit)
    both.exec_()
    assert done == {"services", "legacy", "project"}
    return panel


def rows(view):
    """(index, payload) of every row of a tree view's model, the rows a closed workspace holds made first."""
    model = view.model()
    stack = [model.index(r, 0) for r in range(model.rowCount())]
    while stack:
        index = stack.pop(0)
        yield index, model.payload(index)
        while model.canFetchMore(index):  # a closed workspace has no rows until it is opened
            made = model.rowCount(index)
            model.fetchMore(index)
            if model.rowCount(index) == made:  # one batch per turn of the event loop: the next one comes from it
                assert wait_for(model.rows_created, 10000)
        stack += [model.index(r, 0, index) for r in range(model.rowCount(index))]


def double_click(panel, index):
    """What a double-click on the row at ``index`` does (the view of its model emits doubleClicked)."""
    view = next(v for v in (panel.service_view, panel.legacy_view, panel.project_view) if v.model() is index.model())
    view.doubleClicked.emit(index)


def find_row(panel, view, predicate):
    found = next((index for index, payload in rows(view) if predicate(payload)), None)
    assert found is not None, "no such row"
    return found


def test_panel_loads_filters_and_adds(qgis_app, french, platform_env):
    iface = StandInIface()
    panel = loaded_panel(iface)
    layers = panel.service_layers
    assert {layer.kind for layer in layers} == {"wms", "wfs", "wmts"}
    assert len(panel.visible_service_layers()) == len(layers) == 11 + 9 + 11
    assert len(panel.legacy_tree.layers()) == 15

    panel.filter_edit.setText("FACADE")
    assert {(l.kind, l.name) for l in panel.visible_service_layers()} == {
        ("wms", "geograndest:pcrs_facade"), ("wfs", "geograndest:pcrs_facade"), ("wmts", "geograndest:pcrs_facade")}
    assert {n.title for n in panel.visible_legacy_nodes() if not n.is_folder} == {"PCRS - Façades - Nancy"}
    # the folders leading to the match are opened, the others are not
    opened = {payload.node.title for index, payload in rows(panel.legacy_view) if panel.legacy_view.isExpanded(index)}
    assert opened == {n.title for n in panel.visible_legacy_nodes() if n.is_folder} != set()
    panel.filter_edit.setText("")

    # only in the map extent: a canvas over Reims (in Web Mercator) hides Nancy's layers
    canvas = iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    canvas.resize(400, 400)
    canvas.setExtent(QgsRectangle(433000, 6300000, 449000, 6316000))
    panel.extent_check.setChecked(True)
    names = {l.short_name for l in panel.visible_service_layers()}
    assert "ocs_grand_est_2021_d51" in names and "ocs_grand_est_2021_d54" not in names and "pcrs_facade" not in names
    assert "departement" in names  # covers both departments
    panel.extent_check.setChecked(False)
    assert len(panel.visible_service_layers()) == 31

    # double-click on a WFS layer adds it, built in a task
    index = find_row(panel, panel.service_view, lambda p: isinstance(p, ServicePayload) and p.layer.kind == "wfs"
                     and p.layer.name == "region-grand-est:epci")
    layer = layer_added_by(lambda: double_click(panel, index))
    assert layer.featureCount() == 2 and layer.name() == "EPCI du Grand Est"
    QgsProject.instance().removeMapLayer(layer.id())

    # style chooser: select an OCS WMS layer, pick a style, add
    index = find_row(panel, panel.service_view, lambda p: isinstance(p, ServicePayload) and p.layer.kind == "wms"
                     and p.layer.name == "geograndest:ocs_grand_est_2021_d54" and p.style is None)
    panel.tabs.setCurrentWidget(panel.service_view)
    panel.service_view.setCurrentIndex(index)
    choices = [panel.style_combo.itemData(i) for i in range(panel.style_combo.count())]
    assert "ocs_grand_est_niveau_1" in choices and panel.style_combo.isEnabled()
    shown = []
    panel.legend_shown.connect(shown.append)
    panel.style_combo.setCurrentIndex(choices.index("ocs_grand_est_niveau_1"))
    if not shown:
        assert wait_for(panel.legend_shown)
    assert "STYLE=ocs_grand_est_niveau_1&" in shown[-1] and not panel.legend.pixmap().isNull()
    assert panel.legend.pixmap().height() > 40  # the server drew the level-1 classes
    layer = layer_added_by(panel.add_button.click)
    assert layer.isValid() and "styles=ocs_grand_est_niveau_1" in layer.source()
    QgsProject.instance().removeMapLayer(layer.id())

    # context menu: add with another style
    menu = panel.context_menu(panel.service_view, index)
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "Ajouter à la carte" and "Copier le nom de la couche" in texts
    styles_menu = next(a.menu() for a in menu.actions() if a.menu() is not None)
    # styles read as the nomenclature reading they draw, not as the server's identifier (issue 14)
    from datagrandest_plugin.core.ocs.nomenclature import NIVEAUX_1_A_5

    action = next(a for a in styles_menu.actions() if a.text() == NIVEAUX_1_A_5.title)
    layer = layer_added_by(action.trigger)
    assert "styles=ocs_grand_est_niveau_1_a_5" in layer.source()
    QgsProject.instance().removeMapLayer(layer.id())

    # historical tree: double-click on a WFS node
    panel.tabs.setCurrentWidget(panel.legacy_view)
    index = find_row(panel, panel.legacy_view, lambda p: isinstance(p, NodePayload) and p.node.type == "wfs_feature_type"
                     and p.node.params["name"].endswith("commune_actuelle"))
    layer = layer_added_by(lambda: double_click(panel, index))
    assert layer.featureCount() == 8
    QgsProject.instance().removeMapLayer(layer.id())
    # an OCS GE² WFS layer arrives with its reading's style as the server publishes it, not a random colour
    index = find_row(panel, panel.legacy_view, lambda p: isinstance(p, NodePayload) and p.node.type == "wfs_feature_type"
                     and p.node.params["name"].endswith("ocs_grand_est_2021_d54"))
    layer = layer_added_by(lambda: double_click(panel, index))
    assert layer.renderer().type() == "RuleRenderer" and style_source_of(layer) == "server"
    assert "code_niv4" in layer.renderer().rootRule().children()[0].filterExpression()
    QgsProject.instance().removeMapLayer(layer.id())

    # drag and drop: the mime data QGIS receives, handed to the plugin's drop handler
    index = find_row(panel, panel.service_view, lambda p: isinstance(p, ServicePayload) and p.layer.kind == "wmts"
                     and p.layer.name == "geograndest:ortho_pcrs_2021")
    mime = panel.service_model.mimeData([index])
    uris = QgsMimeDataUtils.decodeUriList(mime)
    assert [(u.layerType, u.providerKey, u.name) for u in uris] == [
        ("custom", "datagrandest", "Orthophotographie PCRS 2021 - Nancy")]
    handler = DataGrandEstDropHandler()
    layer = layer_added_by(lambda: handler.handleCustomUriDrop(uris[0]))
    assert layer.isValid() and "tileMatrixSet=EPSG:2154" in layer.source()
    QgsProject.instance().removeMapLayer(layer.id())
    dispose(panel)


def test_second_opening_is_read_from_cache(qgis_app, platform_env):
    first = loaded_panel(StandInIface())
    dispose(first)
    before = Transport.request_count
    second = loaded_panel(StandInIface())
    assert Transport.request_count == before  # fresh cache: no request at all
    assert len(second.service_layers) == 31
    second.start_loading(force=True)  # "Reload": revalidated, rows replaced, never doubled
    assert wait_for(second.services_loaded)
    assert len(second.service_layers) == 31 and len(second.visible_service_layers()) == 31
    for name in second.service_model.workspace_items:
        second.service_model.fill(name)
    assert sum(item.rowCount() for item in second.service_model.workspace_items.values()) == 31
    dispose(second)


def test_platform_project_tab_comes_first_filters_and_adds_with_its_style(qgis_app, platform_env):
    from platform_project_sample import GROUPS, STYLED

    panel = LayersPanel(StandInIface())
    panel.show()
    assert wait_for(panel.project_loaded)
    assert panel.tabs.widget(0) is panel.project_view
    assert [n.title for n in panel.project_tree.layers()] == [layer[1] for _group, layers in GROUPS for layer in layers]
    panel.filter_edit.setText("facades")
    assert {n.title for n in panel.visible_project_nodes() if not n.is_folder} == {"Façades PCRS (projet)"}
    index = find_row(panel, panel.project_view, lambda p: isinstance(p, NodePayload) and p.node.title == "Façades PCRS (projet)")
    uris = QgsMimeDataUtils.decodeUriList(panel.project_model.mimeData([index]))
    assert [(u.providerKey, u.name) for u in uris] == [("datagrandest", "Façades PCRS (projet)")]
    assert "secret-of-the-project" not in uris[0].uri and "project-user" not in uris[0].uri
    layer = layer_added_by(lambda: double_click(panel, index))
    assert layer.renderer().symbol().color().name() == STYLED["pcrs_facade"][0]
    assert style_source_of(layer) == "platform_project" and layer.metadata().links()
    QgsProject.instance().removeMapLayer(layer.id())
    dispose(panel)


def test_unreadable_platform_project_is_one_sentence_and_the_other_trees_stay(qgis_app, platform_env, fault_server):
    from support import environment

    with environment(DGE_PLATFORM_PROJECT_URL=fault_server.url("/html")):
        panel = loaded_panel(StandInIface())
    assert panel.tabs.indexOf(panel.project_view) < 0 and panel.project_tree is None
    assert len(panel.legacy_tree.layers()) == 15 and panel.service_layers
    dispose(panel)


def _double_click(view, index):
    """A person's double-click on the row: its folder opened, the row scrolled to."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    parent = index.parent()
    while parent.isValid():
        view.expand(parent)
        parent = parent.parent()
    view.scrollTo(index)
    center = view.visualRect(index).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)


def test_a_wms_and_a_wmts_of_one_layer_get_two_names(qgis_app, french, platform_env):
    """Issue 14, item 3: the same layer from the WMS then the WMTS: the second says what it is."""
    iface = StandInIface()
    panel = loaded_panel(iface)
    panel.resize(500, 800)
    panel.tabs.setCurrentWidget(panel.service_view)
    names = []
    for kind in ("wms", "wmts"):
        index = find_row(panel, panel.service_view, lambda p, kind=kind: isinstance(p, ServicePayload) and p.layer.kind == kind
                         and p.layer.name == "geograndest:ortho_pcrs_2021" and p.style is None)
        layer = layer_added_by(lambda index=index: _double_click(panel.service_view, index))
        assert layer is not None and layer.isValid()
        names.append(layer.name())
    assert names[0] == "Orthophotographie PCRS 2021 - Nancy"
    assert names[1].startswith("Orthophotographie PCRS 2021 - Nancy (WMTS") and names[1] != names[0]
    for layer in QgsProject.instance().mapLayers().values():
        QgsProject.instance().removeMapLayer(layer.id())
    dispose(panel)


def test_one_getcapabilities_per_service_while_qgis_runs(qgis_app, platform_env):
    """Issue 17: the plugin reads each service's capabilities once; adding its layers, each twice,
    does not make QGIS's WMS, WFS or WMTS provider download them again (counted by the front server)."""
    from qgis.core import QgsNetworkAccessManager

    QgsNetworkAccessManager.instance().cache().clear()  # QGIS has read nothing yet
    capabilities_asked(platform_env, clear=True)
    panel = loaded_panel(StandInIface())
    assert sorted(entry["service"] for entry in capabilities_asked(platform_env)) == ["WFS", "WMS", "WMTS"]
    for kind in ("wms", "wfs", "wmts"):
        wanted = next(layer for layer in panel.service_layers if layer.kind == kind)
        for _twice in range(2):
            index = find_row(panel, panel.service_view,
                             lambda p, wanted=wanted: isinstance(p, ServicePayload) and p.layer is wanted
                             and p.style is None)
            layer = layer_added_by(lambda index=index: panel.add_index(index))
            assert layer.isValid() and wanted.name.split(":")[-1] in layer.source()
    asked = [entry["service"] for entry in capabilities_asked(platform_env)]
    assert sorted(asked) == ["WFS", "WMS", "WMTS"], capabilities_asked(platform_env)
    for layer in QgsProject.instance().mapLayers().values():
        QgsProject.instance().removeMapLayer(layer.id())
    dispose(panel)
