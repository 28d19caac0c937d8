"""Issue 14, the trailing list: what got in the way in a day of work, each checked in the plugin's
window as a person meets it."""

import os
import re
import stat

import pytest
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QFileDialog, QLabel

from support import platform_environment, platform_variables, run_cli, wait_for
from support.window import open_tab, plugin_window, settle

from datagrandest_plugin.gui.dock import PANELS

# the mnemonics of QGIS 3.22's French menu bar (&Projet, É&diter, &Vue, &Couche, &Préférences,
# E&xtensions, Vec&teur, &Raster, &Base de données, &Internet, &Maillage, T&raitement, &Aide), and the
# first letters of each title, kept free too
QGIS_MENU_KEYS = set("PDVCXTRBIMA") | {"E"}


@pytest.fixture
def platform_env(local_platform, tmp_path):
    with platform_environment(local_platform, tmp_path / "cache"):
        yield local_platform


def searched(panel):
    for _attempt in range(5):
        if panel.progress.isHidden() and panel.results.topLevelItemCount():
            break
        assert wait_for(panel.search_finished)
    return panel.results.topLevelItemCount()


def rows_by_keyboard(tree, count):
    """Go down the list with the arrow keys, as a person reading it; yields at each row."""
    tree.setFocus()
    QTest.keyClick(tree, Qt.Key.Key_Home)
    for row in range(count):
        if row:
            QTest.keyClick(tree, Qt.Key.Key_Down)
        assert tree.indexOfTopLevelItem(tree.currentItem()) == row
        yield row


def test_the_add_menu_reads_in_french_once_per_service_with_whole_addresses(qgis_app, french, platform_env):
    with plugin_window() as (_iface, plugin):
        panel = open_tab(plugin, "catalogue")
        QTest.keyClicks(panel.search_box, "ocs")
        count = searched(panel)
        downloads = ampersands = 0
        for _row in rows_by_keyboard(panel.results, count):
            texts = [action.text() for action in panel.add_menu.actions()]
            assert len(texts) == len(set(texts)), texts  # each service once
            for text in texts:
                assert "DOWNLOAD" not in text, text
                # every "&" of an address is doubled: Qt would take a single one for a mnemonic
                assert not re.search(r"(?<!&)&(?!&)", text.replace("&&", "")), text
                downloads += text.startswith("Télécharger")
                ampersands += "&&" in text
        assert downloads and ampersands  # the local catalogue has both cases


def test_more_results_waits_for_a_search_and_the_count_says_what_it_counts(qgis_app, french, platform_env):
    with plugin_window() as (_iface, plugin):
        panel = open_tab(plugin, "catalogue")
        assert not panel.more_button.isEnabled()  # nothing searched yet
        QTest.keyClicks(panel.search_box, "ocs")
        rows = searched(panel)
        status = panel.status.text()
        assert f"{rows} jeu(x) de données listé(s)" in status, status
        assert "GeoNetwork : 9" in status and "D4C : 9" in status
        dates = [panel.results.topLevelItem(i).text(2) for i in range(rows)]
        assert dates and all(re.fullmatch(r"\d{2}/\d{2}/\d{4}", d) for d in dates if d), dates


def mnemonics(root):
    keys = []
    for widget in root.findChildren(QAbstractButton) + root.findChildren(QLabel):
        if widget.isVisibleTo(root):
            key = QKeySequence.mnemonic(widget.text()).toString()
            if key:
                keys.append((key.split("+")[-1].upper(), widget.text()))
    return keys


def test_no_mnemonic_of_the_dock_takes_a_qgis_menu_key(qgis_app, french, platform_env):
    with plugin_window() as (_iface, plugin):
        pages = [(key, open_tab(plugin, key)) for key, *_rest in PANELS]
        community = plugin.dock.community_panel
        for name in ("webinars", "trainings", "groups", "agenda"):
            plugin.dock.show_panel(name)
            settle()
            pages.append((name, community))
            keys = mnemonics(community)
            letters = [k for k, _text in keys]
            assert len(letters) == len(set(letters)), (name, keys)  # one key, one widget on screen
        for name, panel in pages:
            plugin.dock.show_panel(name)
            settle()
            clashes = [(k, t) for k, t in mnemonics(panel) if k in QGIS_MENU_KEYS]
            assert not clashes, (name, clashes)


