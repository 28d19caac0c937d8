"""LayerSpec → valid QGIS layer, from the local platform, in a task or directly."""

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QEventLoop, QTimer

from datagrandest_plugin.core.errors import BadAnswer
from datagrandest_plugin.core.layers.factory import create_layer
from datagrandest_plugin.core.layers.spec import LayerSpec
from datagrandest_plugin.core.ogc.ows_urls import qualified_name, service_base_url, workspace_of
from datagrandest_plugin.gui.common.layer_loader import add_layer


def ws_url(platform, workspace, service="ows"):
    return f"{platform.urls['base_url']}/geoserver/{workspace}/{service}"


def test_url_helpers():
    url = "https://x/geoserver/geograndest/ows?SERVICE=WMS&REQUEST=GetCapabilities&map=a"
    assert service_base_url(url) == "https://x/geoserver/geograndest/ows?map=a"
    assert workspace_of(url) == "geograndest"
    assert workspace_of("https://x/geoserver/ows") == ""
    assert workspace_of("https://x/geoserver/gwc/service/wmts") == ""
    assert qualified_name(url, "ocs") == "geograndest:ocs"
    assert qualified_name("https://x/geoserver/ows", "ocs") == "ocs"


def test_wfs_name_without_prefix_on_a_workspace_endpoint(qgis_app, local_platform):
    spec = LayerSpec(kind="wfs", url=ws_url(local_platform, "region-grand-est") + "?SERVICE=WFS&REQUEST=GetCapabilities",
                     name="departement", title="Départements", abstract="Limites", metadata_url="http://127.0.0.1/md")
    layer = create_layer(spec)
    assert layer.featureCount() == 2
    assert layer.name() == "Départements"
    assert layer.metadata().abstract() == "Limites"
    assert [link.url for link in layer.metadata().links()] == ["http://127.0.0.1/md"]


def test_wms_with_style_and_wmts(qgis_app, local_platform):
    wms = create_layer(LayerSpec(kind="wms", url=ws_url(local_platform, "geograndest"), name="ocs_grand_est_2019_d54",
                                 style="ocs_grand_est_niveau_1"))
    assert wms.isValid() and wms.crs().authid() == "EPSG:2154"
    wmts = create_layer(LayerSpec(kind="wmts", url=local_platform.urls["wmts_url"], name="geograndest:ocs_grand_est_2019_d54",
                                  tile_matrix_set="EPSG:2154"))
    assert wmts.isValid()


def test_unknown_layer_is_one_sentence(qgis_app, local_platform):
    with pytest.raises(BadAnswer, match="could not be loaded"):
        create_layer(LayerSpec(kind="wfs", url=local_platform.urls["wfs_url"], name="geograndest:does_not_exist"))


def test_add_layer_in_background_adds_it_to_the_project(qgis_app, local_platform):
    project = QgsProject()
    loop = QEventLoop()
    outcome = {}
    spec = LayerSpec(kind="wfs", url=ws_url(local_platform, "region-grand-est"), name="epci", title="EPCI")
    add_layer(spec, lambda layer: (outcome.update(layer=layer), loop.quit()),
              lambda error: (outcome.update(error=error), loop.quit()), project=project)
    QTimer.singleShot(30000, loop.quit)  # bound only
    loop.exec_()
    assert "layer" in outcome, outcome.get("error")
    assert project.mapLayersByName("EPCI") and outcome["layer"].featureCount() == 2
    assert outcome["layer"].thread() == qgis_app.thread()
