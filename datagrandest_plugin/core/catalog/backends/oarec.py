"""GeoNetwork (or pycsw) through OGC API – Records, Part 1 (Core), in JSON.

The other backend of the GeoNetwork catalogue beside ``csw_client``: same
``search``/``record`` interface, same ``CatalogRecord`` results, so the service,
the offline copy and the panel do not know which protocol answered. Records
are GeoJSON features of the ``metadata:main`` collection (pycsw 3's and
GeoNetwork's OGC API Records microservice's name); ``q``, ``bbox``, ``limit``,
``offset`` and ``sortby`` are the standard's parameters; ``facets=true`` asks
the server for facet counts, which are read when given.

Shapes read (pycsw 3.0 checked live by tests/e2e/test_oarec.py, GeoNetwork's
microservice by tests/unit/test_oarec_shapes.py): ``numberMatched``; links
with ``rel`` (null for pycsw's distribution links, ``preview`` for the
thumbnail), ``protocol`` (pycsw, GeoNetwork) and ``type``; ``license`` as a
string, an object or a list; facets as pycsw's ``{name: {"buckets"}}`` or a
list of groups, pycsw's ``keywords`` buckets being each record's comma-joined
list (split and summed here).
"""

import math
from urllib.parse import quote

from ...errors import BadAnswer, cause_logged
from ...geo_boxes import catalogue_box
from ...i18n import tr
from ...net.parsing import clean_text, parse_json
from ...net.transport import HttpRequest, check_status
from ..ranking import server_terms
from ..models import SOURCE_CSW, CatalogRecord, Facet, Link, SearchPage, SearchQuery

COLLECTION = "metadata:main"
_SKIPPED_RELS = ("self", "alternate", "collection", "root", "parent", "next", "prev", "related")
_THUMBNAIL_RELS = ("preview", "thumbnail", "icon")
_JOINED_FACETS = ("keywords",)  # pycsw groups its keywords column: "a,b,c" per record


def _unreadable() -> BadAnswer:
    return BadAnswer(tr("The OGC API Records catalogue answered with unexpected content."))


def _strings(value, limit=100) -> list:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [clean_text(v, limit) for v in value if isinstance(v, (str, int, float)) and str(v).strip()]


def _count(value, default: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return default
    return int(value) if math.isfinite(value) and 0 <= value <= 10**9 else default


def _licence(props: dict, licence_links: list) -> str:
    """``license`` as text, ``{"name"|"title"|"href"}`` or a list of either; the standard's
    "other"/"various" (or nothing) defer to the ``rel="license"`` links; else ``rights``."""
    value = props.get("license")
    parts = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict):
            item = item.get("name") or item.get("title") or item.get("href")
        if isinstance(item, str) and item.strip() and item.strip().lower() not in ("other", "various"):
            parts.append(item)
    if not parts:
        parts = [link.get("title") or link["href"] for link in licence_links]
    rights = props.get("rights")
    if not parts and isinstance(rights, str):
        parts.append(rights)
    return clean_text(", ".join(p for p in parts if isinstance(p, str)), 300)


def _box(geometry):
    """The bounding box of a GeoJSON geometry (any depth of coordinates), or None."""
    if not isinstance(geometry, dict):
        return None
    xs, ys = [], []

    def walk(node):
        if isinstance(node, list) and len(node) >= 2 and all(isinstance(v, (int, float)) for v in node[:2]):
            xs.append(float(node[0]))
            ys.append(float(node[1]))
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(geometry.get("coordinates"))
    if not xs:
        return None
    return catalogue_box((min(xs), min(ys), max(xs), max(ys)))


