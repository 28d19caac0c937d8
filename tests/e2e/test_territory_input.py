"""Typing a territory as a person does: an exact name or code is taken, a partial one ("Moselle") is
never taken silently: the candidates are offered in the box's list, and the one picked loads."""

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from support import dispose, platform_environment, platform_variables, run_cli, wait_for
from support.iface import StandInIface

from datagrandest_plugin.gui.ocs.panel import OcsPanel
from datagrandest_plugin.gui.pcrs.panel import PcrsPanel


@pytest.fixture
def platform_env(local_platform, tmp_path):
    with platform_environment(local_platform, tmp_path / "cache"):
        yield local_platform


def choose_kind(panel, label):
    """Pick the territory kind with the keyboard, as a person tabbing through the form."""
    combo = panel.kind
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == label:
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(label)


def type_into(edit, text):
    edit.setFocus()
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    QTest.keyClicks(edit, text)


def popup_labels(edit):
    completer = edit.completer()
    assert completer is not None
    popup = completer.popup()
    model = popup.model()
    return popup.isVisible(), [model.index(row, 0).data() for row in range(model.rowCount())]


def test_ocs_panel_asks_for_a_partial_name_and_loads_the_pick(qgis_app, french, platform_env):
    project = QgsProject.instance()
    panel = OcsPanel(StandInIface())
    panel.show()
    assert wait_for(panel.ready), panel.status.text()
    choose_kind(panel, "Département")
    before = set(project.mapLayers())
    groups = len(project.layerTreeRoot().children())
    type_into(panel.territory_edit, "Moselle")
    QTest.mouseClick(panel.load_button, Qt.MouseButton.LeftButton)
    # nothing loaded, nothing grouped: the question is asked
    assert set(project.mapLayers()) == before and len(project.layerTreeRoot().children()) == groups
    assert panel.status.text() == ("« Moselle » n'est pas le nom exact d'un territoire : "
                                   "vouliez-vous dire Meurthe-et-Moselle (département 54) ?")
    visible, labels = popup_labels(panel.territory_edit)
    assert visible and labels == ["Meurthe-et-Moselle (département 54)"]
    # the person takes the proposal with the arrow keys and Enter: that loads it
    popup = panel.territory_edit.completer().popup()
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    received = wait_for(panel.loaded)
    assert received, panel.status.text()
    assert panel.territory_edit.text() == "Meurthe-et-Moselle (département 54)"
    layers = received[0][0]
    assert layers and all("54" in layer.name() for layer in layers)
    for layer in layers:
        project.removeMapLayer(layer.id())

    # an exact name wins over the names that hold it (Vandœuvre-lès-Nancy, Villers-lès-Nancy)
    choose_kind(panel, "Commune")
    type_into(panel.territory_edit, "nancy")
    visible, labels = popup_labels(panel.territory_edit)
    assert visible and set(labels) == {"Nancy (commune 54395)", "Vandœuvre-lès-Nancy (commune 54547)",
                                       "Villers-lès-Nancy (commune 54578)"}
    panel.territory_edit.completer().popup().hide()
    QTest.mouseClick(panel.load_button, Qt.MouseButton.LeftButton)
    received = wait_for(panel.loaded)
    assert received, panel.status.text()
    group = project.layerTreeRoot().children()[0]
    assert group.name() == "OCS GE² – Nancy"
    for layer in received[0][0]:
        project.removeMapLayer(layer.id())
    dispose(panel)


def test_pcrs_box_completes_and_asks(qgis_app, french, platform_env):
    panel = PcrsPanel(StandInIface())
    panel.show()
    assert wait_for(panel.listed), panel.status.text()
    if panel.territory_edit.completer() is None:
        assert wait_for(panel.territories_known)
    type_into(panel.territory_edit, "Reim")
    visible, labels = popup_labels(panel.territory_edit)
    assert visible and labels == ["CU du Grand Reims (EPCI 200067213)", "Reims (commune 51454)"]
    panel.territory_edit.completer().popup().hide()
    QTest.keyClick(panel.territory_edit, Qt.Key.Key_Return)
    assert panel.status.text() == ("« Reim » correspond à plusieurs territoires : CU du Grand Reims (EPCI 200067213), "
                                   "Reims (commune 51454). Choisissez-en un ou tapez son code.")
    rows = panel.table.rowCount()
    assert rows == 3  # the list is left as it was
    visible, labels = popup_labels(panel.territory_edit)
    assert visible and labels == ["CU du Grand Reims (EPCI 200067213)", "Reims (commune 51454)"]
    popup = panel.territory_edit.completer().popup()
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert wait_for(panel.listed)
    assert panel.territory_edit.text() == "Reims (commune 51454)"
    assert panel.table.rowCount() == 0 and "Reims (commune 51454)" in panel.status.text()
    dispose(panel)


def test_cli_ambiguous_name_is_exit_2_with_the_candidates(local_platform, tmp_path):
    env = platform_variables(local_platform, tmp_path / "cli-cache")
    result = run_cli("ocs", "--territory", "Moselle", env=env)
    assert result.returncode == 2
    assert result.stderr.strip() == ("« Moselle » n'est pas le nom exact d'un territoire : "
                                     "vouliez-vous dire Meurthe-et-Moselle (département 54) ?")
    result = run_cli("ocs", "--territory", "departement:Meurthe-et-Moselle", "--json", env=env)
    assert result.returncode == 0, result.stderr
