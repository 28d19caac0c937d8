"""The community panel in headless QGIS: bundled content shown, nothing read
before the panel is shown, safe text, links, calendar files, panel buttons."""

from datetime import datetime, timezone

import icalendar
import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QObject, QUrl, pyqtSlot
from qgis.PyQt.QtGui import QDesktopServices

from support.community import Loads, close_dock, environment, make_dock, without_catalogue, without_panel

from datagrandest_plugin.core.community.source import bundled_content
from datagrandest_plugin.core.net.transport import Transport
from datagrandest_plugin.gui.community.widgets import SafeTextView, html_block, open_url

JANUARY_20 = datetime(2022, 1, 20, 9, tzinfo=timezone.utc)
DEAD = "http://127.0.0.1:1/content.json"


@pytest.fixture
def dead_content(tmp_path):
    with environment(DGE_CONTENT_URL=DEAD, DGE_CACHE_DIR=tmp_path / "cache"):
        yield


@pytest.fixture
def shown(qgis_app, french, dead_content):
    iface, dock = make_dock(lambda: JANUARY_20)
    loads = Loads(dock.community_panel)
    dock.show_panel("community")
    loads.wait(2)
    yield dock, loads
    close_dock(iface, dock)


class LinkRecorder(QObject):
    """Receives what QDesktopServices would hand to the system browser."""

    def __init__(self):
        super().__init__()
        self.urls = []

    @pyqtSlot(QUrl)
    def record(self, url):
        self.urls.append(url.toString())


@pytest.fixture
def browser(qgis_app):
    recorder = LinkRecorder()
    for scheme in ("http", "https", "file", "javascript"):
        QDesktopServices.setUrlHandler(scheme, recorder, "record")
    yield recorder
    for scheme in ("http", "https", "file", "javascript"):
        QDesktopServices.unsetUrlHandler(scheme)


def texts(widget):
    return [widget.item(row).text() for row in range(widget.count())]


def test_nothing_is_read_until_the_community_panel_is_shown(qgis_app, french, dead_content):
    before = Transport.request_count
    iface, dock = make_dock(lambda: JANUARY_20)
    try:
        loads = Loads(dock.community_panel)
        dock.show_panel("catalogue")  # another tab (Services would check its services: requests of its own)
        QgsApplication.processEvents()
        assert Transport.request_count == before and loads.items == []
        dock.show_panel("agenda")
        first = loads.wait(1)
        assert first.origin == "bundled" and first.message == ""  # shown at once, before any answer
        second = loads.wait(2)
        assert Transport.request_count == before + 1
        assert second.origin == "bundled"
        assert second.message.startswith("Contenu non mis à jour : Impossible de joindre 127.0.0.1:1")
        assert second.message.endswith("Affiché : la copie fournie avec l'extension.")
        assert dock.community_panel.status.text() == second.message
    finally:
        close_dock(iface, dock)


def test_webinars_page_shows_the_next_sessions_and_replays(shown):
    dock, _loads = shown
    page = dock.community_panel.webinars_page
    upcoming = texts(page.upcoming)
    assert len(upcoming) == 6
    assert upcoming[0].startswith("Prochain :") and upcoming[0].endswith("Tout connaître du plugin QGIS DataGrandEst")
    assert page.upcoming.item(0).font().bold() and not page.upcoming.item(1).font().bold()
    assert "11:00–12:00" in upcoming[0]
    assert texts(page.replay_list)[0].endswith("Je m'appuie sur DataGrandEst pour ouvrir mes données")
    detail = page.detail.toPlainText()
    assert "heure de Paris, UTC+01:00" in detail and "Scénario de démonstration" in detail
    assert page.demo_button.isEnabled() and not page.replay_button.isEnabled()
    page.replay_list.setCurrentRow(0)
    assert page.replay_button.isEnabled() and not page.demo_button.isEnabled()
    assert page.upcoming.currentRow() == -1


def test_add_to_my_calendar_writes_the_selected_session(shown):
    dock, _loads = shown
    page = dock.community_panel.webinars_page
    page.upcoming.setCurrentRow(3)  # 5 May 2022, summer time
    session = page.current
    calendar = icalendar.Calendar.from_ical(page.calendar_text(session))
    (event,) = calendar.walk("VEVENT")
    assert event["DTSTART"].dt == session.start and event["DTSTART"].dt.utcoffset().total_seconds() == 0
    assert event["DTSTART"].dt.hour == 9  # 11:00 in Paris in May
    assert str(event["SUMMARY"]) == f"Webinaire DataGrandEst : {session.title}"  # who holds it, then the topic


def test_trainings_filter_by_level_audience_and_topic(shown):
    dock, _loads = shown
    page = dock.community_panel.trainings_page
    assert page.list.count() == len(bundled_content().trainings)
    levels = [page.filters["level"].itemText(i) for i in range(page.filters["level"].count())]
    assert levels == ["Tous", "1a", "1b", "2"]
    page.set_filter("level", "1b")
    assert texts(page.list) == ["Publication des données sur la plateforme — niveau 1b"]
    page.set_filter("level", None)
    page.set_filter("topic", "ocs")
    assert [t.id for t in page.shown] == ["ocs-usage"]
    assert page.panel_button.isEnabled() and page.panel_button.text() == "&Ouvrir le panneau OCS GE²"  # Alt+O: no QGIS menu key
    page.set_filter("topic", None)
    page.set_filter("audience", "utilisateurs SIG")
    assert {t.id for t in page.shown} == {"utiliser-flux-qgis", "ocs-usage", "outils-techniques"}


