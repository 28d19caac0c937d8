"""Panel "Catalogue": search GeoNetwork and D4C together, read a record, add it.

Searching never blocks QGIS: each source is searched in its own QgsTask, a
new search cancels the previous one, and results are merged into the list as
each page arrives. A failed search leaves the previous results in place.
"""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
)
from qgis.gui import QgsFilterLineEdit
from qgis.PyQt.QtCore import Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QGuiApplication, QPixmap
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.catalog.link_specs import preferred_link
from ...core.catalog.link_kinds import LAYER_ACTIONS, link_action
from ...core.catalog.models import SOURCE_CSW, SOURCE_D4C, SOURCES, SearchQuery, merge_records
from ...core.catalog.local_index import LocalCatalog
from ...core.catalog.ranking import rank
from ...core.catalog.service import LOCAL_FILE, CatalogService
from ...core.net.credentials import image_request
from ...core.i18n import tr
from ...core.net.transport import check_status, default_transport
from ...toolbelt.plain_text import tooltip
from ...toolbelt.settings import PlgOptionsManager
from ...toolbelt.tasks import CoreTask, TaskSet
from .actions import add_record_link
from .facets import CatalogFacets
from .favourites import FavouritesActions
from ..common.formats import date_text, saved_copy
from ..common.link_labels import badge_text, loadable_entries
from .record_view import open_if_web, record_html
from .result_tree import RECORD_ROLE, ResultTree, WrappedTitleDelegate, mime_uri  # noqa: F401 - tests read RECORD_ROLE here
from ..common.flow_layout import FlowLayout
from ..common.retry_timer import RetryTimer

SOURCE_NAMES = {SOURCE_CSW: "GeoNetwork", SOURCE_D4C: "D4C"}
DEBOUNCE_MS = 400
EXTENT_DEBOUNCE_MS = 600  # a pan or a zoom with the wheel sends many extents
NARROW_PX = 560  # below this width the result list shows only the titles


