"""Issue 14, item 10: trainers. The scenario dialog opens on the bundled examples; the shipped
content's next webinar has a demo and the trainings a material; the player opens large and focused
and a presentation remote (Page Down / Page Up / → / ← / Space) drives it at once; the group
status says when the layers are loaded."""

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QFileDialog

from support import environment, platform_environment
from support.community import wait_until
from support.window import open_tab, plugin_window, settle

from datagrandest_plugin.gui.community.scenario_player import ScenarioPlayerDialog


@pytest.fixture
def shipped_content(local_platform, fault_server, tmp_path):
    """The local platform's services, and a content server that does not answer: the content
    shipped with the plugin is shown."""
    with platform_environment(local_platform, tmp_path / "cache"), \
            environment(DGE_CONTENT_URL=fault_server.url("/500")):
        yield local_platform


def community(plugin):
    panel = open_tab(plugin, "community")
    if panel.webinars_page.upcoming.count() == 0:
        assert wait_until(lambda: panel.webinars_page.upcoming.count() > 0, panel.content_shown, 30000)
    return panel


def click(button):
    assert button.isEnabled(), button.text()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_load_a_scenario_opens_on_the_bundled_examples(qgis_app, french, shipped_content):
    seen = {}

    def look_and_close():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            seen["folder"] = dialog.directory().absolutePath()
            seen["files"] = dialog.directory().entryList(["*.json"])
            dialog.reject()

    with plugin_window() as (_iface, plugin):
        page = community(plugin).webinars_page
        QTimer.singleShot(300, look_and_close)
        click(page.load_demo_button)  # a modal file dialog: closed by the timer
    assert "scenario-exemple.json" in seen.get("files", []), seen


def test_the_shipped_next_webinar_plays_its_demo_from_a_presentation_remote(qgis_app, french, shipped_content):
    with plugin_window() as (iface, plugin):
        panel = community(plugin)
        page = panel.webinars_page
        assert page.upcoming.currentRow() == 0  # the next webinar, from the monthly series
        click(page.demo_button)
        dialog = panel.player_dialog
        assert isinstance(dialog, ScenarioPlayerDialog) and dialog.isVisible()
        main = iface.mainWindow()
        assert dialog.width() >= 420 and dialog.height() >= main.height() // 2  # large, not a small box
        focused = QApplication.focusWidget()
        assert focused is not None and dialog.isAncestorOf(focused)  # the remote works without a click
        player = dialog.player
        QTest.keyClick(focused, Qt.Key.Key_PageDown)  # step 1: open the catalogue
        assert player.position == 1
        assert plugin.dock.tabs.currentWidget() is plugin.dock.catalog_panel
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)  # step 2: a search
        assert player.position == 2
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
        assert player.position == 1
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp)
        assert player.position == 0
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
        assert player.position == 1
        dialog.close()
        settle()


def test_each_shipped_training_opens_its_material(qgis_app, french, shipped_content):
    with plugin_window() as (_iface, plugin):
        panel = community(plugin)
        plugin.dock.show_panel("trainings")
        page = panel.trainings_page
        for row in range(page.list.count()):
            page.list.setCurrentRow(row)
            assert page.material_button.isEnabled(), page.list.item(row).text()


def test_the_group_status_says_when_its_layers_are_loaded(qgis_app, french, shipped_content):
    with plugin_window() as (_iface, plugin):
        panel = community(plugin)
        plugin.dock.show_panel("groups")
        page = panel.groups_page
        assert page.select_group("ocs")
        # what the status says when the layers are in (a content refresh ending later may
        # replace it with its own sentence: the label tells the latest event)
        said = []
        panel.group_layers_loaded.connect(lambda *_counts: said.append(panel.status.text()))
        click(page.layers_button)
        assert "Chargement de 2 couche(s)" in panel.status.text()
        assert wait_until(lambda: said, panel.group_layers_loaded, 60000)
        assert "2 couche(s) sur 2" in said[0], said
        assert len(QgsProject.instance().mapLayers()) == 2
    QgsProject.instance().removeAllMapLayers()
