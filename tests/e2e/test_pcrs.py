"""PCRS: found in the capabilities and the catalogue, listed by territory and date, loaded as image and vectors."""

import json

import pytest
from qgis.core import QgsProject

from support import dispose, layer_added_by, platform_environment, platform_variables, run_cli, wait_for
from support.iface import StandInIface

from datagrandest_plugin.gui.pcrs.panel import PcrsPanel


@pytest.fixture
def platform_env(local_platform, tmp_path):
    with platform_environment(local_platform, tmp_path / "cache"):
        yield local_platform


def select(panel, key):
    row = [e.key for e in panel.shown_entries].index(key)
    panel.table.selectRow(row)


def test_panel_lists_filters_and_loads_image_and_vectors(qgis_app, french, platform_env):
    panel = PcrsPanel(StandInIface())
    panel.show()
    assert wait_for(panel.listed), panel.status.text()
    rows = {(e.key, e.territory, e.date, e.nature) for e in panel.shown_entries}
    assert rows == {("ortho_pcrs_2021", "Nancy", "2021", "image"), ("pcrs_bordure_trottoir", "Nancy", "2023", "vecteur"),
                    ("pcrs_facade", "Nancy", "2024", "vecteur")}
    assert all(e.record_id.startswith("FR-200052264-GGE-PCRS") for e in panel.shown_entries)
    assert panel.table.rowCount() == 3

    panel.territory_edit.setText("Reims")
    panel.apply_territory()
    assert wait_for(panel.listed)
    assert panel.table.rowCount() == 0 and "Reims" in panel.status.text()
    panel.territory_edit.setText("commune:54395")
    panel.apply_territory()
    assert wait_for(panel.listed)
    assert panel.table.rowCount() == 3

    select(panel, "ortho_pcrs_2021")
    assert panel.image_button.isEnabled() and not panel.vector_button.isEnabled()
    image = layer_added_by(panel.image_button.click)
    assert image.isValid() and image.providerType() == "wms" and image.name() == "Orthophotographie PCRS 2021 - Nancy"
    select(panel, "pcrs_facade")
    assert panel.vector_button.isEnabled()
    vectors = layer_added_by(panel.vector_button.click)
    assert vectors.isValid() and vectors.providerType() == "WFS"
    assert len(list(vectors.getFeatures())) == 100
    for layer in (image, vectors):
        QgsProject.instance().removeMapLayer(layer.id())
    dispose(panel)


def test_cli_pcrs(local_platform, tmp_path):
    env = platform_variables(local_platform, tmp_path)
    result = run_cli("pcrs", "--json", env=env)
    assert result.returncode == 0, result.stderr
    layers = json.loads(result.stdout)["layers"]
    assert [(l["name"], l["nature"], l["date"]) for l in layers] == [
        ("ortho_pcrs_2021", "image", "2021"), ("pcrs_bordure_trottoir", "vector", "2023"), ("pcrs_facade", "vector", "2024")]
    assert layers[2]["services"] == ["wfs", "wms", "wmts"] and layers[0]["record"].endswith("NANCY-2021")
    result = run_cli("pcrs", "--territory", "epci:200067213", "--json", env=env)
    assert result.returncode == 0 and json.loads(result.stdout)["layers"] == []
    # the catalogue down: the capabilities still give the layers, the failure is one line
    env["DGE_CSW_URL"] = "http://127.0.0.1:1/csw"
    result = run_cli("pcrs", env=env)
    assert result.returncode == 0 and "PCRS - Façades - Nancy" in result.stdout
    assert "127.0.0.1:1" in result.stderr and "Traceback" not in result.stderr


def test_offline_pcrs_lists_the_records_of_the_catalogues_offline_copy(local_platform, tmp_path):
    from csw_records import catalogue

    env = platform_variables(local_platform, tmp_path)
    pcrs_records = [r for r in catalogue(local_platform.urls["base_url"]) if "PCRS" in r.keywords]
    for record in pcrs_records:  # read once in the catalogue: its offline copy keeps them
        assert run_cli("record", record.identifier, env=env).returncode == 0
    env["DGE_OFFLINE"] = "1"  # nothing answers now, and no capabilities were ever read
    result = run_cli("pcrs", "--json", env=env)
    assert result.returncode == 0, result.stderr
    layers = json.loads(result.stdout)["layers"]
    assert {(l["name"], l["nature"], l["date"]) for l in layers} == {
        ("ortho_pcrs_2021", "image", "2021"), ("pcrs_bordure_trottoir", "vector", "2023"),
        ("pcrs_facade", "vector", "2024")}
    assert {l["record"] for l in layers} <= {r.identifier for r in pcrs_records}
    assert "les fiches vues auparavant sont utilisées" in result.stderr and "Traceback" not in result.stderr


def test_pcrs_asks_the_catalogue_by_its_configured_protocol(local_platform, tmp_path):
    env = platform_variables(local_platform, tmp_path)
    env["DGE_CATALOGUE_PROTOCOL"] = "oarec"
    env["DGE_CSW_URL"] = "http://127.0.0.1:1/csw"  # not asked: the records come from OGC API Records
    env["DGE_OWS_URL"] = env["DGE_WMS_URL"] = env["DGE_WFS_URL"] = env["DGE_WMTS_URL"] = "http://127.0.0.1:1/ows"
    result = run_cli("pcrs", "--json", env=env)  # the services down: what is listed comes from the records
    assert result.returncode == 0, result.stderr
    layers = json.loads(result.stdout)["layers"]
    assert {(l["name"], l["date"]) for l in layers} == {
        ("ortho_pcrs_2021", "2021"), ("pcrs_bordure_trottoir", "2023"), ("pcrs_facade", "2024")}
    assert all(l["record"].startswith("FR-200052264-GGE-PCRS") for l in layers)
