"""The layers the OGC services publish, as a tree workspace → layer → styles.

A ``ServiceLayer`` becomes a ``LayerSpec`` only through ``layer_resolver.resolve``.

Plain data, cheap to filter on every keystroke (a precomputed search key per
layer) and to store as compact JSON (the parsed tree is cached beside the
capabilities document, so a second opening does not parse again).
"""

import gc
import io
import json
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Dict, Iterable, Iterator, List, Optional, Tuple

from ..geo_boxes import Box, intersects
from .ows_urls import bare_name, workspace_of
from ..text_search import matches, query_terms, search_key

KINDS = ("wms", "wfs", "wmts")
# a services tree holds thousands of each: no instance dictionary each (Python 3.10+; QGIS 3.22 for
# Windows ships Python 3.9, where they keep one)
_SLOTS = {"slots": True} if sys.version_info >= (3, 10) else {}


@dataclass(**_SLOTS)
class StyleInfo:
    name: str
    title: str = ""
    legend_url: str = ""


@dataclass(**_SLOTS)
class ServiceLayer:
    kind: str  # wms | wfs | wmts | wcs
    url: str  # the endpoint it was read from
    name: str  # as that endpoint names it
    title: str = ""
    abstract: str = ""
    keywords: Tuple[str, ...] = ()
    crs: Tuple[str, ...] = ()
    wgs84: Optional[Box] = None
    bbox: Optional[Box] = None  # in bbox_crs
    bbox_crs: str = ""
    styles: List[StyleInfo] = field(default_factory=list)
    formats: Tuple[str, ...] = ()
    tile_matrix_sets: Dict[str, str] = field(default_factory=dict)  # identifier -> CRS
    metadata_url: str = ""
    key: str = ""

    def __post_init__(self):
        if not self.key:
            self.key = search_key(self.name, self.title, self.abstract, " ".join(self.keywords))

    @property
    def workspace(self) -> str:
        return self.name.split(":", 1)[0] if ":" in self.name else workspace_of(self.url)

    @property
    def short_name(self) -> str:
        return bare_name(self.name)

    @property
    def display_title(self) -> str:
        return self.title or self.short_name

    def default_style(self) -> str:
        return self.styles[0].name if self.styles else ""

    def style_names(self) -> List[str]:
        return [s.name for s in self.styles]

    # compact JSON for the parsed-tree cache
    def to_dict(self) -> dict:
        data = {"k": self.kind, "u": self.url, "n": self.name, "t": self.title, "a": self.abstract,
                "kw": list(self.keywords), "c": list(self.crs), "g": self.wgs84, "b": self.bbox, "bc": self.bbox_crs,
                "s": [[s.name, s.title, s.legend_url] for s in self.styles], "f": list(self.formats),
                "m": self.tile_matrix_sets, "md": self.metadata_url, "key": self.key}
        return {k: v for k, v in data.items() if v not in ("", None, [], {})}

    @classmethod
    def from_dict(cls, data: dict) -> "ServiceLayer":
        return cls(data["k"], data["u"], data["n"], data.get("t", ""), data.get("a", ""), tuple(data.get("kw", ())),
                   tuple(data.get("c", ())), _box(data.get("g")), _box(data.get("b")), data.get("bc", ""),
                   [StyleInfo(*s) for s in data.get("s", ())], tuple(data.get("f", ())), data.get("m", {}),
                   data.get("md", ""), data.get("key", ""))


def _box(value) -> Optional[Box]:
    return tuple(value) if value else None


