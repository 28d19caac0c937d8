"""PCRS (Plan Corps de Rue Simplifié) layers, found at run time.

No PCRS layer name is fixed: they are found in the capabilities (names,
titles, abstracts and keywords mentioning PCRS) and in the catalogue (records
with the keyword "PCRS", whose online resources name their layers). Each
entry is listed with its territory and date, and loads as an image
(WMTS, else WMS) or, when a WFS publishes it, as vectors.
"""

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from ..net.cache import fetch_cached
from ..errors import BadAnswer
from ..geo_boxes import intersects, valid_box
from ..i18n import tr
from ..layers.resolver import resolve
from ..layers.spec import LayerSpec
from ..ogc.ows_urls import bare_name
from ..net.parsing import clean_text, parse_xml
from ..text_search import normalise
from ..net.transport import HttpRequest

_WORDS = ("pcrs", "plan corps de rue")
_YEAR = re.compile(r"(?<!\d)(19[89]\d|20\d\d)(?!\d)")
NS = {"gmd": "http://www.isotc211.org/2005/gmd", "gco": "http://www.isotc211.org/2005/gco",
      "csw": "http://www.opengis.net/cat/csw/2.0.2"}
PROTOCOL_KINDS = {"OGC:WMS": "wms", "OGC:WFS": "wfs", "OGC:WMTS": "wmts"}

GET_RECORDS = """<?xml version="1.0" encoding="UTF-8"?>
<csw:GetRecords xmlns:csw="http://www.opengis.net/cat/csw/2.0.2" xmlns:ogc="http://www.opengis.net/ogc"
 xmlns:gmd="http://www.isotc211.org/2005/gmd" service="CSW" version="2.0.2" resultType="results" maxRecords="100"
 outputSchema="http://www.isotc211.org/2005/gmd"><csw:Query typeNames="gmd:MD_Metadata">
<csw:ElementSetName>full</csw:ElementSetName><csw:Constraint version="1.1.0"><ogc:Filter>
<ogc:PropertyIsLike wildCard="%" singleChar="_" escapeChar="\\"><ogc:PropertyName>csw:AnyText</ogc:PropertyName>
<ogc:Literal>%PCRS%</ogc:Literal></ogc:PropertyIsLike></ogc:Filter></csw:Constraint></csw:Query></csw:GetRecords>"""


@dataclass
class PcrsRecord:
    identifier: str
    title: str
    date: str  # YYYY-MM-DD
    links: List[tuple] = field(default_factory=list)  # (kind, url, name)
    wgs84: Optional[tuple] = None


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
            entry = entries[key] = PcrsEntry(key, layer.display_title, _year(layer.name, layer.title),
                                             _territory(layer.title, layer.workspace), wgs84=layer.wgs84)
        entry.layers.setdefault(layer.kind, layer)
        entry.metadata_url = entry.metadata_url or layer.metadata_url
    for record in records:
        names = {bare_name(name) for _kind, _url, name in record.links if name}
        for name in names:
            entry = entries.get(name)
            if entry is None:
                entry = entries[name] = PcrsEntry(name, record.title, _year(name, record.title) or record.date[:4],
                                                  _territory(record.title, ""), wgs84=record.wgs84)
            entry.record_id = entry.record_id or record.identifier
            entry.date = entry.date or record.date[:4]
            for kind, url, link_name in record.links:
                if bare_name(link_name) == name and kind not in entry.layers and kind not in entry.specs:
                    entry.specs[kind] = LayerSpec(kind, url, link_name, title=record.title, crs="EPSG:2154",
                                                  tile_matrix_set="EPSG:2154" if kind == "wmts" else "",
                                                  identifier=record.identifier)
    return sorted(entries.values(), key=lambda e: (e.territory, e.date, e.title))


def within(entries, wgs84_box) -> List[PcrsEntry]:
    """Entries whose extent meets the box (entries of unknown extent are kept)."""
    return [e for e in entries if e.wgs84 is None or intersects(e.wgs84, wgs84_box)]


def _text(element, path) -> str:
    found = element.find(path, NS)
    return clean_text("".join(found.itertext()), 300) if found is not None else ""


def parse_records(body: bytes) -> List[PcrsRecord]:
    root = parse_xml(body, tr("The catalogue"))
    records = []
    for metadata in root.iter("{%s}MD_Metadata" % NS["gmd"]):
        links = []
        for resource in metadata.iter("{%s}CI_OnlineResource" % NS["gmd"]):
            kind = PROTOCOL_KINDS.get(_text(resource, "gmd:protocol/gco:CharacterString").upper())
            url = _text(resource, "gmd:linkage/gmd:URL")
            if kind and url.startswith(("http://", "https://")):
                links.append((kind, url, _text(resource, "gmd:name/gco:CharacterString")))
        box = None
        extent = metadata.find(".//gmd:EX_GeographicBoundingBox", NS)
        if extent is not None:
            try:
                box = valid_box([float(_text(extent, f"gmd:{n}/gco:Decimal")) for n in
                                 ("westBoundLongitude", "southBoundLatitude", "eastBoundLongitude", "northBoundLatitude")])
            except ValueError:
                box = None
        date = _text(metadata, "gmd:dateStamp/gco:DateTime") or _text(metadata, "gmd:dateStamp/gco:Date")
        title = _text(metadata, "gmd:identificationInfo//gmd:citation/gmd:CI_Citation/gmd:title/gco:CharacterString")
        records.append(PcrsRecord(_text(metadata, "gmd:fileIdentifier/gco:CharacterString"), title, date[:10],
                                  links, box))
    return records


def load_pcrs_records(transport, cache, settings, feedback=None) -> List[PcrsRecord]:
    """Catalogue records mentioning PCRS (a CSW GetRecords, through the cache)."""
    request = HttpRequest(settings.csw_url, method="POST", data=GET_RECORDS.encode("utf-8"),
                          headers={"Content-Type": "application/xml"}, authcfg=settings.authcfg_csw or None)
    result = fetch_cached(transport, cache, request, settings.cache_lifetime_seconds, parse_records,
                          key="pcrs-records:" + settings.csw_url, feedback=feedback)
    return parse_records(result.body)


def load_pcrs(transport, cache, settings, feedback=None):
    """(entries, notes): from every service's capabilities and the catalogue; a source that fails is a note."""
    from ..errors import Cancelled, DgeError
    from ..ogc.service_loader import endpoints, load_services

    loaded = load_services(transport, cache, endpoints(settings), settings.cache_lifetime_seconds, feedback=feedback)
    notes = [f"{s.endpoint.label}: {s.error.message}" for s in loaded if s.document is None and s.error is not None]
    try:
        records = load_pcrs_records(transport, cache, settings, feedback)
    except Cancelled:
        raise
    except DgeError as error:
        records = []
        notes.append(tr("Catalogue: {error}").format(error=error.message))
    if not records and all(s.document is None for s in loaded):
        raise BadAnswer(notes[0] if notes else tr("No PCRS source could be read."))
    return pcrs_entries([layer for s in loaded for layer in s.layers], records), notes
