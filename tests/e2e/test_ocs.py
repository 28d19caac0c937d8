"""OCS GE² from the local QGIS Server: a commune of each department, two millésimes, image and features,
with the nomenclature style; only the territory is asked of the WFS; CLI statistics match OGR."""

import json
import urllib.request
from collections import Counter

import pytest
from qgis.core import QgsMapRendererParallelJob, QgsMapSettings, QgsProject, QgsRenderContext
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

from support import dispose, platform_environment, platform_variables, run_cli, wait_for
from support.iface import StandInIface
from support.ocs_truth import commune_wkt, direct_areas

from datagrandest_plugin.core.ocs.nomenclature import LCR_NIV2, NIVEAUX_1_A_5, hex_to_rgb
from datagrandest_plugin.gui.ocs.panel import OcsPanel


COMMUNES = {"51454": "51", "54395": "54"}  # Reims, Nancy


@pytest.fixture
def platform_env(local_platform, tmp_path):
    with platform_environment(local_platform, tmp_path / "cache"):
        yield local_platform


def direct(platform, year, insee, field="code_niv1"):
    return direct_areas(platform, year, COMMUNES[insee], commune_wkt(platform, insee), field)


def feature_log(platform, clear=False):
    url = platform.urls["base_url"] + "/_stats/wfs-getfeature" + ("?clear" if clear else "")
    return json.loads(urllib.request.urlopen(url).read())


def rendered_colors(layer, extent):
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(extent)
    settings.setOutputSize(QSize(200, 200))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    return Counter(QColor(image.pixel(x, y)).name() for x in range(0, 200, 4) for y in range(0, 200, 4))


def test_commune_of_each_department_two_millesimes_features_and_images(qgis_app, french, platform_env):
    panel = OcsPanel(StandInIface())
    panel.show()
    assert wait_for(panel.ready), panel.status.text()
    years = {panel.years.item(i).data(0x0100): bool(panel.years.item(i).flags() & 0x20) for i in range(panel.years.count())}
    assert years == {2010: False, 2019: True, 2021: True}  # 2010 known but not published here
    for i in range(panel.years.count()):
        panel.years.item(i).setCheckState(2)
    assert panel.checked_years() == [2019, 2021]
    panel.kind.setCurrentIndex(0)  # commune
    panel.reading.setCurrentIndex([panel.reading.itemData(i) for i in range(panel.reading.count())].index("niveau_1_a_5"))
    project = QgsProject.instance()
    for insee, dep in COMMUNES.items():
        panel.territory_edit.setText(insee)
        # features cut to the commune, styled with the shipped QML
        panel.vector_mode.setChecked(True)
        feature_log(platform_env, clear=True)
        assert len(panel.load()) == 1  # one task cuts both millésimes and writes them to the GeoPackage
        received = wait_for(panel.loaded)
        assert received, panel.status.text()
        layers = sorted(received[0][0], key=lambda l: l.name())
        asked = feature_log(platform_env)
        for layer, year in zip(layers, (2019, 2021)):
            assert layer.isValid() and f"{year}" in layer.name()
            totals, count = direct(platform_env, year, insee, "code_niv4")
            assert layer.featureCount() == count
            areas = Counter()
            renderer = layer.renderer().clone()
            context = QgsRenderContext()
            renderer.startRender(context, layer.fields())
            for feature in layer.getFeatures():
                code = feature["code_niv4"]
                areas[code] += feature.geometry().area() / 10000.0
                color = renderer.symbolForFeature(feature, context).color()
                assert (color.red(), color.green(), color.blue()) == hex_to_rgb(NIVEAUX_1_A_5.by_code()[code].color)
                assert feature["lib_niveau_1_a_5"] == NIVEAUX_1_A_5.label(code)
                assert feature["lib_lcr_niv2"] == LCR_NIV2.label(LCR_NIV2.class_of(feature.attributeMap()))
            renderer.stopRender(context)
            assert set(areas) == set(totals)
            for code, area in totals.items():
                assert areas[code] == pytest.approx(area, rel=1e-3)
            # only the commune's features were sent by the server
            wfs = [e for e in asked if e["typename"] == f"geograndest:ocs_grand_est_{year}_d{dep}"]
            # every request that got features carried the commune's filter, but for a one-feature
            # probe (QGIS 3.40+ reads one feature of the layer to learn its geometry type); the
            # full answer held the commune's features only
            answered = [e for e in wfs if e["features"] and e["count"] != "1"]
            assert answered and all("BBOX" in e["filter"] and insee in e["filter"] for e in answered), wfs
            assert max(e["features"] for e in answered) == count < 86, wfs
            assert all(e["features"] <= 1 for e in wfs if e["count"] == "1"), wfs
        # tiles drawn by the server with the reading's style
        panel.raster_mode.setChecked(True)
        assert len(panel.load()) == 2
        received = wait_for(panel.loaded)
        assert received, panel.status.text()
        images = received[0][0]
        assert len(images) == 2
        palette = {c.color for c in NIVEAUX_1_A_5.classes}
        extent = layers[0].extent()
        for image in images:
            assert image.isValid() and "styles=ocs_grand_est_niveau_1_a_5" in image.source()
            colors = rendered_colors(image, extent)
            assert colors.most_common(1)[0][0] in palette
            assert len(palette & set(colors)) >= 3
        for layer in layers + images:
            project.removeMapLayer(layer.id())
    panel.territory_edit.setText("99999")
    panel.load()
    assert panel.status.text() == "Aucune commune ne correspond à « 99999 »."
    dispose(panel)