class OarecClient:
    def __init__(self, transport, url: str, authcfg: str = "", record_page_url: str = ""):
        self.transport = transport
        self.url = url.rstrip("/")
        self.authcfg = authcfg
        self.record_page_url = record_page_url

    @property
    def items_url(self) -> str:
        return f"{self.url}/collections/{quote(COLLECTION, safe=':')}/items"

    def _get(self, url, params=None, feedback=None) -> dict:
        request = HttpRequest(url, params, authcfg=self.authcfg or None,
                              headers={"Accept": "application/geo+json, application/json"})
        response = check_status(self.transport.fetch(request, feedback))
        data = parse_json(response.content, tr("The OGC API Records catalogue"))
        if not isinstance(data, dict):
            raise _unreadable()
        return data

    @staticmethod
    def parameters(query: SearchQuery) -> dict:
        words = server_terms(query.text) + query.title.split() + query.keyword.split() + query.theme.split()
        words += query.organisation.split()
        params = {"limit": str(query.page_size), "offset": str(query.start), "facets": "true", "f": "json"}
        if words:
            params["q"] = " ".join(words)
        if query.bbox:
            params["bbox"] = ",".join(f"{v:g}" for v in query.bbox)  # CRS84: longitude first
        if query.sort == "date":
            params["sortby"] = "-updated"
        return params

    def search(self, query: SearchQuery, feedback=None) -> SearchPage:
        data = self._get(self.items_url, self.parameters(query), feedback)
        features = data.get("features")
        if not isinstance(features, list):
            raise _unreadable()
        try:
            records = [self._record(f) for f in features if isinstance(f, dict) and f.get("id")]
            facets = self._facets(data.get("facets"))
        except (TypeError, ValueError, AttributeError, KeyError, OverflowError) as error:
            raise _unreadable() from cause_logged(error)
        total = _count(data.get("numberMatched"), len(records))
        return SearchPage(source=SOURCE_CSW, records=records, total=total, page=query.page, page_size=query.page_size, facets=facets)

    def record(self, identifier: str, feedback=None) -> CatalogRecord:
        data = self._get(f"{self.items_url}/{quote(identifier, safe='')}", {"f": "json"}, feedback)
        if not data.get("id"):
            raise BadAnswer(tr("The catalogue has no record “{id}”.").format(id=clean_text(identifier, 80)))
        try:
            record = self._record(data)
        except (TypeError, ValueError, AttributeError, KeyError, OverflowError) as error:
            raise _unreadable() from cause_logged(error)
        record.detailed = True
        return record

    @staticmethod
    def _facets(value) -> dict:
        """``{"name": {"buckets": [{"value", "count"}]}}`` (pycsw 3) or ``[{"name", "buckets"}]``."""
        groups = value.items() if isinstance(value, dict) else \
            ((g.get("name") or g.get("property"), g) for g in value if isinstance(g, dict)) \
            if isinstance(value, list) else ()
        facets = {}
        for name, group in groups:
            if not isinstance(name, str) or not isinstance(group, dict) or not isinstance(group.get("buckets"), list):
                continue
            counts = {}
            for bucket in group["buckets"]:
                if not isinstance(bucket, dict) or not isinstance(bucket.get("value"), (str, int, float)):
                    continue
                value = str(bucket["value"])
                for part in value.split(",") if name in _JOINED_FACETS else [value]:
                    part = clean_text(part, 120)
                    if part:
                        counts[part] = counts.get(part, 0) + _count(bucket.get("count"), 0)
            facets[clean_text(name, 60)] = [Facet(value, count) for value, count in counts.items()]
        return facets

    def _record(self, feature: dict) -> CatalogRecord:
        props = feature.get("properties") if isinstance(feature.get("properties"), dict) else {}
        identifier = clean_text(str(feature.get("id")), 300)
        links, thumbnail, licence_links = [], "", []
        for link in feature.get("links") if isinstance(feature.get("links"), list) else []:
            if not isinstance(link, dict) or not isinstance(link.get("href"), str) or link.get("rel") in _SKIPPED_RELS:
                continue
            if link.get("rel") in _THUMBNAIL_RELS:
                thumbnail = thumbnail or link["href"].strip()
                continue
            if link.get("rel") == "license":
                licence_links.append(link)
                continue
            links.append(Link(protocol=clean_text(link.get("protocol") or "", 100), url=link["href"].strip(),
                              name=clean_text(link.get("name") or "", 200),
                              description=clean_text(link.get("title") or link.get("description") or "", 500),
                              format=clean_text(link.get("type") or "", 60)))
        contacts = [c for c in props.get("contacts") or [] if isinstance(c, dict)] \
            if isinstance(props.get("contacts"), list) else []
        organisation = next((c.get("organization") for c in contacts if isinstance(c.get("organization"), str)), "")
        themes = []
        for theme in props.get("themes") if isinstance(props.get("themes"), list) else []:
            if isinstance(theme, dict):
                themes += [c.get("id") for c in theme.get("concepts") or [] if isinstance(c, dict) and c.get("id")]
        return CatalogRecord(
            identifier=identifier,
            title=clean_text(props.get("title"), 500) or identifier,
            sources=[SOURCE_CSW],
            abstract=clean_text(props.get("description"), 5000),
            organisation=clean_text(organisation, 200),
            date=clean_text(props.get("updated") or props.get("created") or "", 40)[:10],
            licence=_licence(props, licence_links),
            thumbnail_url=thumbnail,
            keywords=_strings(props.get("keywords")),
            themes=_strings(themes),
            bbox=_box(feature.get("geometry")),
            links=links,
            page_url=self.record_page_url.format(uuid=identifier) if self.record_page_url else "",
            crs=_strings(props.get("crs"), 80),
        )
