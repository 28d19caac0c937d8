"""The platform's curated QGIS project (.qgz/.qgs) served by the local platform: read as XML,
its layers added with their saved style and metadata, never with the project's credentials."""

import json
from dataclasses import replace

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QEventLoop, QTimer

from platform_project_sample import GROUPS, STYLED
from support import run_cli

from datagrandest_plugin.core.net.cache import DiskCache
from datagrandest_plugin.core.errors import DgeError
from datagrandest_plugin.core.trees.platform_project import QGIS_STYLE_KEY, load_platform_project
from datagrandest_plugin.core.ogc.server_styles import style_source_of
from datagrandest_plugin.core.net.transport.requests_transport import RequestsTransport
from datagrandest_plugin.gui.common.layer_loader import add_layer
from datagrandest_plugin.toolbelt.settings import PlgSettings

SECRETS = ("project-user", "secret-of-the-project")


def project_settings(platform, **changes):
    urls = platform.urls
    return replace(PlgSettings(), platform_project_url=urls["platform_project_url"], wfs_url=urls["wfs_url"],
                   ows_url=urls["ows_url"], wms_url=urls["wms_url"], **changes)


def expected_rows():
    rows = []
    for group, layers in GROUPS:
        rows.append((0, group, "group", ""))
        rows += [(1, title, kind, name) for kind, title, name, _geometry, _abstract in layers]
    return rows


@pytest.fixture
def tree(local_platform, tmp_path):
    return load_platform_project(RequestsTransport(timeout=30), DiskCache(tmp_path / "cache"),
                                 project_settings(local_platform, authcfg_ows="ows1234"))


def test_cli_tree_project_lists_groups_and_layers_in_order(local_platform):
    result = run_cli("--json", "tree", "--project", local_platform.urls["platform_project_url"])
    assert result.returncode == 0, result.stderr
    nodes = json.loads(result.stdout)["nodes"]
    assert [(n["depth"], n["title"], n["kind"], n["name"]) for n in nodes] == expected_rows()
    wms = next(n for n in nodes if n["kind"] == "wms")
    assert wms["style"] == "ocs_grand_est_niveau_1" and wms["source"].startswith(local_platform.urls["base_url"])


def test_layers_never_carry_the_project_credentials(tree, local_platform):
    layers = [node.spec for node in tree.layers()]
    assert len(layers) == len(expected_rows()) - len(GROUPS)
    for spec in layers:
        text = spec.uri() + spec.extra.get(QGIS_STYLE_KEY, "")
        assert not any(secret in text for secret in SECRETS), spec.name
        assert spec.authcfg == "ows1234"  # the platform's own, on the platform's origin only


def added(spec):
    loop, outcome = QEventLoop(), {"project": QgsProject()}  # the project owns the layer: kept with it
    add_layer(spec, lambda layer: (outcome.update(layer=layer), loop.quit()),
              lambda error: (outcome.update(error=error), loop.quit()), project=outcome["project"])
    QTimer.singleShot(30000, loop.quit)  # bound only
    loop.exec_()
    return outcome


def test_wfs_layer_is_added_with_its_saved_style_and_metadata(qgis_app, tree):
    node = next(n for n in tree.layers() if n.spec.name == "geograndest:pcrs_facade")
    spec = replace(node.spec, authcfg="")
    outcome = added(spec)
    assert "layer" in outcome, outcome.get("error")
    layer = outcome["layer"]
    colour, width = STYLED["pcrs_facade"]
    assert layer.renderer().symbol().color().name() == colour
    assert layer.renderer().symbol().width() == pytest.approx(width)
    assert style_source_of(layer) == "platform_project"
    _kind, title, _name, _geometry, abstract = GROUPS[1][1][0]
    assert layer.name() == title and layer.metadata().abstract() == abstract
    assert {link.name for link in layer.metadata().links()} == {"Fiche de métadonnées", "Portail"}


def test_layer_whose_source_does_not_answer_is_one_sentence(qgis_app, tree):
    node = next(n for n in tree.layers() if n.spec.name == "absent:couche_absente")
    outcome = added(replace(node.spec, authcfg=""))
    assert "layer" not in outcome
    assert "Couche indisponible" in outcome["error"].message and "\n" not in outcome["error"].message


def test_offline_the_last_good_copy_is_shown(local_platform, tmp_path):
    cache = DiskCache(tmp_path / "cache")
    settings = project_settings(local_platform, cache_lifetime_hours=0.0)
    live = load_platform_project(RequestsTransport(timeout=30), cache, settings)
    assert live.source == "live"
    offline = load_platform_project(RequestsTransport(offline=True), cache, settings)
    assert offline.source == "stale" and offline.error is not None
    assert [n.title for n in offline.nodes()] == [n.title for n in live.nodes()]


@pytest.mark.parametrize("behaviour", ["html", "broken-xml", "empty", "500"])
def test_a_project_that_cannot_be_read_is_one_sentence(fault_server, tmp_path, behaviour):
    settings = replace(PlgSettings(), platform_project_url=fault_server.switch("project", behaviour))
    with pytest.raises(DgeError) as raised:
        load_platform_project(RequestsTransport(timeout=10), DiskCache(tmp_path / "cache"), settings)
    assert raised.value.message and "\n" not in raised.value.message


def test_a_broken_qgz_is_one_sentence(fault_server, tmp_path):
    url = fault_server.switch("qgz", "good", body=b"PK\x03\x04 not really a zip", content_type="application/zip")
    with pytest.raises(DgeError, match="qgz"):
        load_platform_project(RequestsTransport(timeout=10), DiskCache(tmp_path / "cache"),
                              replace(PlgSettings(), platform_project_url=url))
