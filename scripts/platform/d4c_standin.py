"""A stand-in for DataGrandEst's D4C (Data4Citizen) API, over the local catalogue.

Routes, under ``/data4citizen/d4c/api`` (shaped after
shared/reference/d4c-openapi.yaml and the CKAN package_show sample):

- ``datasets/1.0/search/`` -- q, rows, start, sort, refine.<facet>,
  exclude.<facet>, facet (repeatable): Opendatasoft-v1-like answer
  ``{"nhits", "parameters", "datasets": [{"datasetid", "metas", "features", ...}],
  "facet_groups": [{"name", "facets": [{"name", "count", "path", "state"}]}]}``;
- ``datasets/1.0/<datasetid>/`` -- one dataset, ``metas.resources[]`` with
  ``id, name, url, format, description, resource_locator_protocol``;
- ``datasets/1.0/<datasetid>/alternative_exports/<resource id>/`` -- the file;
- ``datasets/2.0/search/`` -- CKAN ``package_search`` envelope (no resource URLs);
- ``records/1.0/search/?dataset=<id>`` -- rows of a dataset that has data;
- ``records/2.0/downloadfile/format=<geojson|json|csv>&resource_id=<id>``.

Parameters may also come as the last path segment (``search/q=ocs&rows=10``).
Datasets are the catalogue records (``csw_records.catalogue``); their id is the
record id in lower case.
"""
from __future__ import annotations

import csv
import hashlib
import json
import unicodedata
from pathlib import Path
from urllib.parse import parse_qsl

import csw_records

PREFIX = "/data4citizen/d4c/api"
FACETS = ("theme", "keyword", "publisher", "features")
JSON = "application/json; charset=utf-8"
TEXT_COLUMNS = ("insee", "code", "siren", "id", "nom", "lib")  # CSV columns kept as text


def _fold(text: str) -> str:
    """Lower case without accents, for matching."""
    norm = unicodedata.normalize("NFKD", str(text).replace("œ", "oe").replace("Œ", "oe"))
    return "".join(c for c in norm if not unicodedata.combining(c)).lower()


