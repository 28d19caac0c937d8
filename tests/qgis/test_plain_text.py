"""Remote text is plain text in every widget of gui/: hostile records go through
the real panels (served on 127.0.0.1), then every tooltip, label and item of the
panel is walked. Whatever Qt would interpret as rich text must hold no raw tag
from the remote text, and the hostile title must be displayed literally."""

import json
from datetime import date, datetime, timezone

import pytest
from qgis.PyQt.QtCore import QModelIndex, Qt
from qgis.PyQt.QtGui import QTextDocument
from qgis.PyQt.QtWidgets import QAbstractItemView, QComboBox, QLabel, QWidget

from support import dispose
from support.content_server import ContentServer
from support.iface import StandInIface
from support.qt import wait_for

from datagrandest_plugin.core.community.model import Content, Event, FuzzyDate, Group, Training, Webinar
from datagrandest_plugin.core.community.model import Scenario, ScenarioStep
from datagrandest_plugin.core.layers.spec import LayerSpec

IMG = '<img src="file:///dev/zero">'
HOSTILE_TITLE = IMG + " PCRS <b>gras</b> <a href='https://evil.example/'>lien</a>"
PCRS_NAME = "<b>gras</b>"
RAW_TAGS = ("<img", "<b>", "<a ", "<script")

PLATFORM_VARIABLES = ("DGE_CSW_URL", "DGE_D4C_URL", "DGE_OWS_URL", "DGE_WMS_URL", "DGE_WFS_URL", "DGE_WMTS_URL",
                      "DGE_CONTENT_URL", "DGE_LEGACY_CONFIG_URL")


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


WMS = f"""<?xml version="1.0"?>
<WMS_Capabilities version="1.3.0" xmlns="http://www.opengis.net/wms" xmlns:xlink="http://www.w3.org/1999/xlink">
<Service><Name>WMS</Name><Title>{_xml_text(IMG)}</Title></Service>
<Capability><Request><GetMap><Format>image/png</Format></GetMap></Request>
<Layer><Title>Root</Title><CRS>EPSG:2154</CRS>
 <Layer queryable="1"><Name>ws:pcrs{_xml_text(PCRS_NAME)}</Name><Title>{_xml_text(HOSTILE_TITLE)}</Title>
  <Abstract>{_xml_text(HOSTILE_TITLE)}</Abstract>
  <CRS>EPSG:2154</CRS>
  <Style><Name>a</Name><Title>{_xml_text(HOSTILE_TITLE)}</Title></Style><Style><Name>b</Name><Title>B</Title></Style>
 </Layer>
</Layer></Capability></WMS_Capabilities>"""

CSW = f"""<?xml version="1.0"?>
<csw:GetRecordsResponse xmlns:csw="http://www.opengis.net/cat/csw/2.0.2" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:dct="http://purl.org/dc/terms/" version="2.0.2"><csw:SearchStatus timestamp="2030-01-01T00:00:00Z"/>
<csw:SearchResults numberOfRecordsMatched="1" numberOfRecordsReturned="1" nextRecord="0" elementSet="full">
<csw:Record><dc:identifier>hostile</dc:identifier><dc:title>{_xml_text(HOSTILE_TITLE)}</dc:title>
<dct:abstract>{_xml_text(HOSTILE_TITLE)}</dct:abstract><dc:publisher>{_xml_text(HOSTILE_TITLE)}</dc:publisher></csw:Record>
</csw:SearchResults></csw:GetRecordsResponse>"""

D4C = {"nhits": 1, "datasets": [{"datasetid": "hostile", "metas": {
    "title": HOSTILE_TITLE, "description": HOSTILE_TITLE, "publisher": HOSTILE_TITLE,
    "resources": [{"url": "https://example.test/wms", "name": HOSTILE_TITLE, "format": "WMS"}]}}],
    "facet_groups": [{"name": "theme", "facets": [{"name": HOSTILE_TITLE, "count": 1}]}]}

