"""WFS layers take the platform's style (WMS GetStyles) on the local platform's QGIS Server;
a server with no style or a style QGIS cannot read leaves the default and one sentence."""

import requests
from lxml import etree
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QEventLoop, QTimer

from datagrandest_plugin.core.layers.factory import create_layer, finish_layer, server_style_for
from datagrandest_plugin.core.layers.spec import LayerSpec
from datagrandest_plugin.core.ocs.products import with_nomenclature_style
from datagrandest_plugin.core.ocs.nomenclature import DEFAULT_READING, hex_to_rgb
from datagrandest_plugin.core.ogc.server_styles import SERVER_STYLE_KEY, ServerStyle, apply_server_style, style_source_of
from datagrandest_plugin.core.net.transport.requests_transport import RequestsTransport
from datagrandest_plugin.gui.common.layer_loader import add_layer
from datagrandest_plugin.toolbelt.settings import PlgSettings

SE = "{http://www.opengis.net/se}SvgParameter"
UNREADABLE_SLD = (b'<?xml version="1.0"?><StyledLayerDescriptor xmlns="http://www.opengis.net/sld" version="1.1.0">'
                  b"<NamedLayer><Name>x</Name><UserStyle><Name>broken</Name></UserStyle></NamedLayer>"
                  b"</StyledLayerDescriptor>")


def served_stroke(platform, name):
    """The stroke colour of the layer's style, read from QGIS Server directly (not through the plugin)."""
    answer = requests.get(platform.urls["wms_url"], params={"SERVICE": "WMS", "VERSION": "1.1.1",
                                                            "REQUEST": "GetStyles", "LAYERS": name}, timeout=30)
    root = etree.fromstring(answer.content)
    return next(p.text for p in root.iter(SE) if p.get("name") == "stroke")


def added(qgis_app, spec, project):
    loop, outcome = QEventLoop(), {}
    add_layer(spec, lambda layer: (outcome.update(layer=layer), loop.quit()),
              lambda error: (outcome.update(error=error), loop.quit()), project=project)
    QTimer.singleShot(30000, loop.quit)  # bound only
    loop.exec_()
    assert "layer" in outcome, outcome.get("error")
    return outcome["layer"]


def test_wfs_layer_added_carries_the_server_style(qgis_app, local_platform):
    name = "geograndest:pcrs_facade"
    project = QgsProject()  # owns the layer: kept while the test reads it
    layer = added(qgis_app, LayerSpec(kind="wfs", url=local_platform.urls["wfs_url"], name=name, title="Façades"),
                  project)
    expected = served_stroke(local_platform, name)
    assert layer.renderer().symbol().color().name() == expected.lower()
    assert style_source_of(layer) == "server"


def test_ocs_layer_takes_the_server_style_of_its_reading(qgis_app, local_platform):
    spec = with_nomenclature_style(LayerSpec(kind="wfs", url=local_platform.urls["wfs_url"],
                                             name="geograndest:ocs_grand_est_2021_d51"))
    layer = create_layer(spec)
    style, note = server_style_for(spec, RequestsTransport(), PlgSettings())
    assert note == "" and style.name == DEFAULT_READING.server_style
    assert finish_layer(layer, spec, style, note)[0] == "server"
    assert layer.renderer().type() == "RuleRenderer"  # QGIS reads SLD rules, the bundled QML is categorised


def test_ocs_layer_keeps_the_bundled_style_when_the_server_lacks_that_reading(qgis_app, local_platform):
    spec = with_nomenclature_style(LayerSpec(kind="wfs", url=local_platform.urls["wfs_url"],
                                             name="geograndest:ocs_grand_est_2021_d51"))
    spec.extra[SERVER_STYLE_KEY] = "ocs_grand_est_not_published"
    layer = create_layer(spec)
    style, note = server_style_for(spec, RequestsTransport(), PlgSettings())
    assert style is None and "ocs_grand_est_not_published" in note
    assert finish_layer(layer, spec, style, note)[0] == "bundled"
    colours = {c.value(): c.symbol().color() for c in layer.renderer().categories()}
    first = DEFAULT_READING.classes[0]
    assert (colours[first.code].red(), colours[first.code].green(), colours[first.code].blue()) == hex_to_rgb(first.color)


def test_option_off_asks_nothing(qgis_app, local_platform):
    spec = LayerSpec(kind="wfs", url=local_platform.urls["wfs_url"], name="geograndest:pcrs_facade")
    assert server_style_for(spec, RequestsTransport(), PlgSettings(server_styles=False)) == (None, "")


def test_no_style_is_a_sentence_not_an_error(fault_server):
    for behaviour in ("broken-xml", "exception", "html", "500", "404"):
        url = fault_server.switch("styles", behaviour)
        style, note = server_style_for(LayerSpec(kind="wfs", url=url, name="x", title="Communes"),
                                       RequestsTransport(timeout=10), PlgSettings())
        assert style is None and note and "\n" not in note, (behaviour, note)


def test_a_style_qgis_cannot_read_leaves_the_default(qgis_app, fault_server):
    url = fault_server.switch("styles", "good", body=UNREADABLE_SLD)
    spec = LayerSpec(kind="wfs", url=url, name="x", title="Communes")
    style, note = server_style_for(spec, RequestsTransport(timeout=10), PlgSettings())
    assert note == "" and isinstance(style, ServerStyle)
    layer = QgsVectorLayer("LineString?crs=EPSG:2154", "Communes", "memory")
    before = layer.renderer().symbol().color().name()
    ok, sentence = apply_server_style(layer, style)
    assert not ok and "Communes" in sentence and "\n" not in sentence
    assert layer.renderer().symbol().color().name() == before
    assert finish_layer(layer, spec, style)[0] == "default"