class CatalogPanel(FavouritesActions, QWidget):
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

    # -- layout ----------------------------------------------------------
    def _build(self):
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)  # a narrow dock keeps its room for the rows
        self.search_box = QgsFilterLineEdit(self)
        self.search_box.setShowSearchIcon(True)
        self.search_box.setPlaceholderText(tr("Search the DataGrandEst catalogues (e.g. OCS, PCRS, communes)…"))
        layout.addWidget(self.search_box)

        filters = FlowLayout()  # the rows wrap in a narrow dock
        self.source_combo = QComboBox(self)
        self.source_combo.addItem(tr("All sources"), "all")
        self.source_combo.addItem("GeoNetwork", SOURCE_CSW)
        self.source_combo.addItem("D4C", SOURCE_D4C)
        self.theme_combo = QComboBox(self)
        self.theme_combo.addItem(tr("All themes"), "")
        self.organisation_combo = QComboBox(self)
        self.organisation_combo.addItem(tr("All organisations"), "")
        self.sort_combo = QComboBox(self)
        self.sort_combo.addItem(tr("Relevance"), "relevance")
        self.sort_combo.addItem(tr("Most recent"), "date")
        for combo in (self.source_combo, self.theme_combo, self.organisation_combo, self.sort_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            filters.addWidget(combo)
        layout.addLayout(filters)
        self.extent_check = QCheckBox(tr("Only in the map &extent"), self)
        layout.addWidget(self.extent_check)
        self.facets = CatalogFacets(self.iface, self)  # facets and the place (issue 16)
        layout.addWidget(self.facets)

        status = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(10)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel("", self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # remote text inside: never rich text
        self.status.setWordWrap(True)
        status.addWidget(self.status, 1)
        status.addWidget(self.progress)
        layout.addLayout(status)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.results = ResultTree(splitter)
        self.results.setObjectName("DataGrandEstCatalogResults")
        self.results.setColumnCount(5)
        self.results.setHeaderLabels([tr("Title"), tr("Organisation"), tr("Date"), tr("Services"), tr("Source")])
        self.results.setRootIsDecorated(False)
        # whole titles, on two or three lines in a narrow dock: "Occupation du sol 2019 … - Département
        # 51 Marne" and its 2021 twin differ by the year and the territory, inside and at the end
        self.results.setWordWrap(True)
        self.results.setUniformRowHeights(False)
        self.results.setItemDelegateForColumn(0, WrappedTitleDelegate(self.results))
        self.results.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setDragEnabled(True)
        self.results.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        header = self.results.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the title gets the room
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 130)
        for column in (2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 120)
        # wrapped rows: their heights follow the title column's width
        header.sectionResized.connect(lambda column, _old, _new: column == 0 and self.results.scheduleDelayedItemsLayout())
        detail = QWidget(splitter)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.thumbnail = QLabel(detail)
        self.thumbnail.setFixedSize(64, 64)
        self.thumbnail.setScaledContents(True)
        top.addWidget(self.thumbnail)
        self.detail = QTextBrowser(detail)
        self.detail.setOpenLinks(False)
        self.detail.setOpenExternalLinks(False)
        top.addWidget(self.detail, 1)
        detail_layout.addLayout(top)
        layout.addWidget(splitter, 1)

        buttons = FlowLayout()
        self.more_button = QPushButton(tr("More &results"), self)
        self.more_button.setEnabled(False)  # until a search has more pages
        self.add_button = QToolButton(self)
        self.add_button.setText(tr("&Add to map"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.add_menu = QMenu(self.add_button)
        self.add_button.setMenu(self.add_menu)
        self.page_button = QPushButton(tr("Open the record &page"), self)
        self.copy_button = QPushButton(tr("&Copy the service URL"), self)
        self.favourite_button = QToolButton(self)
        self.favourite_button.setText("☆")
        self.favourite_button.setToolTip(tr("Add to or remove from the favourites"))
        self.favourite_button.setCheckable(True)
        self.favourites_button = QToolButton(self)
        self.favourites_button.setText(tr("Favourites"))
        self.favourites_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.favourites_button)
        menu.addAction(tr("Save this search…"), self.save_search_dialog)
        menu.addSeparator()
        menu.addAction(tr("Export the favourites…"), self.export_dialog)
        menu.addAction(tr("Import favourites…"), self.import_dialog)
        self.favourites_button.setMenu(menu)
        for widget in (self.more_button, self.add_button, self.page_button, self.copy_button, self.favourite_button,
                       self.favourites_button):
            buttons.addWidget(widget)
        layout.addLayout(buttons)

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
        self._update_buttons()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        # a narrow dock: the titles get the whole row (organisation, date, services and source
        # are in the record shown below)
        narrow = self.width() < NARROW_PX
        for column in (1, 2, 3, 4):
            self.results.setColumnHidden(column, narrow)

    # -- search ----------------------------------------------------------
    def settings(self):
        return PlgOptionsManager.get_plg_settings()

    def _service(self, settings):
        transport = default_transport(timeout=settings.timeout, offline=settings.offline,
                                      max_bytes=settings.max_download_bytes)
        path = settings.cache_directory() / LOCAL_FILE
        if self._local is None or self._local.path != path:
            self._local = LocalCatalog(path)  # one per panel: its tasks share the records in memory
        return CatalogService(transport, settings, self._local)

    def showEvent(self, event):
        super().showEvent(event)
        if not self._restored:
            self._restored = True
            self.restore_latest()

    def restore_latest(self):
        """The last search's results, read from the saved copy in a task, shown at once and marked
        as a copy; the search then runs again (its answer, or the offline copy, replaces them)."""
        service = self._service(self.settings())
        local, buckets = self._local, [service.bucket(source) for source in SOURCES]
        generation = self._generation
        self._track(CoreTask(tr("DataGrandEst: last results"), lambda task: local.latest(buckets),
                             lambda latest: self._latest_arrived(generation, latest), lambda error: None))

    def _latest_arrived(self, generation, latest):
        if self._closed or latest is None or generation != self._generation or self.search_box.text():
            return
        text, records, saved_at = latest
        if not records:  # kept for catalogues at other addresses
            return
        self.search_box.blockSignals(True)
        self.search_box.setText(text)
        self.search_box.blockSignals(False)
        self._records = merge_records(records)
        self._refresh_list()
        self.status.setText(tr("Last results ({copy}); searching again…").format(copy=saved_copy(saved_at)))
        self.results_changed.emit()
        self.start_search()

    def _extent_toggled(self, checked):
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        if canvas is not None:
            if checked:
                canvas.extentsChanged.connect(self._extent_debounce.start)
            else:
                self._extent_debounce.stop()
                try:
                    canvas.extentsChanged.disconnect(self._extent_debounce.start)
                except TypeError:
                    pass
        if not self._closed:
            self.start_search()

    def _search_as_you_type(self):
        text = self.search_box.text().strip()
        if len(text) >= 2 or not text:
            self.start_search()

    def search(self, text: str):
        """Search ``text`` now (used by the demo scenarios and the locator)."""
        self.search_box.blockSignals(True)
        self.search_box.setText(text)
        self.search_box.blockSignals(False)
        self.start_search()

    def _extent_bbox(self):
        if not self.extent_check.isChecked() or self.iface is None:
            return None
        canvas = self.iface.mapCanvas()
        extent = canvas.extent()
        transform = QgsCoordinateTransform(canvas.mapSettings().destinationCrs(),
                                           QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
        box = transform.transformBoundingBox(extent)
        return (max(box.xMinimum(), -180.0), max(box.yMinimum(), -90.0),
                min(box.xMaximum(), 180.0), min(box.yMaximum(), 90.0))

    def current_query(self) -> SearchQuery:
        source = self.source_combo.currentData()
        return SearchQuery(text=self.search_box.text().strip(), theme=self.theme_combo.currentData() or "",
                           organisation=self.organisation_combo.currentData() or "",
                           bbox=self._extent_bbox() or self.facets.box(),
                           sort=self.sort_combo.currentData(), page_size=self.page_size,
                           sources=SOURCES if source == "all" else (source,))

    def cancel(self):
        self._tasks.cancel()
        self._tasks.clear()

    def start_search(self):
        self._debounce.stop()
        self.cancel()
        self._generation += 1
        self._query = self.current_query()
        self._pages, self._errors = {}, {}
        self._clear_on_next_page = True
        for source in self._query.sources:
            self._search_page(source, self._query)

    def load_more(self):
        for source, page in list(self._pages.items()):
            if page.has_next:
                query = SearchQuery(**{**self._query.__dict__, "page": page.page + 1})
                self._search_page(source, query)

    def _search_page(self, source, query):
        generation = self._generation
        settings = self.settings()
        service = self._service(settings)
        task = CoreTask(tr("DataGrandEst: searching {source}").format(source=SOURCE_NAMES[source]),
                        lambda task: service.search_source(source, query, task),
                        lambda page: self._page_arrived(generation, page),
                        lambda error: self._page_failed(generation, source, error),
                        failure_of=lambda page: page.error if page.stale else "")
        self._track(task)

    def _track(self, task):
        self._tasks.run(task, self._task_done)
        self._update_progress()

    def _task_done(self, task):
        if self._closed:
            return
        self._update_progress()
        if not self._tasks and not self._closed:
            self._keep_latest()
            self.search_finished.emit()

    def _keep_latest(self):
        """After a plain search that the catalogues answered, keep what it shows for the next start."""
        query = self._query
        pages = self._pages.values()
        if not pages or any(p.stale for p in pages) or self._errors or query.bbox or query.theme \
                or query.organisation or query.page != 1 or self._kept == self._generation:
            return
        self._kept = self._generation
        try:
            service = self._service(self.settings())
            self._local.keep_latest(query.text, [r.key for r in self._records],
                                    [service.bucket(source) for source in query.sources])
        except OSError:
            pass  # a full or read-only disk: the next start shows an empty list, as before

    def _update_progress(self):
        self.progress.setVisible(bool(self._tasks))

    def _page_arrived(self, generation, page):
        if generation != self._generation or self._closed:
            return
        if self._clear_on_next_page:
            self._records = []
            self.results.clear()
            self._clear_on_next_page = False
        self._pages[page.source] = page
        if page.stale:
            self._retry_later(page.source)
        self._records = merge_records(self._records + page.records)
        self._fill_facets(page)
        self.facets.set_records(self._records)
        self._refresh_list()
        self.results_changed.emit()

    def _page_failed(self, generation, source, error):
        if generation != self._generation or self._closed:
            return
        self._errors[source] = error.message
        self._retry_later(source)
        self._show_status()

    def _retry_later(self, _source):
        """Search again when neither catalogue is kept waiting by a failure any more."""
        settings = self.settings()
        if self._retry.schedule(settings.csw_url, settings.d4c_url):
            self._retry_generation = self._generation

    def _retry_search(self):
        """The same search again, if the user has not started another one meanwhile."""
        if self._closed or self._retry_generation != self._generation:
            return
        if self._tasks:
            self._retry.start(1000)
            return
        self.start_search()

    def _fill_facets(self, page):
        for name, combo in (("theme", self.theme_combo), ("publisher", self.organisation_combo)):
            if name not in page.facets or combo.count() > 1 and combo.currentIndex() > 0:
                continue
            while combo.count() > 1:
                combo.removeItem(1)
            for facet in page.facets[name]:
                combo.addItem(f"{facet.name} ({facet.count})", facet.name)

    def _refresh_list(self):
        current = self.current_record()
        self.results.clear()
        shown = self.facets.apply(rank(self._records, self._query.text) if self._query.sort != "date" else self._records)
        for record in shown:
            item = QTreeWidgetItem([record.title, record.organisation, date_text(record.date), badge_text(record.links),
                                    ", ".join(SOURCE_NAMES.get(s, s) for s in record.sources)])
            item.setToolTip(0, tooltip(record.title))
            item.setToolTip(3, tooltip(badge_text(record.links)))
            item.setData(0, RECORD_ROLE, record)
            self.results.addTopLevelItem(item)
            if current is not None and record.key == current.key:
                self.results.setCurrentItem(item)
        self.facets.show_counts(len(shown), len(self._records))
        self._show_status()

    def _show_status(self):
        counts = ", ".join(tr("{source}: {count}").format(source=SOURCE_NAMES[s], count=p.total)
                           for s, p in self._pages.items())
        parts = []
        if self._pages:
            # rows are datasets: one found in both catalogues is one row, and only the first pages are shown
            parts.append(tr("{shown} dataset(s) listed; found per catalogue: {counts}").format(
                shown=len(self._records), counts=counts))
        for source, page in self._pages.items():
            if page.stale:
                parts.append(tr("{source}: offline, {copy} ({reason})").format(
                    source=SOURCE_NAMES[source], copy=saved_copy(page.saved_at), reason=page.error))
        parts += [f"{SOURCE_NAMES[s]} : {message}" for s, message in self._errors.items()]
        self.status.setText(" — ".join(parts))
        self.more_button.setEnabled(any(p.has_next for p in self._pages.values()))

    # -- detail ----------------------------------------------------------
    def current_record(self):
        item = self.results.currentItem()
        return item.data(0, RECORD_ROLE) if item is not None else None

    def _current_changed(self, item, _previous):
        self._update_buttons()
        record = item.data(0, RECORD_ROLE) if item is not None else None
        if record is None:
            self.detail.clear()
            self.thumbnail.clear()
            return
        self._show_detail(record)
        if not record.detailed:
            self._fetch_detail(record)

    def _show_detail(self, record):
        self.detail.setHtml(record_html(record))
        self.thumbnail.clear()
        if record.thumbnail_url:
            self._fetch_thumbnail(record)
        self._update_buttons()
        self.detail_shown.emit(record)

    def _fetch_detail(self, record):
        generation = self._generation
        service = self._service(self.settings())
        task = CoreTask(tr("DataGrandEst: reading “{title}”").format(title=record.title),
                        lambda task: service.record(record.identifier, SOURCES, task),
                        lambda full: self._detail_arrived(generation, full),
                        lambda error: self._detail_failed(generation, error))
        self._track(task)

    def _detail_arrived(self, generation, full):
        if self._closed or generation != self._generation:
            return
        self._records = [merge_records([full, r])[0] if r.key == full.key else r for r in self._records]
        for index in range(self.results.topLevelItemCount()):
            item = self.results.topLevelItem(index)
            if item.data(0, RECORD_ROLE).key == full.key:
                merged = merge_records([full, item.data(0, RECORD_ROLE)])[0]
                item.setData(0, RECORD_ROLE, merged)
                item.setText(3, badge_text(merged.links))
                if item is self.results.currentItem():
                    self._show_detail(merged)

    def _detail_failed(self, generation, error):
        if not self._closed and generation == self._generation:
            self.status.setText(error.message)

    def _fetch_thumbnail(self, record):
        settings = self.settings()
        url = record.thumbnail_url
        request = image_request(settings, url)  # another host only if the user allows it
        if request is None:
            return

        def fetch(task):
            transport = default_transport(timeout=settings.timeout, offline=settings.offline, max_bytes=2 * 1024 * 1024)
            return check_status(transport.fetch(request, task)).content

        def show(body):
            current = self.current_record()
            if self._closed or current is None or current.thumbnail_url != url:
                return
            pixmap = QPixmap()
            if pixmap.loadFromData(body):
                self.thumbnail.setPixmap(pixmap)
                self.thumbnail_shown.emit()

        self._track(CoreTask(tr("DataGrandEst: thumbnail"), fetch, show, lambda error: None))

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
