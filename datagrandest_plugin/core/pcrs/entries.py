"""PCRS (Plan Corps de Rue Simplifié) layers, found at run time.

No PCRS layer name is fixed: they are found in the capabilities (names,
titles, abstracts and keywords mentioning PCRS) and in the catalogue (records
mentioning PCRS, whose online resources name their layers), asked through the
catalogue's own backend (``core.catalog.service``), so its offline copy answers
when the catalogue does not. Each entry is listed with its territory and date,
and loads as an image (WMTS, else WMS) or, when a WFS publishes it, as vectors.
"""

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from ..catalog.models import SOURCE_CSW, SearchQuery
from ..errors import BadAnswer
from ..geo_boxes import LAMBERT_93, intersects
from ..i18n import tr
from ..layers.resolver import resolve
from ..layers.spec import LayerSpec
from ..ogc.ows_urls import bare_name
from ..text_search import normalise

_WORDS = ("pcrs", "plan corps de rue")
_YEAR = re.compile(r"(?<!\d)(19[89]\d|20\d\d)(?!\d)")
PROTOCOL_KINDS = {"OGC:WMS": "wms", "OGC:WFS": "wfs", "OGC:WMTS": "wmts"}


@dataclass
class PcrsEntry:
    key: str  # layer name without workspace
    title: str
    date: str = ""
    territory: str = ""
    layers: Dict[str, object] = field(default_factory=dict)  # kind -> ServiceLayer
    specs: Dict[str, LayerSpec] = field(default_factory=dict)  # kind -> spec from a catalogue record
    record_id: str = ""
    metadata_url: str = ""
    wgs84: Optional[tuple] = None

    @property
    def kinds(self):
        return sorted(set(self.layers) | set(self.specs))

    @property
    def is_vector(self) -> bool:
        return "wfs" in self.kinds

    @property
    def nature(self) -> str:
        return tr("vector") if self.is_vector else tr("image")

    def spec(self, kind: str, settings=None) -> Optional[LayerSpec]:
        layer = self.layers.get(kind)
        if layer is not None:
            spec = resolve(layer, settings)
        elif kind in self.specs:
            spec = resolve(self.specs[kind], settings)
        else:
            return None
        spec.title = self.title
        spec.metadata_url = spec.metadata_url or self.metadata_url
        return spec

    def image_spec(self, settings=None) -> LayerSpec:
        for kind in ("wmts", "wms"):
            spec = self.spec(kind, settings)
            if spec is not None:
                return spec
        raise BadAnswer(tr("“{title}” is published by no image service.").format(title=self.title))

    def vector_spec(self, settings=None) -> LayerSpec:
        spec = self.spec("wfs", settings)
        if spec is None:
            raise BadAnswer(tr("“{title}” is published by no WFS service.").format(title=self.title))
        spec.extra["restrict_to_view"] = True  # street plans are large: fetch what the map shows
        return spec

    def as_dict(self) -> dict:
        return {"name": self.key, "title": self.title, "date": self.date, "territory": self.territory,
                "nature": "vector" if self.is_vector else "image", "services": self.kinds,
                "record": self.record_id, "metadata_url": self.metadata_url,
                "wgs84_bbox": list(self.wgs84) if self.wgs84 else None}


def is_pcrs(*texts) -> bool:
    text = " ".join(normalise(t) for t in texts if t)
    return any(re.search(r"\b" + re.escape(word) + r"\b", text) for word in _WORDS)


def _year(*texts) -> str:
    for text in texts:
        match = _YEAR.search(text or "")
        if match:
            return match.group(1)
    return ""


def _territory(title: str, workspace: str) -> str:
    parts = [p.strip() for p in re.split(r"\s[-–]\s", title or "") if p.strip()]
    for part in reversed(parts[1:]):
        if not _YEAR.fullmatch(part) and not is_pcrs(part):
            return part
    return workspace


