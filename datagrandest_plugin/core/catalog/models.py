"""The result model shared by GeoNetwork and D4C."""

from dataclasses import asdict, dataclass, field
from typing import List, Optional, Tuple

from ..ogc.ows_urls import bare_name, service_base_url

SOURCE_CSW = "csw"
SOURCE_D4C = "d4c"
SOURCES = (SOURCE_CSW, SOURCE_D4C)


@dataclass
class Link:
    protocol: str
    url: str
    name: str = ""
    description: str = ""
    format: str = ""

    def as_dict(self) -> dict:
        return asdict(self)

    @property
    def key(self) -> tuple:
        """The same resource as both catalogues spell it (GetCapabilities suffix, prefix)."""
        kind = (self.protocol or self.format).split("-")[0].lower()
        kind = kind[4:] if kind.startswith("ogc:") else kind
        return kind, service_base_url(self.url).rstrip("/?"), bare_name(self.name).lower()


@dataclass
class CatalogRecord:
    identifier: str
    title: str
    sources: List[str]
    abstract: str = ""
    organisation: str = ""
    contact: str = ""  # e-mail or name of the point of contact
    date: str = ""  # ISO date of the last revision (or publication)
    licence: str = ""
    keywords: List[str] = field(default_factory=list)
    themes: List[str] = field(default_factory=list)
    lineage: str = ""
    thumbnail_url: str = ""
    bbox: Optional[Tuple[float, float, float, float]] = None  # WGS84 lon/lat
    links: List[Link] = field(default_factory=list)
    page_url: str = ""  # the record's page on the portal
    crs: List[str] = field(default_factory=list)  # reference systems of the data ("EPSG:2154")
    detailed: bool = False  # True once the full record (ISO, D4C detail) was read

    @property
    def key(self) -> str:
        """Same dataset harvested in both catalogues: GeoNetwork id == D4C id, case aside."""
        return self.identifier.strip().lower()

    def as_dict(self) -> dict:
        data = asdict(self)
        data["bbox"] = list(self.bbox) if self.bbox else None
        return data


@dataclass
class SearchQuery:
    text: str = ""
    title: str = ""
    keyword: str = ""
    organisation: str = ""
    theme: str = ""
    bbox: Optional[Tuple[float, float, float, float]] = None  # WGS84 lon/lat
    page: int = 1
    page_size: int = 20
    sort: str = "relevance"  # relevance | date
    sources: Tuple[str, ...] = SOURCES
    full: bool = False  # full records in the answer (ISO 19139 for CSW: layer names, extent), not summaries

    @property
    def start(self) -> int:
        """Zero-based index of the first result of the page."""
        return (max(self.page, 1) - 1) * self.page_size


@dataclass
class Facet:
    name: str
    count: int


@dataclass
class SearchPage:
    source: str
    records: List[CatalogRecord]
    total: int
    page: int
    page_size: int
    facets: dict = field(default_factory=dict)  # facet name -> [Facet]
    stale: bool = False  # records remembered from earlier searches: the catalogue did not answer
    saved_at: float = 0.0
    error: str = ""  # why the page is stale

    @property
    def has_next(self) -> bool:
        return self.page * self.page_size < self.total


def merge_records(records: List[CatalogRecord]) -> List[CatalogRecord]:
    """One entry per dataset, in first-seen order: sources, links and fields united."""
    merged, order = {}, []
    for record in records:
        existing = merged.get(record.key)
        if existing is None:
            merged[record.key] = CatalogRecord(**{**record.__dict__, "sources": list(record.sources),
                                                   "links": list(record.links), "keywords": list(record.keywords),
                                                   "themes": list(record.themes), "crs": list(record.crs)})
            order.append(record.key)
            continue
        for source in record.sources:
            if source not in existing.sources:
                existing.sources.append(source)
        existing.sources.sort(key=lambda s: SOURCES.index(s) if s in SOURCES else len(SOURCES))
        known = {link.key for link in existing.links}
        existing.links.extend(link for link in record.links if link.key not in known)
        for name in ("abstract", "organisation", "contact", "date", "licence", "lineage", "thumbnail_url", "page_url"):
            if not getattr(existing, name) and getattr(record, name):
                setattr(existing, name, getattr(record, name))
        existing.bbox = existing.bbox or record.bbox
        existing.keywords += [k for k in record.keywords if k not in existing.keywords]
        existing.themes += [t for t in record.themes if t not in existing.themes]
        existing.crs += [c for c in record.crs if c not in existing.crs]
        existing.detailed = existing.detailed or record.detailed
    return [merged[key] for key in order]
