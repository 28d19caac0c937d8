"""Issue 14, item 4: the next webinar's .ics names DataGrandEst, the series and the topic, links to a
page, and has a telling file name; a past webinar (a replay) offers no calendar entry."""

import re
from pathlib import Path

import pytest
from icalendar import Calendar
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from support import environment
from support.community import wait_until
from support.window import open_tab, plugin_window

from datagrandest_plugin.core.community.source import bundled_content


@pytest.fixture
def shipped_content(fault_server, tmp_path):
    with environment(DGE_CONTENT_URL=fault_server.url("/500"), DGE_CACHE_DIR=tmp_path / "cache"):
        yield bundled_content()


def save_through_the_dialog(button, folder):
    """Click ``button``, and in the save dialog it opens keep the suggested name in ``folder``."""
    seen = {}

    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            return
        seen["name"] = Path(dialog.selectedFiles()[0]).name
        dialog.selectFile(str(folder / seen["name"]))
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        QTest.mouseClick(save, Qt.MouseButton.LeftButton)

    QTimer.singleShot(300, answer)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    return seen.get("name")


def test_the_next_webinar_calendar_entry_says_what_and_who(qgis_app, french, shipped_content, tmp_path):
    series = shipped_content.series
    with plugin_window() as (_iface, plugin):
        panel = open_tab(plugin, "community")
        page = panel.webinars_page
        if page.upcoming.count() == 0:
            assert wait_until(lambda: page.upcoming.count() > 0, panel.content_shown, 30000)
        page.upcoming.setCurrentRow(0)
        session = page.sessions[0]
        name = save_through_the_dialog(page.calendar_button, tmp_path)
        assert name == f"datagrandest-webinaire-{session.start.date().isoformat()}.ics"
        assert re.fullmatch(r"datagrandest-webinaire-\d{4}-\d{2}-\d{2}\.ics", name)
        calendar = Calendar.from_ical((tmp_path / name).read_bytes())
        assert "DataGrandEst" in str(calendar["X-WR-CALNAME"])
        event = next(c for c in calendar.walk("VEVENT"))
        summary = str(event["SUMMARY"])
        assert "DataGrandEst" in summary and series.title in summary and session.title in summary
        assert str(event["URL"]).startswith("https://")

        # a past webinar, in the replays: nothing to put in a calendar
        assert page.replay_list.count() > 0
        page.replay_list.setCurrentRow(0)
        assert page.current.end < page.now
        assert not page.calendar_button.isEnabled()
