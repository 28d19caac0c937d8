"""The catalogue panel in headless QGIS, against the local pycsw and D4C."""


import pytest
from qgis.core import QgsMimeDataUtils, QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent

from support.iface import StandInIface
from support.qt import wait_for

from datagrandest_plugin.core.catalog.models import CatalogRecord, Link
from datagrandest_plugin.core.favourites import FavouritesStore
from datagrandest_plugin.gui.catalog.panel import CatalogPanel
from datagrandest_plugin.gui.catalog.result_tree import RECORD_ROLE
from datagrandest_plugin.gui.catalog.record_view import record_html

OCS_D51_2021 = "FR-200052264-GGE-OCS-GRAND-EST-D51-2021"


@pytest.fixture
def catalogue_env(local_platform, monkeypatch):
    monkeypatch.setenv("DGE_CSW_URL", local_platform.urls["csw_url"])
    monkeypatch.setenv("DGE_D4C_URL", local_platform.urls["d4c_url"])
    return local_platform


@pytest.fixture
def panel(qgis_app, french, catalogue_env, tmp_path):
    iface = StandInIface()
    widget = CatalogPanel(iface)
    widget.set_favourites(FavouritesStore(tmp_path / "favourites.json"))
    yield widget
    widget.shutdown()
    # delete the widgets now, in Qt's thread, not at interpreter exit
    widget.deleteLater()
    iface.mainWindow().deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def titles(panel):
    return [panel.results.topLevelItem(i).text(0) for i in range(panel.results.topLevelItemCount())]


def select(panel, identifier):
    for i in range(panel.results.topLevelItemCount()):
        item = panel.results.topLevelItem(i)
        if item.data(0, RECORD_ROLE).identifier == identifier:
            panel.results.setCurrentItem(item)
            return item
    raise AssertionError(f"{identifier} not in the list")


def test_search_as_you_type_runs_in_background_and_merges_sources(panel):
    panel.search_box.setText("ocs")  # typing: the debounce timer starts the search
    assert panel.results.topLevelItemCount() == 0  # nothing yet: the search is not done in this call
    assert wait_for(panel.search_finished)
    rows = titles(panel)
    assert len(rows) >= 8 and all(rows)
    sources = {panel.results.topLevelItem(i).text(4) for i in range(len(rows))}
    assert "GeoNetwork, D4C" in sources  # one line for a dataset found in both catalogues
    assert "GeoNetwork : 9" in panel.status.text() and "D4C : 9" in panel.status.text()
    assert any("WMS" in panel.results.topLevelItem(i).text(3) for i in range(len(rows)))


def test_a_new_search_replaces_the_previous_one(panel):
    panel.search("ocs")
    panel.search("pcrs")
    assert wait_for(panel.search_finished)
    rows = titles(panel)
    assert rows and all("PCRS" in t or "Plan Corps de Rue" in t or "orthophoto" in t.lower() for t in rows), rows


def test_paging_with_more_results(panel):
    panel.page_size = 4
    panel.source_combo.setCurrentIndex(1)  # GeoNetwork only
    panel.search("")
    assert wait_for(panel.search_finished)
    assert len(titles(panel)) == 4 and panel.more_button.isEnabled()
    panel.load_more()
    assert wait_for(panel.search_finished)
    assert len(titles(panel)) == 8


def test_failure_keeps_what_the_panel_showed(panel, monkeypatch, tmp_path):
    panel.search("ocs")
    assert wait_for(panel.search_finished)
    before = titles(panel)
    monkeypatch.setenv("DGE_CSW_URL", "http://127.0.0.1:1/csw")
    monkeypatch.setenv("DGE_D4C_URL", "http://127.0.0.1:1/d4c")
    monkeypatch.setenv("DGE_CACHE_DIR", str(tmp_path / "empty-cache"))  # nothing seen before
    panel.search("communes")
    assert wait_for(panel.search_finished)
    assert titles(panel) == before
    assert "Impossible de joindre 127.0.0.1:1 : connexion refusée." in panel.status.text()


def test_offline_shows_the_records_seen_before_marked_offline(panel, monkeypatch, tmp_path):
    monkeypatch.setenv("DGE_CACHE_DIR", str(tmp_path / "cache"))
    panel.search("commune")
    assert wait_for(panel.search_finished)
    online = titles(panel)
    monkeypatch.setenv("DGE_OFFLINE", "1")  # the same catalogues, not answering
    panel.search("")
    panel.search("commune")
    assert wait_for(panel.search_finished)
    assert sorted(titles(panel)) == sorted(online)
    assert "GeoNetwork : hors ligne, copie du" in panel.status.text()
    assert "pas été contacté" in panel.status.text()


