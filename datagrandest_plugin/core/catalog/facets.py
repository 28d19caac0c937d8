"""Facets of catalogue results: what a record is, under which licence, by whom, about when.

Computed from the records themselves (so both catalogues and both protocols
answer alike), with the server's own counts preferred where it gives them for
the whole result (D4C's ``publisher``/``keyword``, OGC API Records' ``keywords``).
A :class:`FacetFilter` keeps a record when every facet given matches (AND across
facets; several values of one facet: any of them).
"""

import re
from dataclasses import asdict, dataclass, field
from typing import Dict, List, Optional, Tuple

from ..text import clean_text
from .link_kinds import ACTION_DOWNLOAD, ACTION_WFS, ACTION_WMS, ACTION_WMTS, download_format, link_action
from .models import CatalogRecord, Facet

KIND_MAP = "map"  # map images: WMS, WMTS
KIND_VECTOR = "vector"  # vector features: WFS
KIND_DOWNLOAD = "download"  # a file to download
KIND_TABLE = "table"  # a table with no geometry
KINDS = (KIND_MAP, KIND_VECTOR, KIND_DOWNLOAD, KIND_TABLE)
LICENCE_OPEN = "open"
LICENCE_OTHER = "other"
LICENCE_UNKNOWN = "unknown"  # the record says nothing (CSW Dublin Core from pycsw carries no licence)
LICENCES = (LICENCE_OPEN, LICENCE_OTHER, LICENCE_UNKNOWN)
FACET_NAMES = ("kind", "licence", "producer", "keyword", "year", "crs")
TABLE_FORMATS = ("csv", "xls", "xlsx", "ods")

# Licences that let anyone reuse the data (France's and the usual international ones).
_OPEN = re.compile(r"licence ouverte|open licen[cs]e|etalab|odbl|open database licen[cs]e|"
                   r"\bcc[- ]?by\b|\bcc0\b|creative commons|domaine public|public domain|pas de restriction",
                   re.IGNORECASE)
_YEAR = re.compile(r"^(\d{4})")
# (server facet name, our facet): the server counts over the whole result, not one page
SERVER_FACETS = {"publisher": "producer", "keyword": "keyword", "keywords": "keyword"}


def record_kinds(record: CatalogRecord) -> Tuple[str, ...]:
    actions = {link_action(link) for link in record.links}
    kinds = []
    if actions & {ACTION_WMS, ACTION_WMTS}:
        kinds.append(KIND_MAP)
    if ACTION_WFS in actions:
        kinds.append(KIND_VECTOR)
    if ACTION_DOWNLOAD in actions:
        kinds.append(KIND_DOWNLOAD)
    tables = [link for link in record.links if link_action(link) == ACTION_DOWNLOAD and
              (download_format(link) in TABLE_FORMATS or (link.format or "").lower() in TABLE_FORMATS)]
    if tables and KIND_MAP not in kinds and KIND_VECTOR not in kinds and not _geo_download(record):
        kinds.append(KIND_TABLE)
    return tuple(kinds)


def _geo_download(record: CatalogRecord) -> bool:
    return any(download_format(link) in ("geojson", "gpkg", "kml") for link in record.links)


def record_licence(record: CatalogRecord) -> str:
    if not (record.licence or "").strip():
        return LICENCE_UNKNOWN
    return LICENCE_OPEN if _OPEN.search(record.licence) else LICENCE_OTHER


def record_year(record: CatalogRecord) -> Optional[int]:
    match = _YEAR.match(record.date or "")
    return int(match.group(1)) if match else None


def record_values(record: CatalogRecord) -> Dict[str, List[str]]:
    """The value(s) of each facet for one record."""
    year = record_year(record)
    return {
        "kind": list(record_kinds(record)),
        "licence": [record_licence(record)],
        "producer": [record.organisation] if record.organisation else [],
        "keyword": _once(record.keywords),
        "year": [str(year)] if year else [],
        "crs": _once(getattr(record, "crs", None) or []),
    }


def _once(values) -> List[str]:
    """Each value once, whatever its case ("Occupation du sol" and "occupation du sol" are one), as
    first written."""
    first = {}
    for value in values:
        if value:
            first.setdefault(value.casefold(), value)
    return list(first.values())


