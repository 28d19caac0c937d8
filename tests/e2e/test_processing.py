"""Processing provider "DataGrandEst": both algorithms in headless QGIS on the sample data,
areas checked against a direct OGR computation."""

import sys

import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsVectorLayer, QgsFeature, QgsGeometry

from support import platform_environment
from support.ocs_truth import commune_wkt, direct_areas, rendered_like_the_nomenclature


sys.path.insert(0, "/usr/share/qgis/python/plugins")

@pytest.fixture
def processing_env(qgis_app, local_platform, tmp_path):
    from processing.core.Processing import Processing

    from datagrandest_plugin.processing.provider import DataGrandEstProvider

    Processing.initialize()
    provider = DataGrandEstProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    with platform_environment(local_platform, tmp_path / "cache"):
        yield local_platform
    QgsApplication.processingRegistry().removeProvider(provider)


def read_table(path):
    layer = QgsVectorLayer(str(path), "t", "ogr")
    assert layer.isValid(), path
    return [f.attributeMap() for f in layer.getFeatures()]


def test_extract_by_code_and_by_wkt(processing_env, tmp_path):
    import processing

    output = tmp_path / "reims_2021.gpkg"
    result = processing.run("datagrandest:extract_ocs", {"MILLESIME": 2021, "TERRITORY_CODE": "commune:51454",
                                                        "OUTPUT": str(output)})
    layer = QgsVectorLayer(result["OUTPUT"], "x", "ogr")
    assert layer.isValid() and layer.crs().authid() == "EPSG:2154"
    expected, count = direct_areas(processing_env, 2021, "51", commune_wkt(processing_env, "51454"), "code_niv4")
    assert layer.featureCount() == count
    got = {}
    for feature in layer.getFeatures():
        got[feature["code_niv4"]] = got.get(feature["code_niv4"], 0) + feature["surface_ha"]
        assert feature["lib_niveau_1_a_5"] and feature["lib_lcr_niv1"] and feature["lib_enaf"]
    assert set(got) == set(expected)
    for code, area in expected.items():
        assert got[code] == pytest.approx(area, rel=1e-3)

    # a rectangle over two communes of the Meurthe-et-Moselle, in WGS84 (converted to Lambert-93)
    box = "POLYGON((931000 6843000, 936000 6843000, 936000 6847000, 931000 6847000, 931000 6843000))"
    geometry = QgsGeometry.fromWkt(box)
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    geometry.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:2154"),
                                              QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()))
    result = processing.run("datagrandest:extract_ocs", {"MILLESIME": 2019, "TERRITORY_WKT": "EPSG:4326;" + geometry.asWkt(12),
                                                        "OUTPUT": str(tmp_path / "box.gpkg")})
    layer = QgsVectorLayer(result["OUTPUT"], "x", "ogr")
    expected, count = direct_areas(processing_env, 2019, "54", box, "code_niv1")
    total = sum(f["surface_ha"] for f in layer.getFeatures())
    assert total == pytest.approx(sum(expected.values()), rel=2e-3)
    assert {f["insee_com"] for f in layer.getFeatures()} >= {"54395", "54547"}


def test_statistics_and_change_matrix_for_a_territory_layer(processing_env, tmp_path):
    import processing

    territory = QgsVectorLayer("MultiPolygon?crs=EPSG:2154", "Nancy", "memory")
    feature = QgsFeature()
    wkt = commune_wkt(processing_env, "54395")
    feature.setGeometry(QgsGeometry.fromWkt(wkt))
    territory.dataProvider().addFeatures([feature])
    result = processing.run("datagrandest:ocs_statistics", {
        "MILLESIME": 2019, "MILLESIME_2": 2021, "TERRITORY": territory, "READING": 1,  # niveau 1
        "AREAS": str(tmp_path / "areas.csv"), "CHANGES": str(tmp_path / "changes.csv")})
    rows = read_table(result["AREAS"])
    territory_ha = QgsGeometry.fromWkt(wkt).area() / 10000.0
    for year in (2019, 2021):
        expected, _ = direct_areas(processing_env, year, "54", wkt, "code_niv1")
        got = {r["code"]: float(r["surface_ha"]) for r in rows if int(r["millesime"]) == year}
        # the sample product leaves part of Nancy uncovered: a last row says how much, rows add up to Nancy
        missing = territory_ha - sum(expected.values())
        assert missing > 1
        assert set(got) == set(expected) | {"non_couvert"}
        assert got["non_couvert"] == pytest.approx(missing, rel=1e-3)
        assert sum(got.values()) == pytest.approx(territory_ha, rel=1e-6)
        assert sum(float(r["part_pct"]) for r in rows if int(r["millesime"]) == year) == pytest.approx(100, abs=0.05)
        for code, area in expected.items():
            assert got[code] == pytest.approx(area, rel=1e-3)
    before, _ = direct_areas(processing_env, 2019, "54", wkt, "code_niv1")
    after, _ = direct_areas(processing_env, 2021, "54", wkt, "code_niv1")
    changes = read_table(result["CHANGES"])
    into_artificial = sum(float(r["surface_ha"]) for r in changes if r["vers_code"] == "1" and r["de_code"] != "1")
    assert into_artificial == pytest.approx(after["1"] - before["1"], rel=1e-3) and into_artificial > 0
    assert result["ARTIFICIALISED_HA"] == pytest.approx(into_artificial, rel=1e-6)
    staying = {r["de_code"]: float(r["surface_ha"]) for r in changes if r["de_code"] == r["vers_code"]}
    assert staying["1"] == pytest.approx(before["1"], rel=1e-3)  # nothing artificial went back
    assert result["TERRITORY_HA"] == pytest.approx(QgsGeometry.fromWkt(wkt).area() / 10000.0, rel=1e-3)


