"""`tree`: the historical layer tree from the platform, a file, or the bundled copy."""

import json

from support import run_cli


def walk(node):
    yield node
    for child in node["children"]:
        yield from walk(child)


def test_tree_json_from_the_platform(local_platform, tmp_path):
    env = {"DGE_LEGACY_CONFIG_URL": local_platform.urls["legacy_config_url"], "DGE_CACHE_DIR": str(tmp_path)}
    result = run_cli("tree", "--json", env=env)
    assert result.returncode == 0, result.stderr
    root = json.loads(result.stdout)
    assert root["type"] == "folder" and root["title"] == "DataGrandEst - plateforme locale"
    nodes = list(walk(root))
    assert {n["type"] for n in nodes} == {"folder", "wmts_layer", "wms_layer", "wfs_feature_type"}
    wfs = next(n for n in nodes if n["type"] == "wfs_feature_type" and n["params"]["name"].endswith("pcrs_facade"))
    assert wfs["params"]["url"].startswith(local_platform.urls["base_url"])
    assert wfs["wgs84_bbox"][0] > 6 and wfs["bbox_crs"] == ["EPSG:2154"]
    assert result.stderr == ""


def test_tree_file_with_unknown_type_and_dead_url_fallback(tmp_path):
    config = {"title": "R", "type": "folder", "children": [
        {"title": "A", "type": "wms_layer", "params": {"url": "https://h/wms", "name": "a", "srs": "EPSG:2154"}},
        {"title": "Z", "type": "arcgis_rest_layer", "params": {"url": "https://h/rest"}},
    ]}
    path = tmp_path / "config.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    result = run_cli("tree", "--config", str(path), "--json")
    assert result.returncode == 0
    root = json.loads(result.stdout)
    assert [(c["title"], c["type"]) for c in root["children"]] == [("A", "wms_layer")]
    assert root["children"][0]["params"] == {"url": "https://h/wms", "name": "a", "srs": "EPSG:2154"}
    assert "arcgis_rest_layer" in result.stderr and "Traceback" not in result.stderr

    env = {"DGE_LEGACY_CONFIG_URL": "http://127.0.0.1:1/config.json", "DGE_CACHE_DIR": str(tmp_path / "c")}
    result = run_cli("tree", env=env)
    assert result.returncode == 0
    assert result.stdout.strip().endswith("52 dossiers, 358 couches.")
    assert "127.0.0.1:1" in result.stderr and "intégrée" in result.stderr
