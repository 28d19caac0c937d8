"""OGC API – Records (Part 1, Core) over the local pycsw's own repository.

pycsw 2.6 (Debian's, the venv's) speaks CSW only; pycsw 3 adds OGC API –
Records with the same repository. This WSGI application answers pycsw 3's
paths from the very sqlite table ``csw_server.py`` fills, so both protocols
serve the same records: landing page, ``/conformance``, ``/collections``,
``/collections/metadata:main``, ``/items`` (``q`` — every word, accents and
case as the database has them —, ``bbox``, ``limit``, ``offset``,
``sortby=-updated``, ``facets=true``) and ``/items/{id}``. Stdlib only.
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from urllib.parse import parse_qs, quote

COLLECTION = "metadata:main"
FIELDS = ("identifier", "title", "abstract", "keywords", "organization", "date_revision", "date",
          "conditionapplyingtoaccessanduse", "otherconstraints", "crs", "type", "wkt_geometry", "links",
          "anytext")
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _box(wkt: str):
    values = [float(v) for v in NUMBER.findall(wkt or "")]
    if len(values) < 2:
        return None
    xs, ys = values[0::2], values[1::2]
    return min(xs), min(ys), max(xs), max(ys)


def _links(text: str) -> list:
    links = []
    for part in (text or "").split("^"):
        pieces = part.split(",")
        if len(pieces) < 4:
            continue
        name, description, protocol, href = pieces[0], ",".join(pieces[1:-2]), pieces[-2], pieces[-1]
        rel = "enclosure" if "DOWNLOAD" in protocol.upper() else "item"
        links.append({"href": href, "rel": rel, "name": name, "title": description, "protocol": protocol})
    return links


def feature(row: dict, base: str) -> dict:
    box = _box(row["wkt_geometry"])
    geometry = None
    if box:
        x0, y0, x1, y1 = box
        geometry = {"type": "Polygon", "coordinates": [[[x0, y0], [x0, y1], [x1, y1], [x1, y0], [x0, y0]]]}
    rights = " ".join(x for x in (row["conditionapplyingtoaccessanduse"], row["otherconstraints"]) if x)
    keywords = [k for k in (row["keywords"] or "").split(",") if k]
    links = _links(row["links"]) + [{"href": f"{base}/collections/{COLLECTION}/items/{quote(row['identifier'])}",
                                     "rel": "self", "type": "application/geo+json"}]
    return {
        "id": row["identifier"], "type": "Feature", "geometry": geometry, "links": links,
        "properties": {
            "title": row["title"] or "", "description": row["abstract"] or "", "keywords": keywords,
            "type": row["type"] or "", "updated": row["date_revision"] or (row["date"] or "")[:10],
            "rights": rights, "license": row["conditionapplyingtoaccessanduse"] or "",
            "contacts": [{"organization": row["organization"]}] if row["organization"] else [],
            "crs": row["crs"] or "",
        },
    }


class OarecApp:
    """The WSGI application; ``prefix`` is its path on the server, ``database`` pycsw's sqlite file."""

    def __init__(self, database: str, prefix: str, host_url: str):
        self.database = database
        self.prefix = prefix.rstrip("/")
        self.base = host_url.rstrip("/") + self.prefix

    def _rows(self) -> list:
        with sqlite3.connect(self.database) as db:
            db.row_factory = sqlite3.Row
            return [dict(r) for r in db.execute(f"SELECT {', '.join(FIELDS)} FROM records ORDER BY identifier")]

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO", "")[len(self.prefix):].rstrip("/")
        params = {k: v[-1] for k, v in parse_qs(environ.get("QUERY_STRING", "")).items()}
        try:
            status, body = self.route(path, params)
        except ValueError as error:
            status, body = "400 Bad Request", {"code": "InvalidParameterValue", "description": str(error)}
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        start_response(status, [("Content-Type", "application/json; charset=utf-8"),
                                ("Content-Length", str(len(data)))])
        return [data]

    def route(self, path: str, params: dict):
        items = f"/collections/{COLLECTION}/items"
        if path == "":
            return "200 OK", {"title": "Catalogue DataGrandEst (local)", "links": [
                {"rel": "conformance", "href": f"{self.base}/conformance"},
                {"rel": "data", "href": f"{self.base}/collections"}]}
        if path == "/conformance":
            return "200 OK", {"conformsTo": ["http://www.opengis.net/spec/ogcapi-records-1/1.0/conf/core",
                                             "http://www.opengis.net/spec/ogcapi-records-1/1.0/conf/json"]}
        if path == "/collections":
            return "200 OK", {"collections": [self._collection()]}
        if path == f"/collections/{COLLECTION}":
            return "200 OK", self._collection()
        if path == items:
            return "200 OK", self.search(params)
        if path.startswith(items + "/"):
            wanted = path[len(items) + 1:]
            for row in self._rows():
                if row["identifier"] == wanted:
                    return "200 OK", feature(row, self.base)
            return "404 Not Found", {"code": "NotFound", "description": "record not found"}
        return "404 Not Found", {"code": "NotFound", "description": "no such path"}

    def _collection(self) -> dict:
        return {"id": COLLECTION, "title": "Catalogue DataGrandEst (local)", "itemType": "record",
                "links": [{"rel": "items", "href": f"{self.base}/collections/{COLLECTION}/items"}]}

    def search(self, params: dict) -> dict:
        rows = self._rows()
        words = [w.lower() for w in re.split(r"[\s,]+", params.get("q", "")) if w]
        rows = [r for r in rows if all(w in (r["anytext"] or "").lower() for w in words)]
        if params.get("bbox"):
            x0, y0, x1, y1 = (float(v) for v in params["bbox"].split(","))
            rows = [r for r in rows if (b := _box(r["wkt_geometry"])) and
                    not (b[2] < x0 or b[0] > x1 or b[3] < y0 or b[1] > y1)]
        if params.get("sortby", "").lstrip("-+") == "updated":
            rows.sort(key=lambda r: r["date_revision"] or "", reverse=params["sortby"].startswith("-"))
        limit, offset = int(params.get("limit", 10)), int(params.get("offset", 0))
        if limit < 0 or offset < 0:
            raise ValueError("limit and offset must be positive")
        page = rows[offset:offset + limit]
        body = {"type": "FeatureCollection", "numberMatched": len(rows), "numberReturned": len(page),
                "features": [feature(r, self.base) for r in page], "links": []}
        if params.get("facets", "").lower() == "true":
            body["facets"] = {
                "type": _buckets(r["type"] for r in rows),
                "keywords": _buckets(k for r in rows for k in (r["keywords"] or "").split(",") if k),
            }
        return body


def _buckets(values) -> dict:
    return {"type": "terms", "buckets": [{"value": v, "count": c} for v, c in Counter(values).most_common()]}
