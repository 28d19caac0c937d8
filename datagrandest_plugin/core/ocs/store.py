"""Where OCS GE² extractions are kept: a GeoPackage, one table per extraction, the nomenclature
style saved in it (its ``layer_styles`` table) so that the layer reopens styled, in this
project or any other.

The GeoPackage is the one the user picks, else ``ocs_ge2.gpkg`` next to the saved project,
else (project not saved yet) ``extractions/ocs_ge2.gpkg`` in the plugin's folder of the QGIS
profile. A table is never overwritten: a second extraction of the same territory, millésime
and reading gets ``_2``, ``_3``…
"""

import re
import sqlite3
from pathlib import Path
from typing import Iterable, Optional

from ..errors import DgeError, cause_logged
from ..i18n import tr
from ..text_search import normalise

FILE_NAME = "ocs_ge2.gpkg"


class StoreError(DgeError):
    """The GeoPackage could not be written (read-only folder, full disk, not a GeoPackage)."""


def default_geopackage(project_folder: str, data_directory) -> Path:
    """``ocs_ge2.gpkg`` in the project's folder (empty for a project not saved, or kept in a
    database), else in ``<data_directory>/extractions``."""
    if project_folder:
        return Path(project_folder) / FILE_NAME
    return Path(data_directory) / "extractions" / FILE_NAME


def layer_title(year: int, territory_name: str, reading_title: str) -> str:
    return f"OCS GE² {year} – {territory_name} – {reading_title}"


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", normalise(text)).strip("_") or "territoire"


def existing_tables(path: Path) -> set:
    return {name.lower() for name in _contents(path, "table_name")}


def _contents(path: Path, column: str) -> set:
    if not Path(path).exists():
        return set()
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return {row[0] for row in db.execute(f"SELECT {column} FROM gpkg_contents") if row[0]}
        finally:
            db.close()
    except sqlite3.Error as error:
        raise StoreError(tr("{path} is not a GeoPackage.").format(path=path)) from cause_logged(error)


def _free_identifier(path: Path, title: str) -> str:
    """gpkg_contents.identifier is unique: a second extraction of the same title gets « (2) »."""
    taken = _contents(path, "identifier")
    identifier, number = title, 1
    while identifier in taken:
        number += 1
        identifier = f"{title} ({number})"
    return identifier


def table_name(year: int, territory_name: str, reading_key: str, taken: Iterable[str] = ()) -> str:
    """``ocs_ge2_<year>_<territory>_<reading>``, with a number when that table exists already."""
    base = f"ocs_ge2_{year}_{slug(territory_name)[:40]}_{reading_key}"
    taken = {t.lower() for t in taken}
    name, number = base, 1
    while name in taken:
        number += 1
        name = f"{base}_{number}"
    return name


def write_layer(layer, path: Path, table: str, title: str, qml_path: Optional[str] = None,
                description: str = "", colours: Optional[dict] = None) -> str:
    """Write ``layer`` as ``table`` of the GeoPackage ``path`` (created if needed) with the style
    ``qml_path`` saved as its default (its classes in the server's ``colours`` when given, see
    ``recolour``); returns the layer's OGR address."""
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(tr("The folder {path} could not be created: choose another GeoPackage.").format(
            path=path.parent)) from cause_logged(error)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = table
    options.fileEncoding = "UTF-8"
    options.layerOptions = [f"IDENTIFIER={_free_identifier(path, title)}", f"DESCRIPTION={description or title}"]
    options.actionOnExistingFile = (QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer if path.exists()
                                    else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile)
    write = getattr(QgsVectorFileWriter, "writeAsVectorFormatV3", None) or QgsVectorFileWriter.writeAsVectorFormatV2
    written = write(layer, str(path), QgsCoordinateTransformContext(), options)
    if written[0] != QgsVectorFileWriter.WriterError.NoError:
        raise StoreError(tr("{path} could not be written (full disk, protected folder or file in use?).").format(
            path=path))
    uri = f"{path}|layername={table}"
    if qml_path:
        save_style(uri, title, qml_path, colours)
    return uri


def save_style(uri: str, title: str, qml_path: str, colours: Optional[dict] = None) -> None:
    """Save the QML as the default style of the GeoPackage layer ``uri`` (its ``layer_styles`` table)."""
    from qgis.core import QgsVectorLayer

    target = QgsVectorLayer(uri, title, "ogr")
    if not target.isValid():
        raise StoreError(tr("The layer “{title}” just written could not be read back.").format(title=title))
    _message, ok = target.loadNamedStyle(str(qml_path))
    if not ok:
        raise StoreError(tr("The style of “{title}” could not be applied.").format(title=title))
    recolour(target, colours or {})
    error = target.saveStyleToDatabase(Path(qml_path).stem, title, True, "")
    if error:
        raise StoreError(tr("The style of “{title}” could not be saved in the GeoPackage.").format(title=title))


def recolour(layer, colours: dict) -> int:
    """The categories of ``layer``'s bundled style take the server's ``colours`` (``{code: "#rrggbb"}``);
    how many did. The bundled classes, and their "other" class, stay."""
    from qgis.PyQt.QtGui import QColor

    renderer = layer.renderer()
    if not colours or renderer is None or not hasattr(renderer, "categories"):
        return 0
    changed = 0
    for index, category in enumerate(renderer.categories()):
        colour = colours.get(str(category.value()))
        if colour and category.symbol() is not None:
            symbol = category.symbol().clone()
            symbol.setColor(QColor(colour))
            renderer.updateCategorySymbol(index, symbol)
            changed += 1
    return changed