LEGACY = {"title": "R", "type": "folder", "children": [
    {"title": HOSTILE_TITLE, "type": "folder", "description": HOSTILE_TITLE, "children": [
        {"title": HOSTILE_TITLE, "type": "wms_layer", "description": HOSTILE_TITLE,
         "params": {"url": "https://example.test/wms", "name": "x"}}]}]}


def interpreted(text: str) -> bool:
    return bool(text) and Qt.mightBeRichText(text)


def displayed(text: str) -> str:
    """What the user reads: Qt's own rendering of a rich text, the text itself otherwise."""
    if not interpreted(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _model_texts(model, parent=QModelIndex()):
    for row in range(model.rowCount(parent)):
        try:
            columns = model.columnCount(parent)
        except TypeError:  # list models hide columnCount from Python
            columns = 1
        for column in range(columns):
            index = model.index(row, column, parent)
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield f"item tooltip {row},{column}", tip, interpreted(tip)
        first = model.index(row, 0, parent)
        if first.isValid() and model.rowCount(first) > 0:
            yield from _model_texts(model, first)


def shown_texts(widget):
    """(where, text, interpreted) for every tooltip, label and item tooltip under ``widget``."""
    for child in [widget] + widget.findChildren(QWidget):
        name = type(child).__name__
        yield f"{name} tooltip", child.toolTip(), interpreted(child.toolTip())
        if isinstance(child, QLabel):
            form = child.textFormat()
            rich = form == Qt.TextFormat.RichText or (form == Qt.TextFormat.AutoText and interpreted(child.text()))
            yield f"{name} text", child.text(), rich
        if isinstance(child, (QAbstractItemView, QComboBox)) and child.model() is not None:
            yield from ((f"{name} {where}", text, rich) for where, text, rich in _model_texts(child.model()))


def assert_plain(widget, expected: str):
    found = list(shown_texts(widget))
    for where, text, rich in found:
        if rich:
            assert not any(tag in text.lower() for tag in RAW_TAGS), f"{where} renders remote markup: {text[:200]}"
    assert any(expected in displayed(text) for _where, text, _rich in found), "the hostile text is not shown literally"


@pytest.fixture
def hostile_platform(qgis_app, french, tmp_path, monkeypatch):
    with ContentServer(WMS.encode("utf-8"), "text/xml") as wms, \
            ContentServer(json.dumps(D4C).encode("utf-8")) as d4c, \
            ContentServer(CSW.encode("utf-8"), "application/xml") as csw, \
            ContentServer(json.dumps(LEGACY).encode("utf-8")) as legacy:
        for name in PLATFORM_VARIABLES:
            monkeypatch.setenv(name, wms.url)
        monkeypatch.setenv("DGE_D4C_URL", d4c.url.rsplit("/", 1)[0])
        monkeypatch.setenv("DGE_LEGACY_CONFIG_URL", legacy.url)
        monkeypatch.setenv("DGE_CSW_URL", csw.url)
        monkeypatch.setenv("DGE_CACHE_DIR", str(tmp_path / "cache"))
        monkeypatch.setenv("DGE_DATA_DIR", str(tmp_path / "data"))
        yield


def test_catalogue_results_show_hostile_titles_as_text(hostile_platform):
    from datagrandest_plugin.gui.catalog.panel import CatalogPanel

    iface = StandInIface()
    panel = CatalogPanel(iface)
    try:
        panel.source_combo.setCurrentIndex(panel.source_combo.findData("csw"))
        panel.search_box.setText("hostile")
        assert wait_for(panel.search_finished)
        assert panel.results.topLevelItemCount() == 1
        assert_plain(panel, IMG)
    finally:
        dispose(panel)


def test_layers_panel_service_and_legacy_items_show_hostile_text_as_text(hostile_platform):
    from datagrandest_plugin.gui.layers.panel import LayersPanel

    panel = LayersPanel(StandInIface())
    try:
        legacy = panel.legacy_loaded
        services = panel.services_loaded
        panel.show()
        assert wait_for(services) or panel.service_layers
        if panel.legacy_tree is None:
            assert wait_for(legacy)
        assert panel.service_layers and panel.legacy_tree is not None
        assert_plain(panel, IMG)
    finally:
        dispose(panel)


def test_pcrs_panel_shows_hostile_titles_as_text(hostile_platform):
    from datagrandest_plugin.gui.pcrs.panel import PcrsPanel

    panel = PcrsPanel()
    try:
        listed = panel.listed
        panel.show()
        assert wait_for(listed)
        assert panel.table.rowCount() >= 1
        assert_plain(panel, PCRS_NAME)
    finally:
        dispose(panel)


def test_services_panel_shows_a_server_message_with_markup_as_text(qgis_app, french, fault_server, monkeypatch):
    from datagrandest_plugin.gui.services.panel import ServicesPanel

    for name in PLATFORM_VARIABLES:
        monkeypatch.setenv(name, fault_server.url("/exception"))
    panel = ServicesPanel()
    try:
        panel.start_checks()
        assert wait_for(panel.checks_done)
        assert_plain(panel, "<script>")  # the fault server's exception report says "Unknown layer <script>"
    finally:
        dispose(panel)


def _hostile_content():
    # built directly, as if a rule of the content validation let markup through one day
    day = date(2030, 3, 7)
    return Content(
        schema_version="1.0",
        webinars=(Webinar(id="w", date=day, title=HOSTILE_TITLE, description=HOSTILE_TITLE),),
        events=(Event(id="e", kind="thematic_day", date=FuzzyDate(day), title=HOSTILE_TITLE, place=HOSTILE_TITLE),),
        trainings=(Training(id="t", title=HOSTILE_TITLE, audience=HOSTILE_TITLE, description=HOSTILE_TITLE),),
        groups=(Group(id="g", kind="project_group", title=HOSTILE_TITLE, summary=HOSTILE_TITLE),),
    )


@pytest.mark.parametrize("page_name", ["AgendaPage", "GroupsPage", "TrainingsPage", "WebinarsPage"])
def test_community_pages_show_hostile_content_as_text(qgis_app, french, page_name):
    from datagrandest_plugin.gui.community import agenda, groups, trainings, webinars

    module = {"AgendaPage": agenda, "GroupsPage": groups, "TrainingsPage": trainings, "WebinarsPage": webinars}[page_name]
    page = getattr(module, page_name)()
    try:
        page.show_content(_hostile_content(), datetime(2030, 1, 1, tzinfo=timezone.utc))
        found = list(shown_texts(page))
        for where, text, rich in found:
            if rich:
                assert not any(tag in text.lower() for tag in RAW_TAGS), f"{where} renders remote markup: {text[:200]}"
    finally:
        dispose(page)


def test_scenario_player_shows_hostile_notes_as_text(qgis_app, french):
    from datagrandest_plugin.gui.community.scenario_player import ScenarioPlayer, ScenarioPlayerDialog

    scenario = Scenario(title=HOSTILE_TITLE, description=HOSTILE_TITLE,
                        steps=(ScenarioStep(action="search", text="ocs", note=HOSTILE_TITLE),))
    dialog = ScenarioPlayerDialog(ScenarioPlayer(scenario, None, None))
    try:
        assert_plain(dialog, IMG)
    finally:
        dispose(dialog)


def test_browser_favourite_tooltip_shows_a_hostile_abstract_as_text(qgis_app):
    from datagrandest_plugin.gui.integration.browser_items import layer_item

    spec = LayerSpec(kind="wms", url="https://example.test/wms", name="x", title=HOSTILE_TITLE, abstract=HOSTILE_TITLE)
    item = layer_item(None, spec, "/DataGrandEst/favourites/0")
    tip = item.toolTip()
    assert not (interpreted(tip) and any(tag in tip.lower() for tag in RAW_TAGS)), tip
    assert IMG in displayed(tip)
