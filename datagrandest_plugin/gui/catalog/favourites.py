"""The catalogue's favourites: the star, saving a search, exporting and importing the favourites."""

from ...core.catalog.link_specs import record_quick_spec
from ...core.catalog.link_kinds import ACTION_DOWNLOAD, download_format, link_action
from ...core.favourites import Favourite, FavouritesStore
from ...core.i18n import tr


class FavouritesActions:
    """What the catalogue panel does with favourites (mixed into CatalogPanel: it reads the panel's
    current record, settings, search fields and status line)."""

    def favourites(self) -> FavouritesStore:
        if self._favourites is None:
            self._favourites = FavouritesStore(self.settings().favourites_path())
        return self._favourites

    def set_favourites(self, store: FavouritesStore):
        self._favourites = store

    def toggle_favourite(self):
        record = self.current_record()
        if record is None:
            return
        key = f"record:{record.identifier.lower()}"
        store = self.favourites()
        if store.contains(key):
            store.remove(key)
        else:
            spec = record_quick_spec(record, self.settings())
            download = None if spec is not None else next(
                (link for link in record.links if link_action(link) == ACTION_DOWNLOAD and download_format(link)), None)
            store.add(Favourite(kind="record", identifier=record.identifier, title=record.title, sources=list(record.sources), layer=spec,
                                download_url=download.url if download else "",
                                download_format=download_format(download) if download else ""))
        self._update_buttons()
        self.favourites_changed.emit()

    def save_search_dialog(self):
        from qgis.PyQt.QtWidgets import QInputDialog

        text = self.search_box.text().strip()
        name, ok = QInputDialog.getText(self, tr("Save this search"), tr("Name of the search:"), text=text)
        if ok and name.strip():
            self.favourites().save_search({"name": name.strip(), "text": text,
                                           "theme": self.theme_combo.currentData() or "",
                                           "organisation": self.organisation_combo.currentData() or "",
                                           "facets": self.facets.facet_filter().as_dict()})
            self.status.setText(tr("Search saved: it is in the DataGrandEst node of the Browser."))
            self.favourites_changed.emit()

    def export_dialog(self):
        from qgis.PyQt.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, tr("Export the favourites"), "favoris-datagrandest.json",
                                              tr("DataGrandEst favourites (*.json)"))
        if path:
            count = self.favourites().export(path)
            self.status.setText(tr("{count} favourites exported.").format(count=count))

    def import_dialog(self):
        from qgis.PyQt.QtWidgets import QFileDialog

        from ...core.errors import DgeError

        path, _ = QFileDialog.getOpenFileName(self, tr("Import favourites"), "", tr("DataGrandEst favourites (*.json)"))
        if not path:
            return
        try:
            count = self.favourites().import_file(path)
        except DgeError as error:
            self.status.setText(error.message)
            return
        self.status.setText(tr("{count} favourites and searches imported.").format(count=count))
        self._update_buttons()
        self.favourites_changed.emit()
