"""Historical tree nodes that need more than a URI: a GDAL WMS file next to config.json; a broken live file."""

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from support import run_cli

from datagrandest_plugin.core.errors import BadAnswer
from datagrandest_plugin.core.layers.factory import create_layer
from datagrandest_plugin.core.trees.legacy import fetch_gdal_config, read_legacy_config
from datagrandest_plugin.core.net.transport.requests_transport import RequestsTransport

GDAL_WMS = """<GDAL_WMS>
  <Service name="WMS"><Version>1.1.1</Version><ServerUrl>{base}/geoserver/geograndest/wms?</ServerUrl>
    <SRS>EPSG:2154</SRS><ImageFormat>image/png</ImageFormat><Layers>ortho_pcrs_2021</Layers></Service>
  <DataWindow><UpperLeftX>929200</UpperLeftX><UpperLeftY>6844760</UpperLeftY>
    <LowerRightX>931760</LowerRightX><LowerRightY>6842200</LowerRightY><SizeX>512</SizeX><SizeY>512</SizeY></DataWindow>
  <Projection>EPSG:2154</Projection><BandsCount>3</BandsCount>
</GDAL_WMS>"""


@pytest.fixture
def config_site(tmp_path, local_platform):
    (tmp_path / "gdal").mkdir()
    (tmp_path / "gdal" / "ortho.xml").write_text(GDAL_WMS.format(base=local_platform.urls["base_url"]))
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(SimpleHTTPRequestHandler, directory=str(tmp_path)))
    server.RequestHandlerClass.log_message = lambda *args: None
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_gdal_wms_node_downloads_its_file_and_loads(qgis_app, config_site, tmp_path):
    tree = read_legacy_config({"title": "R", "type": "folder", "children": [
        {"title": "Ortho GDAL", "type": "gdal_wms_config_file", "params": {"file_path": "gdal/ortho.xml"}}]},
        config_site + "/config.json")
    spec = tree.layers()[0].spec
    assert spec.url == config_site + "/gdal/ortho.xml"
    local = fetch_gdal_config(spec, RequestsTransport(timeout=30), tmp_path / "cache")
    assert local.url.endswith(".xml") and local.url.startswith(str(tmp_path / "cache"))
    layer = create_layer(local)
    assert layer.isValid() and layer.providerType() == "gdal" and layer.bandCount() == 3
    assert layer.crs().authid() == "EPSG:2154" and layer.name() == "Ortho GDAL"


def test_a_file_that_is_not_gdal_wms_is_refused(fault_server, tmp_path):
    tree = read_legacy_config({"title": "R", "type": "folder", "children": [
        {"title": "Faux", "type": "gdal_wms_config_file", "params": {"file_path": "ok.xml"}}]},
        fault_server.url("/config.json"))
    with pytest.raises(BadAnswer, match="GDAL_WMS"):
        fetch_gdal_config(tree.layers()[0].spec, RequestsTransport(timeout=30), tmp_path)
    assert not any(tmp_path.iterdir())


def test_broken_live_tree_shows_the_bundled_copy(fault_server, tmp_path):
    env = {"DGE_LEGACY_CONFIG_URL": fault_server.url("/invalid-json"), "DGE_CACHE_DIR": str(tmp_path)}
    result = run_cli("tree", env=env)
    assert result.returncode == 0 and result.stdout.strip().endswith("52 dossiers, 358 couches.")
    assert "JSON" in result.stderr and "Traceback" not in result.stderr
