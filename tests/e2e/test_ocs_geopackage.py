"""OCS GE² features cut in the panel survive the project: they are written to a GeoPackage with
their nomenclature style, named with territory, millésime and reading; the project saved, cleared
and read back shows them again, styled. What the product does not cover is said in hectares."""

import sqlite3

import pytest
from qgis.core import QgsGeometry, QgsProject
from qgis.PyQt.QtCore import QLocale, Qt
from qgis.PyQt.QtTest import QTest

from support import dispose, platform_environment, wait_for
from support.iface import StandInIface
from support.ocs_truth import commune_wkt, direct_areas, rendered_like_the_nomenclature

from datagrandest_plugin.core.ogc.server_styles import style_source_of
from datagrandest_plugin.core.ocs.nomenclature import reading
from datagrandest_plugin.gui.ocs.panel import OcsPanel


@pytest.fixture
def platform_env(local_platform, tmp_path):
    with platform_environment(local_platform, tmp_path / "cache"):
        yield local_platform


@pytest.fixture
def french_locale():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(before)


def click_check_box(list_widget, year):
    for row in range(list_widget.count()):
        item = list_widget.item(row)
        if item.text() == str(year):
            rect = list_widget.visualItemRect(item)
            QTest.mouseClick(list_widget.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                             rect.topLeft() + type(rect.topLeft())(10, rect.height() // 2))
            return
    raise AssertionError(year)


def test_extracted_features_are_saved_styled_and_come_back_with_the_project(qgis_app, french, french_locale,
                                                                            platform_env, tmp_path):
    project = QgsProject.instance()
    project.clear()
    project_file = tmp_path / "etude" / "projet.qgz"
    project_file.parent.mkdir()
    assert project.write(str(project_file))
    panel = OcsPanel(StandInIface())
    panel.show()
    assert wait_for(panel.ready), panel.status.text()
    click_check_box(panel.years, 2019)
    assert panel.checked_years() == [2019, 2021]
    QTest.mouseClick(panel.vector_mode, Qt.MouseButton.LeftButton)
    assert panel.vector_mode.isChecked() and panel.geopackage.isEnabled()
    expected_file = project_file.parent / "ocs_ge2.gpkg"
    assert panel.geopackage.lineEdit().placeholderText() == str(expected_file)
    panel.territory_edit.setFocus()
    QTest.keyClicks(panel.territory_edit, "54304")  # Laxou: test_ocs reads Nancy, its answers must not be cached
    QTest.mouseClick(panel.load_button, Qt.MouseButton.LeftButton)
    received = wait_for(panel.loaded, 60000)
    assert received, panel.status.text()
    chosen = reading(panel.reading.currentData())
    names = sorted(layer.name() for layer in received[0][0])
    assert names == [f"OCS GE² {year} – Laxou – {chosen.title}" for year in (2019, 2021)]
    # the local platform publishes this reading's style: its colours are the ones kept
    assert {style_source_of(layer) for layer in received[0][0]} == {"server"}
    assert expected_file.exists()
    # the status tells where, and the areas in French
    status = panel.status.text()
    assert f"Enregistré dans {expected_file}." in status
    laxou = QgsGeometry.fromWkt(commune_wkt(platform_env, "54304")).area() / 10000.0
    whole = QLocale().toString(laxou, "f", 1) + "\u00a0ha"
    assert whole in status and "," in whole
    assert project.write()

    project.clear()
    assert not project.mapLayers()
    assert project.read(str(project_file))
    back = sorted(project.mapLayers().values(), key=lambda layer: layer.name())
    assert [layer.name() for layer in back] == names
    for layer, year in zip(back, (2019, 2021)):
        assert layer.isValid() and layer.providerType() == "ogr"
        assert str(expected_file) in layer.source()
        _totals, count = direct_areas(platform_env, year, "54", commune_wkt(platform_env, "54304"), "code_niv4")
        assert layer.featureCount() == count > 0
        assert len(rendered_like_the_nomenclature(layer, chosen)) >= 2
    with sqlite3.connect(expected_file) as db:
        tables = {row[0] for row in db.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")}
        styled = {row[0] for row in db.execute("SELECT f_table_name FROM layer_styles WHERE useAsDefault")}
    assert tables == {f"ocs_ge2_{year}_laxou_{chosen.key}" for year in (2019, 2021)} == styled
    project.clear()

    # a GeoPackage the user types; a second extraction of the same territory keeps the first
    chosen_file = tmp_path / "autre" / "mes_extractions.gpkg"
    panel.geopackage.lineEdit().setFocus()
    QTest.keyClicks(panel.geopackage.lineEdit(), str(chosen_file))
    click_check_box(panel.years, 2019)
    assert panel.checked_years() == [2021]
    for _ in range(2):
        QTest.mouseClick(panel.load_button, Qt.MouseButton.LeftButton)
        assert wait_for(panel.loaded, 60000), panel.status.text()
    with sqlite3.connect(chosen_file) as db:
        tables = sorted(row[0] for row in db.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'"))
    assert tables == [f"ocs_ge2_2021_laxou_{chosen.key}", f"ocs_ge2_2021_laxou_{chosen.key}_2"]
    project.clear()
    dispose(panel)


def test_a_geopackage_that_cannot_be_written_is_one_sentence(qgis_app, french, platform_env, tmp_path):
    from datagrandest_plugin.toolbelt.settings import PlgOptionsManager

    project = QgsProject.instance()
    project.clear()
    panel = OcsPanel(StandInIface())
    panel.show()
    assert wait_for(panel.ready), panel.status.text()
    QTest.mouseClick(panel.vector_mode, Qt.MouseButton.LeftButton)
    # project not saved: the profile's folder is proposed
    profile_file = PlgOptionsManager.get_plg_settings().data_directory() / "extractions" / "ocs_ge2.gpkg"
    assert panel.geopackage.lineEdit().placeholderText() == str(profile_file)
    # saved: the project's folder is proposed at once
    (tmp_path / "projet").mkdir()
    assert project.write(str(tmp_path / "projet" / "carte.qgz"))
    assert panel.geopackage.lineEdit().placeholderText() == str(tmp_path / "projet" / "ocs_ge2.gpkg")
    blocker = tmp_path / "fichier.txt"
    blocker.write_text("not a folder")
    panel.geopackage.lineEdit().setFocus()
    QTest.keyClicks(panel.geopackage.lineEdit(), str(blocker / "ocs.gpkg"))
    panel.territory_edit.setFocus()
    QTest.keyClicks(panel.territory_edit, "Tinqueux")
    QTest.mouseClick(panel.load_button, Qt.MouseButton.LeftButton)
    message = wait_for(panel.failed, 60000)
    assert message and message[0][0] == (f"Le dossier {blocker} n'a pas pu être créé : "
                                         "choisissez un autre GeoPackage.")
    assert panel.status.text() == message[0][0]
    assert not [layer for layer in project.mapLayers().values() if layer.name().startswith("OCS GE²")]
    assert project.layerTreeRoot().findGroup("OCS GE² – Tinqueux") is None  # no empty group left
    assert blocker.read_text() == "not a folder"
    project.clear()
    dispose(panel)
