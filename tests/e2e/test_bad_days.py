"""Issue 14, item 7: bad days. After a restart the catalogue shows the last results (marked as a
copy, offline when the catalogue is down); every saved copy says "copie du …"; adding a layer from
a service that does not answer says so."""

from qgis.PyQt.QtTest import QTest

from support import environment, platform_environment, wait_for
from support.window import plugin_window, open_tab

from datagrandest_plugin.gui.catalog_panel import CatalogPanel



def searched(panel):
    """Wait until the panel's searches are over (the progress bar hidden) and return the titles."""
    for _attempt in range(5):
        if panel.progress.isHidden() and titles(panel):
            break
        wait_for(panel.search_finished)
    return titles(panel)


def titles(panel):
    return [panel.results.topLevelItem(i).text(0) for i in range(panel.results.topLevelItemCount())]


def test_after_a_restart_the_catalogue_shows_the_last_results_offline_marked(qgis_app, french, local_platform,
                                                                              fault_server, tmp_path):
    with platform_environment(local_platform, tmp_path / "cache"):
        with plugin_window() as (_iface, plugin):
            panel = open_tab(plugin, "catalogue")
            assert isinstance(panel, CatalogPanel)
            QTest.keyClicks(panel.search_box, "pcrs")
            before = searched(panel)
            assert before
        # QGIS starts again the next day, and both catalogues hang (they answer nothing for 3 s)
        hang = fault_server.url("/hang")
        with environment(DGE_CSW_URL=f"{hang}/csw", DGE_D4C_URL=f"{hang}/d4c", DGE_TIMEOUT="3"):
            with plugin_window() as (_iface, plugin):
                panel = open_tab(plugin, "catalogue")
                if not titles(panel):
                    assert wait_for(panel.results_changed)
                assert titles(panel) == before
                assert panel.search_box.text() == "pcrs"
                assert "copie du" in panel.status.text()
                assert wait_for(panel.search_finished)
                assert set(titles(panel)) == set(before)
                status = panel.status.text()
                assert "hors ligne" in status and "copie du" in status, status