def test_the_services_tab_checks_when_it_opens(qgis_app, french, platform_env):
    with plugin_window() as (_iface, plugin):
        panel = open_tab(plugin, "services")
        assert panel.table.rowCount() > 0  # not an empty table waiting for a click
        assert panel.table.item(0, 0).text()


def test_the_exported_favourites_file_can_be_shared(qgis_app, french, platform_env, tmp_path):
    target = tmp_path / "favoris-datagrandest.json"  # the name the dialog suggests, in the chosen folder
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        if isinstance(dialog, QFileDialog):
            dialog.selectFile(str(target))
            button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    with plugin_window() as (_iface, plugin):
        panel = open_tab(plugin, "catalogue")
        export = next(a for a in panel.favourites_button.menu().actions() if a.text().startswith("Exporter"))
        QTimer.singleShot(300, answer)
        export.trigger()
    assert seen == ["QFileDialog"], seen
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask  # as any file the user saves


def test_server_style_names_read_as_their_titles():
    from datagrandest_plugin.core.ocs.nomenclature import style_title

    assert style_title("ocs_grand_est_cs_2019") == "Couverture du sol (CS) 2019"
    assert style_title("ocs_grand_est_niveau_1_a_5").startswith("Nomenclature") or \
        style_title("ocs_grand_est_niveau_1_a_5") != "ocs_grand_est_niveau_1_a_5"
    assert style_title("x", "Mon style") == "Mon style"
    assert style_title("inconnu") == "inconnu"


def test_a_command_line_run_leaves_nothing_in_the_temporary_folder(local_platform, tmp_path):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = platform_variables(local_platform, tmp_path / "cache")
    env["TMPDIR"] = str(scratch)
    result = run_cli("load", "--record", "FR-200052264-GGE-OCS-GRAND-EST-D51-2021", env=env)
    assert result.returncode == 0, result.stderr
    assert list(scratch.iterdir()) == []


def test_a_download_only_favourite_is_in_the_browser_node_and_adds_its_file(qgis_app, french, local_platform,
                                                                            tmp_path):
    from qgis.core import QgsBrowserModel, QgsProject

    from support import environment, layer_added_by
    from test_locator_browser_favourites import populated

    with platform_environment(local_platform, tmp_path / "cache"), environment(DGE_DATA_DIR=tmp_path / "data"), \
            plugin_window() as (_iface, plugin):
        panel = open_tab(plugin, "catalogue")
        QTest.keyClicks(panel.search_box, "nomenclature")
        count = searched(panel)
        title = None
        for _row in rows_by_keyboard(panel.results, count):
            if not panel.add_menu.actions():
                continue
            if all(a.text().startswith("Télécharger") for a in panel.add_menu.actions()):
                title = panel.results.currentItem().text(0)
                break
        assert title, "no download-only record in the local catalogue"
        QTest.mouseClick(panel.favourite_button, Qt.MouseButton.LeftButton)  # ☆ → ★
        assert panel.favourite_button.text() == "★"

        model = QgsBrowserModel()
        model.initialize()
        items = [model.dataItem(model.index(row, 0)) for row in range(model.rowCount())]
        root = next(item for item in items if item.name() == "DataGrandEst")
        favourites = next(item for item in populated(model, root) if item.name() == "Favoris")
        (entry,) = [item for item in populated(model, favourites) if item.name() == title]
        layer = layer_added_by(entry.handleDoubleClick)  # as a double-click in QGIS's Browser
        assert layer.isValid() and layer.featureCount() > 0
        QgsProject.instance().removeMapLayer(layer.id())