@dataclass
class FacetFilter:
    kinds: Tuple[str, ...] = ()
    licence: str = ""  # open | other | "" (either)
    producers: Tuple[str, ...] = ()
    keywords: Tuple[str, ...] = ()
    years: Optional[Tuple[int, int]] = None  # inclusive range of the data's year
    crs: Tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.kinds or self.licence or self.producers or self.keywords or self.years or self.crs)

    def matches(self, record: CatalogRecord) -> bool:
        values = record_values(record)
        if self.kinds and not set(self.kinds) & set(values["kind"]):
            return False
        if self.licence and self.licence not in values["licence"]:
            return False
        if self.producers and not _casefold(self.producers) & _casefold(values["producer"]):
            return False
        if self.keywords and not _casefold(self.keywords) & _casefold(values["keyword"]):
            return False
        if self.crs and not _casefold(self.crs) & _casefold(values["crs"]):
            return False
        if self.years:
            year = record_year(record)
            if year is None or not self.years[0] <= year <= self.years[1]:
                return False
        return True

    def apply(self, records: List[CatalogRecord]) -> List[CatalogRecord]:
        return list(records) if self.empty else [r for r in records if self.matches(r)]

    def as_dict(self) -> dict:
        data = asdict(self)
        data["years"] = list(self.years) if self.years else None
        return {k: (list(v) if isinstance(v, tuple) else v) for k, v in data.items() if v}


def _casefold(values) -> set:
    return {v.casefold() for v in values if v}


def filter_from(data) -> FacetFilter:
    """A filter from untrusted JSON (a saved search): what is not readable is left out."""
    if not isinstance(data, dict):
        return FacetFilter()

    def strings(name, allowed=None):
        value = data.get(name)
        items = [clean_text(v, 120) for v in value if isinstance(v, str) and v.strip()] if isinstance(value, list) else []
        return tuple(v for v in items if allowed is None or v in allowed)

    years = data.get("years")
    years = (tuple(years) if isinstance(years, list) and len(years) == 2 and
             all(isinstance(y, int) and not isinstance(y, bool) and 0 < y < 10000 for y in years) else None)
    licence = data.get("licence") if data.get("licence") in LICENCES else ""
    return FacetFilter(kinds=strings("kinds", KINDS), licence=licence, producers=strings("producers"),
                       keywords=strings("keywords"), years=tuple(sorted(years)) if years else None,
                       crs=strings("crs"))


def parse_years(text: str) -> Optional[Tuple[int, int]]:
    """``2019-2021``, ``2021`` or ``2019-`` / ``-2021``; None when it is not a range of years."""
    match = re.fullmatch(r"\s*(\d{4})?\s*(-)?\s*(\d{4})?\s*", text or "")
    if not match or not (match.group(1) or match.group(3)):
        return None
    start = int(match.group(1)) if match.group(1) else 0
    end = int(match.group(3)) if match.group(3) else (9999 if match.group(2) else start)
    return (start, end) if start <= end else None


@dataclass
class FacetCounts:
    groups: Dict[str, List[Facet]] = field(default_factory=dict)  # facet name -> values, most frequent first

    def count(self, name: str, value: str) -> int:
        return next((f.count for f in self.groups.get(name, []) if f.name.casefold() == value.casefold()), 0)


def count_facets(records: List[CatalogRecord], server_facets: Optional[Dict[str, List[Facet]]] = None) -> FacetCounts:
    """How many records have each value of each facet; the server's counts where it gave them."""
    counters: Dict[str, _CaseBlindCounter] = {name: _CaseBlindCounter() for name in FACET_NAMES}
    for record in records:
        for name, values in record_values(record).items():
            for value in values:
                counters[name].add(value, 1)
    for server_name, facets in (server_facets or {}).items():
        name = SERVER_FACETS.get(server_name)
        if name and facets:
            counters[name] = _CaseBlindCounter()
            for f in facets:
                if f.name:
                    counters[name].add(f.name, f.count)
    counters = {name: counter.totals() for name, counter in counters.items()}
    groups = {}
    for name in FACET_NAMES:
        items = sorted(counters[name].items(), key=lambda kv: (-kv[1], kv[0].casefold()))
        if name == "year":
            items = sorted(counters[name].items(), reverse=True)
        groups[name] = [Facet(value, count) for value, count in items]
    return FacetCounts(groups)


class _CaseBlindCounter:
    """Counts values that differ only by case as one, shown in their most frequent spelling."""

    def __init__(self):
        self.spellings: Dict[str, Dict[str, int]] = {}

    def add(self, value: str, count: int):
        spellings = self.spellings.setdefault(value.casefold(), {})
        spellings[value] = spellings.get(value, 0) + count

    def totals(self) -> Dict[str, int]:
        return {max(spellings, key=lambda v: (spellings[v], v)): sum(spellings.values())
                for spellings in self.spellings.values()}