def test_detail_thumbnail_and_add_to_map(panel):
    panel.search("ocs 2021")
    assert wait_for(panel.search_finished)
    select(panel, OCS_D51_2021)
    if not panel.current_record().detailed:
        assert wait_for(panel.detail_shown), "the full record never came"
    record = panel.current_record()
    assert record.detailed and record.lineage and record.sources == ["csw", "d4c"]
    assert "Généalogie" in panel.detail.toHtml() and "Photo-interprétation" in panel.detail.toPlainText()
    if panel.thumbnail.pixmap() is None or panel.thumbnail.pixmap().isNull():
        assert wait_for(panel.thumbnail_shown)
    assert not panel.thumbnail.pixmap().isNull()
    assert panel.add_button.isEnabled() and len(panel.add_menu.actions()) >= 4
    panel.add_current(ask=False)
    added = wait_for(panel.layer_added)
    assert added, panel.status.text()
    layer = added[0][0]
    assert layer.isValid() and layer.name().startswith("Occupation du sol 2021")
    assert QgsProject.instance().mapLayer(layer.id()) is not None
    assert layer.metadata().abstract()
    QgsProject.instance().removeMapLayer(layer.id())


def test_drag_gives_qgis_a_layer_uri(panel):
    panel.search("commune")
    assert wait_for(panel.search_finished)
    item = select(panel, "FR-200052264-Commune_Grand_Est")
    uris = QgsMimeDataUtils.decodeUriList(panel.results.mimeData([item]))
    assert len(uris) == 1 and uris[0].providerKey == "wms"
    layer = QgsRasterLayer(uris[0].uri, uris[0].name, uris[0].providerKey)
    assert layer.isValid()


def test_favourite_star_persists(panel, tmp_path):
    panel.search("commune")
    assert wait_for(panel.search_finished)
    select(panel, "FR-200052264-Commune_Grand_Est")
    panel.toggle_favourite()
    assert panel.favourite_button.text() == "★"
    stored = FavouritesStore(tmp_path / "favourites.json").items
    assert [f.identifier for f in stored] == ["FR-200052264-Commune_Grand_Est"]
    assert stored[0].layer is not None and stored[0].layer.kind == "wms"
    panel.toggle_favourite()
    assert FavouritesStore(tmp_path / "favourites.json").items == []


def test_hostile_record_text_is_shown_as_text():
    record = CatalogRecord(
        identifier="x", title="<script>alert(1)</script>Titre", sources=["csw"], abstract="<img src='http://evil/x.png'> résumé",
        links=[Link(protocol="WWW:LINK", url="javascript:alert(1)", name="piège"), Link(protocol="WWW:LINK", url="file:///etc/passwd",
                                                                                        name="fichier"),
               Link(protocol="WWW:LINK", url="https://www.datagrandest.fr/portail/fr", name="portail")])
    html = record_html(record)
    assert "<script>" not in html and "<img" not in html
    assert "href='javascript" not in html and "href='file" not in html
    assert "href='https://www.datagrandest.fr/portail/fr'" in html


LIMITS = "FR-200052264-REGION-GRAND-EST-LIMITES-ADMINISTRATIVES"


def _choose_in_dialog(layer_name, chosen, blocking):
    """When the layer choice opens, pick ``layer_name`` in its list and click OK, as a person does."""
    from qgis.PyQt.QtCore import Qt, QTimer
    from qgis.PyQt.QtTest import QTest
    from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox

    def act():
        shown = [w for w in QApplication.topLevelWidgets() if w.objectName() == "DataGrandEstLayerChoice" and w.isVisible()]
        dialog = shown[0] if shown else None
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        combo = dialog.layer_combo
        combo.setFocus()
        target = combo.findData(layer_name)
        while combo.currentIndex() != target:
            QTest.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)
        chosen.append(combo.currentText())
        blocking.append(QApplication.activeModalWidget() is not None or dialog.isModal())
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)


def test_layers_chosen_in_one_record_are_named_after_the_layer(panel):
    """Communes, then EPCI, from the "Limites administratives" record: two layers, two names (issue 14, item 3)."""
    from sample_layers import layer as sample_layer

    panel.search("limites administratives")
    assert wait_for(panel.search_finished)
    select(panel, LIMITS)
    if not panel.current_record().detailed:
        assert wait_for(panel.detail_shown)
    record = panel.current_record()
    wfs = next(link for link in record.links if link.protocol.upper().startswith("OGC:WFS") and not link.name)
    names = []
    for layer_name in ("region-grand-est:commune_actuelle", "region-grand-est:epci"):
        chosen, blocking = [], []
        _choose_in_dialog(layer_name, chosen, blocking)
        panel.add_link(wfs)
        added = wait_for(panel.layer_added)
        assert added and chosen, panel.status.text()
        assert blocking == [False], "the choice, asked from a task's callback, is not a modal dialog"
        names.append(added[0][0].name())
    assert names == [sample_layer("commune_actuelle").title, sample_layer("epci").title]
    assert record.title not in names
    for layer in QgsProject.instance().mapLayers().values():
        QgsProject.instance().removeMapLayer(layer.id())
