"""The catalogue panel's searches: one task per source, pages merged as they arrive, the
last results kept for the next start, a failed catalogue tried again later."""

from qgis.PyQt.QtWidgets import QTreeWidgetItem

from ...core.catalog.models import SOURCE_CSW, SOURCE_D4C, SOURCES, SearchQuery, merge_records
from ...core.catalog.local_index import LocalCatalog
from ...core.catalog.ranking import rank
from ...core.catalog.service import LOCAL_FILE, CatalogService
from ...core.i18n import tr
from ...context import transport_for
from ...toolbelt.plain_text import tooltip
from ...toolbelt.settings import PlgOptionsManager
from ...toolbelt.tasks import CoreTask
from ..common.formats import date_text, saved_copy
from ..common.map_extent import follow_map_extent, map_extent_wgs84
from ..common.link_labels import badge_text
from .result_tree import RECORD_ROLE

SOURCE_NAMES = {SOURCE_CSW: "GeoNetwork", SOURCE_D4C: "D4C"}


class SearchController:
    """Search orchestration of CatalogPanel (mixed into it: it reads the panel's widgets)."""

    def settings(self):
        return PlgOptionsManager.get_plg_settings()

    def _service(self, settings):
        transport = transport_for(settings)
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
        follow_map_extent(self.iface.mapCanvas() if self.iface is not None else None, self._extent_debounce.start,
                          checked)
        if not checked:
            self._extent_debounce.stop()
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
        return map_extent_wgs84(self.iface.mapCanvas())

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
