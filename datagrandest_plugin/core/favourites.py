"""Favourite records and layers: kept in the QGIS profile, exchanged as a
small JSON file (trainers prepare a set, participants import it)."""

import json
import logging
import math
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import List, Optional

from .catalog.facets import filter_from
from .errors import BadAnswer, cause_logged
from .i18n import tr
from .layers.spec import PROVIDERS, LayerSpec
from .net.parsing import is_web_url
from .text import clean_text

FORMAT = "datagrandest-favourites"
VERSION = 1
# An exchanged file is small (a trainer's set): larger ones are refused, not read whole.
MAX_FILE_BYTES = 4 * 1024 * 1024
MAX_ENTRIES = 5000
LOG = logging.getLogger("datagrandest")
_SPEC_FIELDS = {f.name for f in fields(LayerSpec)} - {"extra", "qml"}


@dataclass
class Favourite:
    kind: str  # "record" | "layer"
    identifier: str
    title: str
    sources: List[str] = field(default_factory=list)
    layer: Optional[LayerSpec] = None
    download_url: str = ""  # a record with only a file to download (GeoJSON, CSV…): that file
    download_format: str = ""

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.identifier.lower()}"

    def as_dict(self) -> dict:
        data = {"kind": self.kind, "identifier": self.identifier, "title": self.title, "sources": self.sources}
        if self.layer is not None:
            data["layer"] = {k: v for k, v in asdict(self.layer).items() if k in _SPEC_FIELDS and v not in ("", None)}
        if self.download_url:
            data["download"] = {"url": self.download_url, "format": self.download_format}
        return data


def _spec_from(data) -> Optional[LayerSpec]:
    if not isinstance(data, dict):
        return None
    values = {k: v for k, v in data.items() if k in _SPEC_FIELDS}
    if not isinstance(values.get("kind"), str) or values["kind"] not in PROVIDERS or \
            values["kind"] in ("file", "delimitedtext"):
        return None  # local files are not exchanged: they do not exist on the other machine
    if not is_web_url(values.get("url")) or not values.get("name"):
        return None
    if "bbox" in values and not _finite_box(values["bbox"]):
        values.pop("bbox")
    for key, value in list(values.items()):
        if key != "bbox" and not isinstance(value, str):
            return None
        if isinstance(value, str):
            values[key] = clean_text(value, 2000) if key != "url" else value.strip()
    if not values.get("name") or not is_web_url(values["url"]):  # checked again once cleaned
        return None
    if "bbox" in values:
        values["bbox"] = tuple(float(v) for v in values["bbox"])
    return LayerSpec(**values)


def _finite_box(value) -> bool:
    if not (isinstance(value, list) and len(value) == 4):
        return False
    try:
        return all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in value)
    except OverflowError:  # an integer of 400 digits
        return False


def favourite_from(data) -> Optional[Favourite]:
    """A favourite from untrusted JSON, or None when the entry is unusable."""
    if not isinstance(data, dict) or data.get("kind") not in ("record", "layer"):
        return None
    identifier, title = data.get("identifier"), data.get("title")
    if not isinstance(identifier, str) or not isinstance(title, str):
        return None
    identifier = clean_text(identifier, 300)
    if not identifier:  # checked once cleaned: what is saved must read back
        return None
    sources = [s for s in _items(data.get("sources")) if s in ("csw", "d4c")]
    layer = _spec_from(data.get("layer"))
    if data["kind"] == "layer" and layer is None:
        return None
    download = data.get("download") if isinstance(data.get("download"), dict) else {}
    url, fmt = download.get("url"), download.get("format")
    if not (isinstance(url, str) and url.strip().startswith(("http://", "https://")) and isinstance(fmt, str)):
        url, fmt = "", ""
    return Favourite(kind=data["kind"], identifier=identifier, title=clean_text(title, 500) or identifier, sources=sources, layer=layer,
                     download_url=url.strip(), download_format=clean_text(fmt, 20))


def _items(value) -> list:
    """A list from the file, or nothing: ``"sources": 5`` is not iterated."""
    return value if isinstance(value, list) else []


