"""Favourite records and layers: kept in the QGIS profile, exchanged as a
small JSON file (trainers prepare a set, participants import it)."""

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import List, Optional

from .errors import BadAnswer
from .i18n import tr
from .layer_spec import PROVIDERS, LayerSpec
from .parsing import clean_text

FORMAT = "datagrandest-favourites"
VERSION = 1
_SPEC_FIELDS = {f.name for f in fields(LayerSpec)} - {"extra", "qml"}


@dataclass
class Favourite:
    kind: str  # "record" | "layer"
    identifier: str
    title: str
    sources: List[str] = field(default_factory=list)
    layer: Optional[LayerSpec] = None

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.identifier.lower()}"

    def as_dict(self) -> dict:
        data = {"kind": self.kind, "identifier": self.identifier, "title": self.title, "sources": self.sources}
        if self.layer is not None:
            data["layer"] = {k: v for k, v in asdict(self.layer).items() if k in _SPEC_FIELDS and v not in ("", None)}
        return data


def _spec_from(data) -> Optional[LayerSpec]:
    if not isinstance(data, dict):
        return None
    values = {k: v for k, v in data.items() if k in _SPEC_FIELDS}
    if values.get("kind") not in PROVIDERS or values.get("kind") in ("file", "delimitedtext"):
        return None  # local files are not exchanged: they do not exist on the other machine
    if not str(values.get("url", "")).startswith(("http://", "https://")) or not values.get("name"):
        return None
    if "bbox" in values and not (isinstance(values["bbox"], list) and len(values["bbox"]) == 4):
        values.pop("bbox")
    for key, value in list(values.items()):
        if key != "bbox" and not isinstance(value, str):
            return None
        if isinstance(value, str):
            values[key] = clean_text(value, 2000) if key != "url" else value.strip()
    return LayerSpec(**values)


def favourite_from(data) -> Optional[Favourite]:
    """A favourite from untrusted JSON, or None when the entry is unusable."""
    if not isinstance(data, dict) or data.get("kind") not in ("record", "layer"):
        return None
    identifier, title = data.get("identifier"), data.get("title")
    if not isinstance(identifier, str) or not identifier.strip() or not isinstance(title, str):
        return None
    sources = [s for s in data.get("sources") or [] if s in ("csw", "d4c")]
    layer = _spec_from(data.get("layer"))
    if data["kind"] == "layer" and layer is None:
        return None
    return Favourite(data["kind"], clean_text(identifier, 300), clean_text(title, 500) or identifier, sources, layer)


class FavouritesStore:
    def __init__(self, path):
        self.path = Path(path)
        self._items = None

    @property
    def items(self) -> List[Favourite]:
        if self._items is None:
            try:
                self._items = self._read(self.path) if self.path.is_file() else []
            except BadAnswer:
                # keep the unreadable file aside rather than overwrite it at the next change
                self.path.replace(self.path.with_suffix(".unreadable.json"))
                self._items = []
        return list(self._items)

    @staticmethod
    def _read(path: Path) -> List[Favourite]:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise BadAnswer(tr("The favourites file cannot be read.")) from None
        if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("favourites"), list):
            raise BadAnswer(tr("This file is not a DataGrandEst favourites file."))
        return [f for f in (favourite_from(item) for item in data["favourites"]) if f is not None]

    def _write(self, items: List[Favourite], path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = {"format": FORMAT, "version": VERSION, "favourites": [f.as_dict() for f in items]}
        handle, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(payload, stream, ensure_ascii=False, indent=2)
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
        self._write(self.items, Path(path))
        return len(self.items)

    def import_file(self, path) -> int:
        """Add the favourites of a file (duplicates replaced); returns how many were read."""
        incoming = self._read(Path(path))
        keys = {f.key for f in incoming}
        items = [f for f in self.items if f.key not in keys] + incoming
        self._write(items, self.path)
        self._items = items
        return len(incoming)
