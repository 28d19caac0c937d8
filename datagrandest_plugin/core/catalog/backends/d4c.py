"""D4C (Data4Citizen), the open-data portal: its Opendatasoft-v1-style API."""

import math
import re
from urllib.parse import quote

from ...errors import BadAnswer, cause_logged
from ...i18n import tr
from ...net.parsing import clean_text, parse_json
from ...net.transport import HttpRequest, check_status
from ..models import SOURCE_D4C, CatalogRecord, Facet, Link, SearchPage, SearchQuery

FACETS = ("theme", "publisher", "keyword")
_TAG = re.compile(r"<[^>]*>")


def _text(value, limit) -> str:
    """Remote text, possibly HTML, as plain text."""
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    return clean_text(_TAG.sub(" ", str(value or "")), limit)


def _list(value):
    if value is None:
        return []
    if isinstance(value, str):
        return [clean_text(value, 100)] if value.strip() else []
    if isinstance(value, list):
        return [clean_text(v, 100) for v in value if isinstance(v, (str, int, float)) and str(v).strip()]
    return []


def _items(value) -> list:
    """A list from the answer, or nothing: an integer where a list belongs is not iterated."""
    return value if isinstance(value, list) else []


def _count(value, default: int = 0) -> int:
    """A count from the answer: a finite, non-negative whole number, else ``default``."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return default
    try:
        number = float(value)
    except (ValueError, OverflowError):  # OverflowError: an integer of 400 digits
        return default
    return int(number) if math.isfinite(number) and 0 <= number <= 10**9 else default


def _unreadable() -> BadAnswer:
    return BadAnswer(tr("The D4C portal answered with unexpected content."))


class D4cClient:
    def __init__(self, transport, base_url: str, authcfg: str = ""):
        self.transport = transport
        self.base = base_url.rstrip("/")
        self.authcfg = authcfg

    @property
    def url(self) -> str:
        """The portal's address (what identifies this catalogue, as ``CswClient.url`` does)."""
        return self.base

    @property
    def api(self) -> str:
        return f"{self.base}/d4c/api"

    def _get(self, url, params=None, feedback=None):
        request = HttpRequest(url, params, authcfg=self.authcfg or None)
        response = check_status(self.transport.fetch(request, feedback))
        data = parse_json(response.content, tr("The D4C portal"))
        if not isinstance(data, dict):
            raise BadAnswer(tr("The D4C portal answered with unexpected content."))
        return data

    def search(self, query: SearchQuery, feedback=None) -> SearchPage:
        text = " ".join(t for t in (query.text.strip(), query.title.strip(), query.keyword.strip()) if t)
        params = {"q": text, "rows": str(query.page_size), "start": str(query.start)}
        if query.sort == "date":
            params["sort"] = "-modified"
        if query.theme:
            params["refine.theme"] = query.theme
        if query.organisation:
            params["refine.publisher"] = query.organisation
        if query.bbox:
            xmin, ymin, xmax, ymax = query.bbox
            params["geofilter.bbox"] = f"{ymin},{xmin},{ymax},{xmax}"
        # repeated facet= parameters: built into the URL since params is a dict
        url = f"{self.api}/datasets/1.0/search/?" + "&".join(f"facet={f}" for f in FACETS)
        data = self._get(url, params, feedback)
        datasets = data.get("datasets")
        if not isinstance(datasets, list):
            raise _unreadable()
        try:
            records = [self._record(d) for d in datasets if isinstance(d, dict) and d.get("datasetid")]
            facets = {}
            for group in _items(data.get("facet_groups")):
                if isinstance(group, dict) and group.get("name") in FACETS:
                    facets[group["name"]] = [Facet(clean_text(f.get("name"), 120), _count(f.get("count")))
                                             for f in _items(group.get("facets")) if isinstance(f, dict)]
        except (TypeError, ValueError, AttributeError, KeyError, OverflowError) as error:  # a shape no rule above foresaw
            raise _unreadable() from cause_logged(error)
        total = _count(data.get("nhits"), len(records))
        return SearchPage(source=SOURCE_D4C, records=records, total=total, page=query.page, page_size=query.page_size, facets=facets)

    def record(self, datasetid: str, feedback=None) -> CatalogRecord:
        data = self._get(f"{self.api}/datasets/1.0/{quote(datasetid.lower(), safe='')}/", feedback=feedback)
        if not data.get("datasetid"):
            raise BadAnswer(tr("The D4C portal has no dataset “{id}”.").format(id=clean_text(datasetid, 80)))
        try:
            record = self._record(data)
        except (TypeError, ValueError, AttributeError, KeyError, OverflowError) as error:
            raise _unreadable() from cause_logged(error)
        record.detailed = True
        return record

    def _record(self, dataset: dict) -> CatalogRecord:
        metas = dataset.get("metas") if isinstance(dataset.get("metas"), dict) else {}
        datasetid = clean_text(str(dataset.get("datasetid")), 300)
        links = []
        for resource in _items(metas.get("resources")):
            if not isinstance(resource, dict) or not isinstance(resource.get("url"), str):
                continue
            links.append(Link(protocol=clean_text(resource.get("resource_locator_protocol") or "", 100),
                              url=resource["url"].strip(), name=clean_text(resource.get("name") or "", 200),
                              description=_text(resource.get("description"), 500), format=clean_text(resource.get("format") or "", 40)))
        bbox = None
        box = metas.get("bbox")
        if isinstance(box, dict):
            try:
                bbox = (float(box["west"]), float(box["south"]), float(box["east"]), float(box["north"]))
            except (KeyError, TypeError, ValueError, OverflowError):
                bbox = None
            if bbox is not None and not all(math.isfinite(v) for v in bbox):
                bbox = None
        page = f"{self.base}/visualisation/information/?id={quote(datasetid)}"
        return CatalogRecord(
            identifier=clean_text(metas.get("guid") or datasetid, 300),
            title=_text(metas.get("title"), 500) or datasetid,
            sources=[SOURCE_D4C],
            abstract=_text(metas.get("description"), 5000),
            organisation=_text(metas.get("publisher"), 200),
            date=clean_text(metas.get("modified") or "", 40)[:10],
            licence=_text(metas.get("license"), 300),
            keywords=_list(metas.get("keyword")),
            themes=_list(metas.get("theme")),
            bbox=bbox,
            links=links,
            page_url=page,
        )