def test_cli_ocs_list_and_statistics_match_ogr(local_platform, tmp_path):
    env = platform_variables(local_platform, tmp_path / "cli-cache")
    result = run_cli("ocs", "--style", "lcr_niv1", "--json", env=env)
    assert result.returncode == 0, result.stderr
    products = json.loads(result.stdout)["products"]
    assert {(p["year"], p["department"]) for p in products} == {(2019, "51"), (2021, "51"), (2019, "54"), (2021, "54")}
    assert all(p["raster"]["style"] == f"ocs_grand_est_lcr_niv1_{p['year']}" for p in products)

    result = run_cli("ocs", "--territory", "commune:54395", "--year", "2019", "--year", "2021", "--style", "niveau_1",
                     "--stats", "--json", env=env)
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    assert stats["territory"]["name"] == "Nancy"
    for year in (2019, 2021):
        expected, _count = direct(local_platform, year, "54395", "code_niv1")
        got = {row["code"]: row["area_ha"] for row in stats["areas"][str(year)]}
        assert set(got) == set(expected) | {"non_couvert"}
        assert got["non_couvert"] == pytest.approx(stats["territory_ha"] - sum(expected.values()), rel=1e-3)
        for code, area in expected.items():
            assert got[code] == pytest.approx(area, rel=1e-3)
    moved = stats["changes"]["artificialised_ha"]
    before, _ = direct(local_platform, 2019, "54395", "code_niv1")
    after, _ = direct(local_platform, 2021, "54395", "code_niv1")
    assert moved > 0 and moved == pytest.approx(after["1"] - before["1"], rel=1e-3)  # nothing turned back

    result = run_cli("ocs", "--territory", "commune:99999", env=env)
    assert result.returncode == 2 and result.stderr.strip() == "Aucune commune ne correspond à « 99999 »."


def test_a_vector_load_of_two_millesimes_reads_the_outline_once(qgis_app, french, platform_env, monkeypatch):
    import sys

    from datagrandest_plugin.core import territories

    reads = []
    real = territories.territory_geometry

    def counted(*args, **kwargs):
        reads.append(args[0].ref)
        return real(*args, **kwargs)

    # bound by name wherever it was imported
    for name, module in list(sys.modules.items()):
        if name.startswith("datagrandest_plugin") and getattr(module, "territory_geometry", None) is real:
            monkeypatch.setattr(module, "territory_geometry", counted)
    panel = OcsPanel(StandInIface())
    panel.show()
    assert wait_for(panel.ready), panel.status.text()
    for i in range(panel.years.count()):
        panel.years.item(i).setCheckState(2)
    assert panel.checked_years() == [2019, 2021]
    panel.kind.setCurrentIndex(0)  # commune
    panel.territory_edit.setText("54395")
    panel.vector_mode.setChecked(True)
    feature_log(platform_env, clear=True)
    panel.load()
    received = wait_for(panel.loaded)
    assert received, panel.status.text()
    assert len(received[0][0]) == 2
    assert reads == ["commune:54395"]
    # QGIS 3.40 and later also read one feature of the whole layer (COUNT=1) to learn its geometry type
    boundary = [e for e in feature_log(platform_env) if e["typename"] == "region-grand-est:commune_actuelle"]
    assert len([e for e in boundary if e["count"] != "1"]) == 1, boundary
    assert all(e["features"] <= 1 for e in boundary if e["count"] == "1"), boundary
    for layer in received[0][0]:
        QgsProject.instance().removeMapLayer(layer.id())
    dispose(panel)