def pcrs_entries(service_layers, records=()) -> List[PcrsEntry]:
    """PCRS entries from the capabilities' layers, completed (date, record) and extended by catalogue records."""
    entries: Dict[str, PcrsEntry] = {}
    for layer in service_layers:
        if not is_pcrs(layer.name, layer.title, layer.abstract, " ".join(layer.keywords)):
            continue
        key = bare_name(layer.name)
        entry = entries.get(key)
        if entry is None:
            entry = entries[key] = PcrsEntry(key=key, title=layer.display_title, date=_year(layer.name, layer.title),
                                             territory=_territory(layer.title, layer.workspace), wgs84=layer.wgs84)
        entry.layers.setdefault(layer.kind, layer)
        entry.metadata_url = entry.metadata_url or layer.metadata_url
    # the latest record naming a layer dates it, whatever order the catalogue or its copy answers in
    for record in sorted(records, key=lambda r: r.date or "", reverse=True):
        links = _layer_links(record)
        names = {bare_name(name) for _kind, _url, name in links if name}
        for name in names:
            entry = entries.get(name)
            if entry is None:
                entry = entries[name] = PcrsEntry(key=name, title=record.title, date=_year(name, record.title) or record.date[:4],
                                                  territory=_territory(record.title, ""),
                                                  wgs84=tuple(record.bbox) if record.bbox else None)
            entry.record_id = entry.record_id or record.identifier
            entry.date = entry.date or record.date[:4]
            for kind, url, link_name in links:
                if bare_name(link_name) == name and kind not in entry.layers and kind not in entry.specs:
                    entry.specs[kind] = LayerSpec(kind=kind, url=url, name=link_name, title=record.title, crs=LAMBERT_93,
                                                  tile_matrix_set=LAMBERT_93 if kind == "wmts" else "",
                                                  identifier=record.identifier)
    return sorted(entries.values(), key=lambda e: (e.territory, e.date, e.title))


def within(entries, wgs84_box) -> List[PcrsEntry]:
    """Entries whose extent meets the box (entries of unknown extent are kept)."""
    return [e for e in entries if e.wgs84 is None or intersects(e.wgs84, wgs84_box)]


def _layer_links(record) -> List[tuple]:
    """(kind, url, layer name) of a catalogue record's OGC online resources."""
    found = []
    for link in record.links:
        kind = PROTOCOL_KINDS.get(link.protocol.strip().upper())
        if kind and link.url.startswith(("http://", "https://")):
            found.append((kind, link.url, link.name))
    return found


def load_pcrs_records(transport, settings, feedback=None):
    """(catalogue records mentioning PCRS, notes): asked of the GeoNetwork catalogue in full (their
    layer names), else read from its offline copy, which then says so in a note."""
    from ..catalog.service import CatalogService

    query = SearchQuery(text="PCRS", page_size=100, sources=(SOURCE_CSW,), full=True)
    page = CatalogService(transport, settings).search_source(SOURCE_CSW, query, feedback)
    notes = [tr("Catalogue: {error}; the records seen before are used.").format(error=page.error)] if page.stale else []
    return page.records, notes


def load_pcrs(transport, cache, settings, feedback=None):
    """(entries, notes): from every service's capabilities and the catalogue; a source that fails is a note."""
    from ..errors import Cancelled, DgeError
    from ..ogc.service_loader import endpoints, load_services

    loaded = load_services(transport, cache, endpoints(settings), settings.cache_lifetime_seconds, feedback=feedback)
    notes = [f"{s.endpoint.label}: {s.error.message}" for s in loaded if s.document is None and s.error is not None]
    try:
        records, stale = load_pcrs_records(transport, settings, feedback)
        notes.extend(stale)
    except Cancelled:
        raise
    except DgeError as error:
        records = []
        notes.append(tr("Catalogue: {error}").format(error=error.message))
    if not records and all(s.document is None for s in loaded):
        raise BadAnswer(notes[0] if notes else tr("No PCRS source could be read."))
    return pcrs_entries([layer for s in loaded for layer in s.layers], records), notes