def test_bad_territories_are_one_sentence(processing_env, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException) as caught:
        processing.run("datagrandest:extract_ocs", {"MILLESIME": 2021, "OUTPUT": str(tmp_path / "x.gpkg")})
    assert "territory" in str(caught.value).lower() or "territoire" in str(caught.value).lower()
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("datagrandest:extract_ocs", {"MILLESIME": 2021, "TERRITORY_CODE": "commune:99999",
                                                    "OUTPUT": str(tmp_path / "x.gpkg")})
    assert "99999" in str(caught.value)
    with pytest.raises(QgsProcessingException):
        processing.run("datagrandest:ocs_statistics", {"MILLESIME": 2030, "TERRITORY_CODE": "commune:54395",
                                                       "AREAS": "memory:"})


@pytest.fixture
def qgis_window(processing_env, monkeypatch):
    """A stand-in for QGIS's main window where Processing's dialogs look for it (``qgis.utils.iface``,
    bound by name in the modules that imported it)."""
    import qgis.utils

    from support.iface import StandInIface

    class ProcessingIface(StandInIface):
        def browserModel(self):
            return None

        def activeLayer(self):
            return None

    stand_in = ProcessingIface()
    monkeypatch.setattr(qgis.utils, "iface", stand_in)
    for name, module in list(sys.modules.items()):
        if name.startswith("processing") and getattr(module, "iface", stand_in) is None:
            monkeypatch.setattr(module, "iface", stand_in)
    return stand_in


def run_in_dialog(algorithm, parameters):
    """What a person does: the algorithm's dialog, filled, and a click on Run; the results loaded."""
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    from support import dispose, wait_for

    # processing.createAlgorithmDialog, but a top-level dialog this test deletes itself (a child of the
    # stand-in main window would go with it, whenever Python collects that)
    dialog = AlgorithmDialog(QgsApplication.processingRegistry().createAlgorithmById(algorithm), parent=None)
    dialog.setParameters(parameters)
    dialog.show()
    QTest.mouseClick(dialog.runButton(), Qt.MouseButton.LeftButton)
    finished = wait_for(dialog.algorithmFinished, 90000)
    assert finished and finished[0][0], finished
    dispose(dialog)
    return finished[0][1]


def test_dialog_outputs_are_named_and_styled_also_as_geopackage(processing_env, qgis_window, french, tmp_path):
    from qgis.core import QgsProject

    from datagrandest_plugin.core.ocs.nomenclature import DEFAULT_READING, NIVEAU_1

    project = QgsProject.instance()
    project.clear()
    output = tmp_path / "sortie.gpkg"
    run_in_dialog("datagrandest:extract_ocs", {"MILLESIME": 2021, "TERRITORY_CODE": "commune:51454",
                                               "OUTPUT": str(output)})
    loaded = list(project.mapLayers().values())
    assert [layer.name() for layer in loaded] == [f"OCS GE² 2021 – Reims – {DEFAULT_READING.title}"]
    assert len(rendered_like_the_nomenclature(loaded[0], DEFAULT_READING)) >= 2
    # the file itself carries the style: opened anew, anywhere, it is drawn with the nomenclature
    again = QgsVectorLayer(str(output), "x", "ogr")
    assert again.isValid()
    assert rendered_like_the_nomenclature(again, DEFAULT_READING) == rendered_like_the_nomenclature(
        loaded[0], DEFAULT_READING)
    project.clear()
    # a temporary output, in another reading: named and styled too
    run_in_dialog("datagrandest:extract_ocs", {"MILLESIME": 2021, "TERRITORY_CODE": "commune:51454", "READING": 1,
                                               "OUTPUT": "TEMPORARY_OUTPUT"})
    (memory,) = project.mapLayers().values()
    assert memory.name() == f"OCS GE² 2021 – Reims – {NIVEAU_1.title}" and memory.providerType() == "memory"
    assert len(rendered_like_the_nomenclature(memory, NIVEAU_1)) >= 2
    project.clear()

    run_in_dialog("datagrandest:ocs_statistics", {
        "MILLESIME": 2019, "MILLESIME_2": 2021, "TERRITORY_CODE": "commune:54395", "READING": 1,
        "AREAS": str(tmp_path / "surfaces.gpkg"), "CHANGES": str(tmp_path / "evolutions.gpkg")})
    names = sorted(layer.name() for layer in project.mapLayers().values())
    assert names == sorted([f"Matrice des évolutions – Nancy – 2019 → 2021 – {NIVEAU_1.title}",
                            f"Surfaces par classe – Nancy – 2019, 2021 – {NIVEAU_1.title}"])
    project.clear()