def test_groups_page_shows_project_and_working_groups(shown):
    dock, _loads = shown
    page = dock.community_panel.groups_page
    titles = texts(page.list)
    assert titles[:2] == ["Groupe projet OCS", "Groupe projet PCRS"]
    for name in ("PILOTER", "VALORISER", "PARTAGER", "PRODUIRE"):
        assert sum(name in t for t in titles) == 1
    assert page.select_group("ocs")
    assert page.layers_button.isEnabled() and page.search_button.isEnabled() and page.page_button.isEnabled()
    assert "Occupation du sol 2021 - Marne" in page.detail.toPlainText()
    assert page.select_group("piloter")
    assert not page.layers_button.isEnabled() and not page.panel_button.isEnabled()
    assert "collèges" in page.detail.toPlainText()


def test_agenda_in_date_order_with_the_next_event_highlighted(shown):
    dock, _loads = shown
    page = dock.community_panel.agenda_page
    content = bundled_content()
    assert page.table.rowCount() == len(content.events) + len(content.webinars)
    starts = [item.date.first_day for item in page.items]
    assert starts == sorted(starts)
    row = page.next_row
    assert page.table.item(row, 2).text() == "Comité technique 1"  # 26 January, the first not over on the 20th
    assert page.table.item(row, 0).font().bold() and not page.table.item(row + 1, 0).font().bold()
    assert page.table.item(row, 1).text() == "Réunion de pilotage"
    assert page.table.item(row, 4).text() == "À distance"
    assert page.next_label.text().startswith("Prochain événement : Comité technique 1")
    months = [r for r in range(page.table.rowCount()) if page.table.item(r, 2).text() == "Mobilité"]
    assert "(date à confirmer)" in page.table.item(months[0], 0).text()
    calendar = icalendar.Calendar.from_ical(page.calendar_text())
    assert len(calendar.walk("VEVENT")) == page.table.rowCount() - 1  # "2023" has no day to place


def test_descriptions_are_inert_text_and_only_http_links_open(qgis_app, browser):
    view = SafeTextView()
    hostile = 'Voir <script>alert(1)</script> <img src="https://evil.example/x.png"> https://www.datagrandest.fr/a, javascript:alert(2)'
    view.setHtml(html_block("<b>Titre</b>", ["ligne <i>1</i>"], hostile, [("Replay", "javascript:alert(3)"),
                                                                        ("Page", "https://www.datagrandest.fr/p")]))
    plain = view.toPlainText()
    assert "<script>alert(1)</script>" in plain and "<b>Titre</b>" in plain  # shown as text, not markup
    html = view.toHtml()
    assert "<script" not in html and "<img" not in html
    anchors = [fragment.split('"')[0] for fragment in html.split('href="')[1:]]
    # http(s) addresses in the text become links (the image address included: a link, never an image)
    assert anchors == ["https://evil.example/x.png", "https://www.datagrandest.fr/a", "https://www.datagrandest.fr/p"]
    assert view.loadResource(2, QUrl("https://evil.example/x.png")) is None
    view.anchorClicked.emit(QUrl("https://www.datagrandest.fr/p"))
    view.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert not open_url("javascript:alert(1)")
    assert browser.urls == ["https://www.datagrandest.fr/p"]


def test_register_and_replay_buttons_open_the_links(shown, browser):
    dock, _loads = shown
    page = dock.community_panel.webinars_page
    page.replay_list.setCurrentRow(0)
    page.replay_button.click()
    assert browser.urls == [bundled_content().webinars[0].replay_url]
    groups = dock.community_panel.groups_page
    groups.select_group("pcrs")
    groups.page_button.click()
    assert browser.urls[-1] == "https://www.datagrandest.fr/portail/fr/projets/pcrs"


def test_panel_buttons_switch_tabs_or_say_the_panel_is_missing(shown):
    dock, _loads = shown
    panel = dock.community_panel
    messages = []
    QgsApplication.messageLog().messageReceived.connect(lambda text, tag, level: messages.append(text))
    assert panel.open_panel("agenda")
    assert dock.tabs.currentWidget() is panel and panel.pages.currentWidget() is panel.agenda_page
    assert dock.show_panel("services") and dock.tabs.currentWidget() is dock.services_panel
    assert panel.open_panel("ocs") and dock.tabs.currentWidget() is dock.ocs_panel
    with without_panel(dock, "ocs_panel"):
        assert not panel.open_panel("ocs")
    assert messages[-1] == "Le panneau OCS GE² n'existe pas dans cette version de l'extension."
    assert dock.show_panel("services")
    with without_catalogue(dock):
        panel.run_catalogue_query("PCRS")
    assert messages[-1].startswith("Le panneau Catalogue n'existe pas dans cette version de l'extension")
    assert dock.tabs.currentWidget() is dock.services_panel
