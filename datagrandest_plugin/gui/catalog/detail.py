"""The record shown under the catalogue's result list: its full record and its thumbnail, each
read in a task."""

from qgis.PyQt.QtGui import QPixmap

from ...core.catalog.models import SOURCES, merge_records
from ...core.net.credentials import image_request
from ...core.i18n import tr
from ...core.net.transport import check_status
from ...context import transport_for
from ...toolbelt.tasks import CoreTask
from ..common.link_labels import badge_text
from .record_view import record_html
from .result_tree import RECORD_ROLE


class DetailFetching:
    """Record and thumbnail fetching of CatalogPanel (mixed into it)."""

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
            return check_status(transport_for(settings, max_bytes=2 * 1024 * 1024).fetch(request, task)).content

        def show(body):
            current = self.current_record()
            if self._closed or current is None or current.thumbnail_url != url:
                return
            pixmap = QPixmap()
            if pixmap.loadFromData(body):
                self.thumbnail.setPixmap(pixmap)
                self.thumbnail_shown.emit()

        self._track(CoreTask(tr("DataGrandEst: thumbnail"), fetch, show, lambda error: None))