class D4CStandin:
    def __init__(self, base_url: str, datadir: Path):
        self.base = base_url.rstrip("/")
        self.exports = Path(datadir) / "d4c"
        self.records = csw_records.catalogue(self.base)
        self.by_id = {r.datasetid: r for r in self.records}
        self.by_rid = {}  # download resource id -> export file stem
        for r in self.records:
            for link in r.links:
                if link.format in ("GeoJSON", "CSV"):
                    self.by_rid[link.rid] = link.name.rsplit(".", 1)[0]

    # ------------------------------------------------------------------ model

    def _features(self, r) -> list[str]:
        feats = []
        if r.data_stem:
            feats.append("analyze")
            if r.has_geometry:
                feats.append("geo")
        return feats

    def _records_count(self, r) -> int:
        return len(self._rows(r.data_stem)) if r.data_stem else 0

    def _resources(self, r) -> list[dict]:
        out = []
        for pos, link in enumerate(r.links):
            out.append({"id": link.rid, "package_id": r.datasetid, "name": link.name or r.title,
                        "description": link.description, "format": link.format,
                        "url": link.url, "resource_locator_protocol": link.protocol,
                        "position": pos, "state": "active", "datastore_active": link.format == "CSV"})
        return out

    def dataset(self, r, with_resources: bool = True) -> dict:
        metas = {
            "title": r.title, "description": r.abstract, "publisher": csw_records.ORG,
            "theme": [r.theme], "keyword": list(r.keywords), "language": "fr",
            "license": csw_records.LICENSE, "modified": f"{r.revised}T10:00:00+00:00",
            "metadata_processed": f"{r.revised}T10:00:00+00:00",
            "records_count": self._records_count(r), "territory": ["Grand Est"],
            "domain": "datagrandest", "source": "geonetwork", "guid": r.identifier,
            "bbox": {"west": r.bbox[0], "south": r.bbox[1], "east": r.bbox[2], "north": r.bbox[3]},
            "metadata_url": f"{self.base}/data4citizen/visualisation/information/?id={r.datasetid}",
        }
        if with_resources:
            metas["resources"] = self._resources(r)
        return {"datasetid": r.datasetid, "metas": metas, "features": self._features(r),
                "has_records": bool(r.data_stem), "attachments": [],
                "alternative_exports": [res for res in self._resources(r)
                                        if res["format"] in ("GeoJSON", "CSV")],
                "fields": self._fields(r)}

    def _fields(self, r) -> list[dict]:
        rows = self._rows(r.data_stem) if r.data_stem else []
        if not rows:
            return []
        out = []
        for name, value in rows[0]["fields"].items():
            kind = "double" if isinstance(value, float) else "int" if isinstance(value, int) else "text"
            out.append({"name": name, "label": name, "type": kind})
        if r.has_geometry:
            out.append({"name": "geo_shape", "label": "geo_shape", "type": "geo_shape"})
        return out

    def _facet_values(self, r, facet: str) -> list[str]:
        if facet == "theme":
            return [r.theme]
        if facet == "keyword":
            return list(r.keywords)
        if facet == "publisher":
            return [csw_records.ORG]
        if facet == "features":
            return self._features(r)
        return []

    # ------------------------------------------------------------- data rows

    def _rows(self, stem: str) -> list[dict]:
        geo = self.exports / f"{stem}.geojson"
        if geo.exists():
            doc = json.loads(geo.read_text(encoding="utf-8"))
            return [{"fields": f["properties"], "geometry": f["geometry"]} for f in doc["features"]]
        path = self.exports / f"{stem}.csv"
        if not path.exists():
            return []
        rows = []
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter=";"):
                rows.append({"fields": {k: v if k.startswith(TEXT_COLUMNS) else _num(v)
                                        for k, v in row.items()}})
        return rows

    # -------------------------------------------------------------- routing

    def handle(self, path: str, query: str) -> tuple[int, str, bytes, dict]:
        """(status, content type, body, extra headers) for a path under PREFIX."""
        rest = path[len(PREFIX):].strip("/")
        parts = rest.split("/") if rest else []
        params = parse_qsl(query, keep_blank_values=True)
        if parts and "=" in parts[-1]:  # parameters as a path segment
            params = parse_qsl(parts[-1], keep_blank_values=True) + params
            parts = parts[:-1]
        try:
            if parts == ["datasets", "1.0", "search"]:
                return self._json(self.search(params))
            if parts == ["datasets", "2.0", "search"]:
                return self._json(self.ckan_search(params))
            if len(parts) == 3 and parts[:2] == ["datasets", "1.0"]:
                r = self.by_id.get(parts[2].lower())
                if r is None:
                    return self._error(404, f"Unknown dataset: {parts[2]}")
                return self._json(self.dataset(r))
            if len(parts) == 5 and parts[:2] == ["datasets", "1.0"] and parts[3] == "alternative_exports":
                return self.download(dict(params, resource_id=parts[4]))
            if parts == ["records", "1.0", "search"]:
                return self._json(self.records_search(params))
            if parts == ["records", "2.0", "downloadfile"]:
                return self.download(dict(params))
        except ValueError as exc:
            return self._error(400, str(exc))
        return self._error(404, f"Unknown route: /{rest}")

    @staticmethod
    def _json(doc) -> tuple[int, str, bytes, dict]:
        return 200, JSON, json.dumps(doc, ensure_ascii=False).encode("utf-8"), {}

    @staticmethod
    def _error(status: int, message: str) -> tuple[int, str, bytes, dict]:
        return status, JSON, json.dumps({"error": message}, ensure_ascii=False).encode(), {}

    # -------------------------------------------------------------- actions

    def _matches(self, r, words: list[str], refine: list, exclude: list) -> bool:
        text = _fold(" ".join([r.title, r.abstract, r.datasetid, r.theme, *r.keywords]))
        if any(w not in text for w in words):
            return False
        for facet, value in refine:
            if _fold(value) not in {_fold(v) for v in self._facet_values(r, facet)}:
                return False
        for facet, value in exclude:
            if _fold(value) in {_fold(v) for v in self._facet_values(r, facet)}:
                return False
        return True

    def search(self, params: list[tuple[str, str]]) -> dict:
        q = " ".join(v for k, v in params if k == "q").strip()
        rows = _int(params, "rows", 10)
        start = _int(params, "start", 0)
        sort = next((v for k, v in params if k == "sort"), "")
        refine = [(k[len("refine."):], v) for k, v in params if k.startswith("refine.")]
        exclude = [(k[len("exclude."):], v) for k, v in params if k.startswith("exclude.")]
        facets = [v for k, v in params if k == "facet"] or list(FACETS[:3])
        words = [_fold(w) for w in q.replace("*", " ").split()]
        hits = [r for r in self.records if self._matches(r, words, refine, exclude)]
        if sort:
            key = sort.lstrip("-")
            getter = {"modified": lambda r: r.revised, "title": lambda r: _fold(r.title),
                      "records_count": self._records_count}.get(key)
            if getter is None:
                raise ValueError(f"Unknown sort field: {key}")
            hits.sort(key=getter, reverse=sort.startswith("-"))
        groups = []
        for facet in facets:
            if facet not in FACETS:
                continue
            counts: dict[str, int] = {}
            for r in hits:
                for value in self._facet_values(r, facet):
                    counts[value] = counts.get(value, 0) + 1
            refined = {_fold(v) for f, v in refine if f == facet}
            groups.append({"name": facet, "facets": [
                {"name": name, "count": n, "path": name,
                 "state": "refined" if _fold(name) in refined else "displayed"}
                for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], _fold(kv[0])))]})
        parameters = {"q": q, "rows": rows, "start": start, "format": "json", "timezone": "UTC"}
        if refine:
            parameters["refine"] = {f: v for f, v in refine}
        if facets:
            parameters["facet"] = facets
        if sort:
            parameters["sort"] = [sort]
        return {"nhits": len(hits), "parameters": parameters,
                "datasets": [self.dataset(r) for r in hits[start:start + rows]],
                "facet_groups": groups}

    def ckan_search(self, params: list[tuple[str, str]]) -> dict:
        q = " ".join(v for k, v in params if k == "q").strip()
        rows = _int(params, "rows", 10)
        start = _int(params, "start", 0)
        words = [_fold(w) for w in q.replace("*", " ").split() if ":" not in w]
        hits = [r for r in self.records if self._matches(r, words, [], [])]
        results = []
        for r in hits[start:start + rows]:
            results.append({
                "id": r.datasetid, "name": r.datasetid, "title": r.title, "notes": r.abstract,
                "metadata_modified": f"{r.revised}T10:00:00", "type": "dataset", "private": False,
                "organization": {"name": "region-grand-est", "title": csw_records.ORG},
                "tags": [{"name": k, "display_name": k} for k in r.keywords],
                "num_resources": len(r.links),
                "resources": [{"id": link.rid, "name": link.name, "format": link.format,
                               "resource_locator_protocol": link.protocol, "url": ""}
                              for link in r.links],
                "extras": [{"key": "guid", "value": r.identifier}]})
        return {"help": f"{self.base}{PREFIX}/datasets/2.0/search/", "success": True,
                "result": {"count": len(hits), "sort": "score desc, metadata_modified desc",
                           "results": results, "facets": {}, "search_facets": {}}}

    def records_search(self, params: list[tuple[str, str]]) -> dict:
        dsid = next((v for k, v in params if k == "dataset"), "")
        r = self.by_id.get(dsid.lower())
        if r is None or not r.data_stem:
            raise ValueError(f"Unknown dataset or dataset without records: {dsid!r}")
        rows_n = _int(params, "rows", 10)
        start = _int(params, "start", 0)
        q = " ".join(v for k, v in params if k == "q").strip()
        refine = [(k[len("refine."):], v) for k, v in params if k.startswith("refine.")]
        words = [_fold(w) for w in q.split()]
        out = []
        for row in self._rows(r.data_stem):
            fields = row["fields"]
            text = _fold(" ".join(str(v) for v in fields.values()))
            if any(w not in text for w in words):
                continue
            if any(_fold(fields.get(f, "")) != _fold(v) for f, v in refine):
                continue
            rec = {"datasetid": r.datasetid,
                   "recordid": hashlib.sha1(json.dumps(fields, sort_keys=True).encode()).hexdigest(),
                   "fields": dict(fields), "record_timestamp": f"{r.revised}T10:00:00+00:00"}
            if row.get("geometry"):
                rec["fields"]["geo_shape"] = row["geometry"]
                rec["geometry"] = row["geometry"]
            out.append(rec)
        return {"nhits": len(out),
                "parameters": {"dataset": [r.datasetid], "rows": rows_n, "start": start,
                               "q": q, "format": "json", "timezone": "UTC"},
                "records": out[start:start + rows_n]}

    def download(self, params: dict) -> tuple[int, str, bytes, dict]:
        rid = params.get("resource_id", "")
        fmt = params.get("format", "csv").lower()
        target = self.by_rid.get(rid)  # stem
        if target is None:
            return self._error(404, f"Unknown resource: {rid}")
        stem = target
        if fmt in ("geojson", "json"):
            path = self.exports / f"{stem}.geojson"
            ctype = "application/geo+json" if fmt == "geojson" else JSON
        elif fmt == "csv":
            path = self.exports / f"{stem}.csv"
            ctype = "text/csv; charset=utf-8"
        else:
            return self._error(400, f"Format not available here: {fmt}")
        if not path.exists():
            return self._error(400, f"Format not available for this resource: {fmt}")
        return 200, ctype, path.read_bytes(), {
            "Content-Disposition": f'attachment; filename="{path.name}"'}


def _num(text: str):
    for cast in (int, float):
        try:
            return cast(text)
        except ValueError:
            continue
    return text


def _int(params, key: str, default: int) -> int:
    value = next((v for k, v in params if k == key), "")
    if value == "":
        return default
    try:
        n = int(value)
    except ValueError:
        raise ValueError(f"{key} must be an integer, got {value!r}") from None
    if n < 0:
        raise ValueError(f"{key} must be >= 0")
    return n

