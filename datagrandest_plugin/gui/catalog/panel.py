"""Panel "Catalogue": search GeoNetwork and D4C together, read a record, add it.

Searching never blocks QGIS: each source is searched in its own QgsTask, a
new search cancels the previous one, and results are merged into the list as
each page arrives. A failed search leaves the previous results in place.
"""

from qgis.PyQt.QtCore import QTimer, pyqtSignal
from qgis.PyQt.QtGui import QGuiApplication
from qgis.PyQt.QtWidgets import QWidget

from ...core.catalog.link_specs import preferred_link
from ...core.catalog.link_kinds import LAYER_ACTIONS, link_action
from ...core.catalog.models import SearchQuery
from ...core.i18n import tr
from ...toolbelt.tasks import TaskSet
from .actions import add_record_link
from .detail import DetailFetching
from .favourites import FavouritesActions
from .layout import CatalogLayout
from .search_controller import SearchController
from ..common.link_labels import loadable_entries
from .record_view import open_if_web
from ..common.retry_timer import RetryTimer

DEBOUNCE_MS = 400
EXTENT_DEBOUNCE_MS = 600  # a pan or a zoom with the wheel sends many extents


class CatalogPanel(CatalogLayout, SearchController, DetailFetching, FavouritesActions, QWidget):
    results_changed = pyqtSignal()
    search_finished = pyqtSignal()
    detail_shown = pyqtSignal(object)
    layer_added = pyqtSignal(object)
    thumbnail_shown = pyqtSignal()
    favourites_changed = pyqtSignal()

    def __init__(self, iface=None, parent=None):
        super().__init__(parent)
        self.setObjectName("DataGrandEstCatalogPanel")
        self.iface = iface
        self._generation = 0
        self._tasks = TaskSet()
        self._pages = {}
        self._errors = {}
        self._records = []
        self._clear_on_next_page = False
        self._query = SearchQuery()
        self._closed = False
        self._favourites = None
        self._local = None
        self._restored = False
        self._kept = 0  # the search generation whose results were kept for the next start
        self._searched = False  # a page arrived or failed since the panel opened
        self.page_size = 20
        self._build()
        self._connect()

    def _connect(self):
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._search_as_you_type)
        self.search_box.textChanged.connect(lambda _text: self._debounce.start())
        # a catalogue that just failed is tried again in the background once its minute is over
        self._retry = RetryTimer(self, self._retry_search)
        self._retry_generation = -1
        self.search_box.returnPressed.connect(self.start_search)
        for combo in (self.source_combo, self.theme_combo, self.organisation_combo, self.sort_combo):
            combo.activated.connect(lambda _index: self.start_search())
        self.extent_check.toggled.connect(self._extent_toggled)
        # the map moved while the extent filter is on: search again once it stops moving
        self._extent_debounce = QTimer(self)
        self._extent_debounce.setSingleShot(True)
        self._extent_debounce.setInterval(EXTENT_DEBOUNCE_MS)
        self._extent_debounce.timeout.connect(self.start_search)
        self.results.currentItemChanged.connect(self._current_changed)
        self.facets.changed.connect(self._refresh_list)
        self.facets.place_changed.connect(self.start_search)
        self.results.itemActivated.connect(lambda item, _column: self.add_current(ask=False))
        self.detail.anchorClicked.connect(open_if_web)
        self.more_button.clicked.connect(self.load_more)
        self.add_button.clicked.connect(lambda: self.add_current(ask=True))
        self.page_button.clicked.connect(self.open_page)
        self.copy_button.clicked.connect(self.copy_service_url)
        self.favourite_button.clicked.connect(self.toggle_favourite)
        self.save_search_action.triggered.connect(lambda _checked: self.save_search_dialog())
        self.export_action.triggered.connect(lambda _checked: self.export_dialog())
        self.import_action.triggered.connect(lambda _checked: self.import_dialog())
        self._update_buttons()

    # -- actions ---------------------------------------------------------
    def _update_buttons(self):
        record = self.current_record()
        entries = loadable_entries(record.links if record else [])
        self.add_button.setEnabled(bool(entries))
        self.add_menu.clear()
        for label, link in entries:
            self.add_menu.addAction(label, lambda link=link: self.add_link(link, ask=True))
        self.page_button.setEnabled(bool(record and record.page_url))
        self.copy_button.setEnabled(bool(record and any(link_action(k) in LAYER_ACTIONS for k in record.links)))
        self.favourite_button.setEnabled(record is not None)
        starred = bool(record) and self.favourites().contains(f"record:{record.identifier.lower()}")
        self.favourite_button.setChecked(starred)
        self.favourite_button.setText("★" if starred else "☆")

    def add_current(self, ask=False):
        record = self.current_record()
        link = preferred_link(record) if record else None
        if link is None:
            if record is not None:
                self.status.setText(tr("This record has no layer QGIS can load."))
            return None
        return self.add_link(link, ask)

    def add_link(self, link, ask=True):
        record = self.current_record()
        return add_record_link(record, link, self, ask, on_added=self._layer_added,
                               on_failed=self._add_failed)

    def _layer_added(self, layer):
        if not self._closed:
            self.layer_added.emit(layer)

    def _add_failed(self, error):
        if not self._closed:
            self.status.setText(error.message)

    def open_page(self):
        record = self.current_record()
        if record and record.page_url:
            open_if_web(record.page_url)

    def copy_service_url(self):
        record = self.current_record()
        link = next((k for k in (record.links if record else []) if link_action(k) in LAYER_ACTIONS), None)
        if link is not None:
            from ...core.ogc.ows_urls import service_base_url

            QGuiApplication.clipboard().setText(service_base_url(link.url))
            self.status.setText(tr("Service URL copied."))

    def shutdown(self):
        self._closed = True
        self.facets.shutdown()
        self._debounce.stop()
        self._retry.stop()
        if self.extent_check.isChecked():
            self.extent_check.setChecked(False)  # lets go of the map canvas
        self.cancel()