@dataclass
class ServiceDocument:
    """What one capabilities document yielded, with the problems met on the way."""

    kind: str
    url: str
    layers: List[ServiceLayer] = field(default_factory=list)
    problems: List[str] = field(default_factory=list)
    title: str = ""

    def to_dict(self) -> dict:
        """Compact JSON: each distinct CRS list written once (GeoServer gives every layer the root's thousands)."""
        head, layers = self._compact()
        head["layers"] = list(layers)
        return head

    def _compact(self):
        """``to_dict`` without its layers, and those layers made one at a time (never all held at once)."""
        tables, index = [], {}
        for layer in self.layers:
            if layer.crs and id(layer.crs) not in index:
                index[id(layer.crs)] = len(tables)
                tables.append(list(layer.crs))

        def layers():
            for layer in self.layers:
                data = layer.to_dict()
                if "c" in data:
                    data["c"] = index[id(layer.crs)]
                yield data
        return {"kind": self.kind, "url": self.url, "title": self.title, "problems": self.problems,
                "crs_lists": tables}, layers()

    @classmethod
    def from_dict(cls, data: dict) -> "ServiceDocument":
        document = cls(data["kind"], data["url"], [], list(data.get("problems", ())), data.get("title", ""))
        document.layers = _layers_from(data.get("crs_lists", ()), data.get("layers", ()))
        return document

    def to_lines(self) -> Iterator[bytes]:
        """``to_dict`` as JSON lines (bytes, each ending in a newline), one per layer, made as they are
        written: a 20,000-layer tree never holds the interpreter (and so QGIS's GUI thread) in one
        long call, and its lines are never all held (nor joined: a join and encode of 20 MB held it
        0.2 s)."""
        head, layers = self._compact()
        dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
        yield (dumps(head) + "\n").encode("utf-8")
        for item in layers:
            yield (dumps(item) + "\n").encode("utf-8")

    @classmethod
    def from_lines(cls, lines) -> "ServiceDocument":
        """From ``to_lines``'s lines: their concatenation (bytes), or any iterable of them."""
        lines = iter(io.BytesIO(lines) if isinstance(lines, (bytes, bytearray)) else lines)  # shared, not copied
        data = json.loads(next(lines))
        document = cls(data["kind"], data["url"], [], list(data.get("problems", ())), data.get("title", ""))
        document.layers = _layers_from(data.get("crs_lists", ()), (json.loads(line) for line in lines if line.strip()))
        return document


def _layers_from(crs_lists, items) -> List[ServiceLayer]:
    """The layers of a parsed tree read back, sharing what they repeat as the reader shares it (CRS lists,
    the service's address and formats, box systems, keywords, style names): not one copy per layer, so
    that a tree reopened from the cache is no larger than the tree parsed."""
    tables = [tuple(t) for t in crs_lists]
    share = {}.setdefault
    layers = []
    with gc_paused():
        for item in items:
            crs = item.get("c")
            if isinstance(crs, int):
                item["c"] = ()
            layer = ServiceLayer.from_dict(item)
            if isinstance(crs, int):
                layer.crs = tables[crs]
            layer.kind, layer.url, layer.bbox_crs = share(layer.kind, layer.kind), share(layer.url, layer.url), \
                share(layer.bbox_crs, layer.bbox_crs)
            layer.formats = share(layer.formats, layer.formats)
            layer.keywords = tuple([share(k, k) for k in layer.keywords])
            for style in layer.styles:
                style.name, style.title = share(style.name, style.name), share(style.title, style.title)
            layers.append(layer)
    return layers


@contextmanager
def gc_paused():
    """Building thousands of small objects (a parsed tree) without the cyclic GC running many
    times for nothing: it made reopening a 2,000-layer tree several times slower."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def filter_layers(layers: Iterable[ServiceLayer], text: str = "", extent_wgs84: Optional[Box] = None,
                  kinds: Optional[Iterable[str]] = None, workspace: str = "") -> List[ServiceLayer]:
    """Layers whose name, title, abstract or keywords hold every word of ``text`` (any case, any accent)."""
    terms = query_terms(text)
    kinds = set(kinds) if kinds else None
    out = []
    for layer in layers:
        if kinds is not None and layer.kind not in kinds:
            continue
        if workspace and layer.workspace != workspace:
            continue
        if terms and not matches(layer.key, terms):
            continue
        if extent_wgs84 is not None and layer.wgs84 is not None and not intersects(layer.wgs84, extent_wgs84):
            continue
        out.append(layer)
    return out


def by_workspace(layers: Iterable[ServiceLayer]) -> Dict[str, List[ServiceLayer]]:
    """workspace → layers (sorted by workspace, layers in service order)."""
    groups: Dict[str, List[ServiceLayer]] = {}
    for layer in layers:
        groups.setdefault(layer.workspace, []).append(layer)
    return dict(sorted(groups.items()))