def search_from(data) -> Optional[dict]:
    """A saved search from untrusted JSON: a name and search words, nothing else."""
    if not isinstance(data, dict) or not isinstance(data.get("name"), str) or not data["name"].strip():
        return None
    search = {"name": clean_text(data["name"], 120)}
    for key in ("text", "theme", "organisation"):
        if isinstance(data.get(key), str):
            search[key] = clean_text(data[key], 300)
    facets = filter_from(data.get("facets")).as_dict()
    if facets:
        search["facets"] = facets  # the checked facets (kind, licence, producer, keyword, years, CRS)
    return search


class FavouritesStore:
    def __init__(self, path):
        self.path = Path(path)
        self._items = None
        self._searches = []

    def _load(self):
        if self._items is None:
            try:
                self._items, self._searches = self._read(self.path) if self.path.is_file() else ([], [])
            except BadAnswer:
                # keep the unreadable file aside rather than overwrite it at the next change
                self.path.replace(self.path.with_suffix(".unreadable.json"))
                self._items, self._searches = [], []

    @property
    def items(self) -> List[Favourite]:
        self._load()
        return list(self._items)

    @property
    def searches(self) -> List[dict]:
        self._load()
        return list(self._searches)

    @staticmethod
    def _read(path: Path):
        try:
            if Path(path).stat().st_size > MAX_FILE_BYTES:
                raise BadAnswer(tr("The favourites file is larger than {size} MB: it was not read.").format(
                    size=MAX_FILE_BYTES // (1024 * 1024)))
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError) as error:  # RecursionError: hostile nesting depth
            raise BadAnswer(tr("The favourites file cannot be read.")) from cause_logged(error)
        if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("favourites"), list):
            raise BadAnswer(tr("This file is not a DataGrandEst favourites file."))
        entries, searches = data["favourites"], _items(data.get("searches"))
        if len(entries) + len(searches) > MAX_ENTRIES:
            raise BadAnswer(tr("The favourites file holds more than {count} entries: it was not read.").format(
                count=MAX_ENTRIES))
        favourites = [f for f in (favourite_from(item) for item in entries) if f is not None]
        kept = [s for s in (search_from(item) for item in searches) if s is not None]
        left_out = len(entries) + len(searches) - len(favourites) - len(kept)
        if left_out:
            LOG.warning(tr("{file}: {count} unusable entry(ies) left out.").format(
                file=clean_text(Path(path).name, 80), count=left_out))
        return favourites, kept

    def _write(self, items: List[Favourite], path: Path, searches=None, shared=False):
        """``shared``: a file made to be given to colleagues gets the usual permissions (the
        umask's), not the private 0600 of a temporary file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        searches = self.searches if searches is None else searches
        payload = {"format": FORMAT, "version": VERSION, "favourites": [f.as_dict() for f in items],
                   "searches": searches}
        handle, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(payload, stream, ensure_ascii=False, indent=2)
        if shared:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)

    def contains(self, key: str) -> bool:
        return any(f.key == key for f in self.items)

    def add(self, favourite: Favourite):
        items = [f for f in self.items if f.key != favourite.key] + [favourite]
        self._write(items, self.path)
        self._items = items

    def remove(self, key: str):
        items = [f for f in self.items if f.key != key]
        self._write(items, self.path)
        self._items = items

    def export(self, path) -> int:
        self._write(self.items, Path(path), shared=True)
        return len(self.items)

    def save_search(self, search: dict):
        search = search_from(search)
        if search is None:
            raise BadAnswer(tr("A saved search needs a name."))
        searches = [s for s in self.searches if s["name"] != search["name"]] + [search]
        self._write(self.items, self.path, searches)
        self._searches = searches

    def remove_search(self, name: str):
        searches = [s for s in self.searches if s["name"] != name]
        self._write(self.items, self.path, searches)
        self._searches = searches

    def import_file(self, path) -> int:
        """Add the favourites and searches of a file (same ones replaced); returns how many were read."""
        incoming, searches = self._read(Path(path))
        keys = {f.key for f in incoming}
        names = {s["name"] for s in searches}
        items = [f for f in self.items if f.key not in keys] + incoming
        merged = [s for s in self.searches if s["name"] not in names] + searches
        try:
            self._write(items, self.path, merged)
        except OSError as error:  # a full disk, a read-only profile
            raise BadAnswer(tr("The favourites could not be saved: {reason}.").format(
                reason=clean_text(error.strerror or type(error).__name__, 120))) from cause_logged(error)
        self._items, self._searches = items, merged
        return len(incoming) + len(searches)
