"""GeoServer-like OGC endpoints in front of ``qgis_mapserver``.

Maps www.datagrandest.fr's GeoServer paths to a QGIS Server project and
rewrites what GeoServer and QGIS Server name differently:

=======================================  ==============  ==========================
front path (under ``/geoserver``)        service         QGIS project
=======================================  ==============  ==========================
``/ows``, ``/wms``                       WMS             ``global`` (``ws:name``)
``/ows``, ``/wfs``                       WFS             ``global_wfs`` (bare names)
``/gwc/service/wmts``                    WMTS            ``global`` (``ws:name``)
``/wcs``                                 WCS 1.0         ``global`` (``ws:name``)
``/<ws>/ows``, ``/<ws>/wms``             WMS             ``<ws>`` (bare names)
``/<ws>/ows``, ``/<ws>/wfs``             WFS             ``<ws>`` (bare names)
``/<ws>/gwc/service/wmts``               WMTS            ``<ws>`` (bare names)
``/<ws>/wcs``                            WCS 1.0         ``<ws>`` (bare names)
=======================================  ==============  ==========================

- the service comes from ``SERVICE=`` or else from the path (``/wms``, ``/wfs``;
  ``/ows`` defaults to WMS); ``/gwc/service/wmts`` is always WMTS, as on GeoWebCache; ``MAP=`` is always set here,
  never taken from the client;
- WFS type names carry the workspace prefix, as on GeoServer: the capabilities'
  ``<Name>`` gets ``ws:`` (the prefix bound to QGIS Server's namespace
  ``http://www.qgis.org/gml``, so the GML that QGIS Server writes matches), and
  ``TYPENAME(S)`` / ``typeName=`` in requests lose it;
- on a workspace endpoint ``LAYERS``/``QUERY_LAYERS``/``LAYER`` (WMS) and
  ``COVERAGE``/``IDENTIFIER`` (WCS) may carry the
  workspace prefix; ``STYLE(S)`` may carry one on any endpoint
  (``geograndest:ocs_grand_est_niveau_1_a_5``); both are stripped;
- capabilities advertise the front URL: QGIS Server takes it from the
  ``X-Qgis-Service-Url`` request header (checked on 3.22), and any remaining
  backend URL in an XML answer is replaced as a safety net.
"""
from __future__ import annotations

import http.client
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

import sample_layers as sl

QGIS_GML_NS = "http://www.qgis.org/gml"
GLOBAL_WFS_PROJECT = "global_wfs"
_PATH_SERVICE = {"wms": "WMS", "wfs": "WFS", "wcs": "WCS", "ows": None}
_TYPENAME_KEYS = {"TYPENAME", "TYPENAMES", "TYPE_NAME"}
_LAYER_KEYS = {"LAYERS", "QUERY_LAYERS", "LAYER"}
_STYLE_KEYS = {"STYLE", "STYLES"}
_COVERAGE_KEYS = {"COVERAGE", "IDENTIFIER"}


@dataclass(frozen=True)
class OwsRoute:
    project: str  # project file stem
    service: str  # WMS, WFS, WMTS (or what the client asked for)
    front_path: str  # e.g. /geoserver/region-grand-est/wfs
    workspace: str | None  # None: global endpoint


def route(path: str, params: list[tuple[str, str]]) -> OwsRoute | None:
    """The project and service for a front path, or None if not an OGC path."""
    parts = [p for p in path.split("/") if p]
    if not parts or parts[0] != "geoserver":
        return None
    parts = parts[1:]
    workspace = None
    if parts and parts[0] in sl.WORKSPACES:
        workspace, parts = parts[0], parts[1:]
    if parts == ["gwc", "service", "wmts"]:
        path_service = "WMTS"
    elif len(parts) == 1 and parts[0] in _PATH_SERVICE:
        path_service = _PATH_SERVICE[parts[0]]
    else:
        return None
    asked = next((v for k, v in params if k.upper() == "SERVICE" and v), "")
    if path_service == "WMTS":  # GeoWebCache: the path decides, SERVICE= is ignored
        asked = ""
    service = (asked or path_service or "WMS").upper()
    if workspace:
        project = workspace
    else:
        project = GLOBAL_WFS_PROJECT if service == "WFS" else sl.GLOBAL_PROJECT
    return OwsRoute(project, service, "/" + "/".join(["geoserver", *([workspace] if workspace else []), *parts]),
                    workspace)


def _strip_prefix(value: str, prefixes: tuple[str, ...]) -> str:
    items = []
    for item in value.split(","):
        for ws in prefixes:
            if item.startswith(ws + ":"):
                item = item[len(ws) + 1:]
                break
        items.append(item)
    return ",".join(items)


def backend_params(r: OwsRoute, params: list[tuple[str, str]], projects_dir: Path) -> list[tuple[str, str]]:
    """Query parameters to send to qgis_mapserver for a front request."""
    own = (r.workspace,) if r.workspace else sl.WORKSPACES
    out = [("MAP", str(projects_dir / f"{r.project}.qgs"))]
    has_service = False
    for key, value in params:
        k = key.upper()
        if k == "MAP":
            continue
        if k == "SERVICE":
            has_service = True
            value = r.service
        if r.service == "WFS" and k in _TYPENAME_KEYS:
            value = _strip_prefix(value, own)
        elif r.workspace and ((r.service == "WMS" and k in _LAYER_KEYS) or (r.service == "WCS" and k in _COVERAGE_KEYS)):
            value = _strip_prefix(value, own)
        elif k in _STYLE_KEYS:
            value = _strip_prefix(value, sl.WORKSPACES)
        out.append((key, value))
    if not has_service:
        out.append(("SERVICE", r.service))
    return out


def backend_body(r: OwsRoute, body: bytes) -> bytes:
    """POSTed XML requests: drop the workspace prefix of WFS typeName(s) attributes."""
    if r.service != "WFS" or not body:
        return body
    own = (r.workspace,) if r.workspace else sl.WORKSPACES
    pattern = re.compile(rb'(typeNames?=")((?:%s):)' % b"|".join(re.escape(w.encode()) for w in own))
    return pattern.sub(rb"\1", body)


def _wfs_names(r: OwsRoute) -> dict[str, str]:
    """bare WFS name -> qualified name, for the layers of the route's project."""
    layers = sl.layers_of(r.workspace) if r.workspace else list(sl.LAYERS)
    return {lyr.name: lyr.qualified_name for lyr in layers if lyr.is_vector and lyr.wfs}


def rewrite_response(r: OwsRoute, params: list[tuple[str, str]], content_type: str, body: bytes,
                     backend_base: str, front_url: str) -> bytes:
    """Front-side view of a qgis_mapserver answer."""
    if "xml" not in content_type and "html" not in content_type and "text" not in content_type:
        return body
    # safety net: never leak the backend address or the project path
    backend = re.compile(re.escape(backend_base.encode()) + rb"[^\"'<> ]*?MAP=[^&\"'<> ]*(&amp;|&)?")
    body = backend.sub(front_url.encode() + b"?", body)
    request = next((v for k, v in params if k.upper() == "REQUEST"), "").upper()
    if r.service == "WFS" and request == "GETCAPABILITIES":
        names = _wfs_names(r)
        body = re.sub(rb"<Name>([^<]+)</Name>",
                      lambda m: b"<Name>" + names.get(m.group(1).decode(), m.group(1).decode()).encode()
                      + b"</Name>", body)
        prefixes = sorted({q.split(":")[0] for q in names.values()})
        decl = "".join(f' xmlns:{p}="{QGIS_GML_NS}"' for p in prefixes).encode()
        body = re.sub(rb"<WFS_Capabilities\b", b"<WFS_Capabilities" + decl, body, count=1)
    return body


def feature_log_entry(r: OwsRoute, params: list[tuple[str, str]], body: bytes) -> dict:
    """What a WFS GetFeature asked and how many features it returned (for tests)."""
    asked = {k.upper(): v for k, v in params}
    typename = next((asked[k] for k in _TYPENAME_KEYS if k in asked), "")
    features = len(re.findall(rb"<(?:gml:featureMember|wfs:member)[\s>]", body))
    if b'"FeatureCollection"' in body[:200]:
        features = body.count(b'"type":"Feature"') + body.count(b'"type": "Feature"')
    return {"path": r.front_path, "typename": typename, "features": features,
            "bbox": asked.get("BBOX", ""), "filter": asked.get("FILTER", ""),
            "resulttype": asked.get("RESULTTYPE", ""), "bytes": len(body),
            "featureid": asked.get("FEATUREID", asked.get("RESOURCEID", "")),
            "count": asked.get("COUNT", asked.get("MAXFEATURES", ""))}


def forward(backend: str, method: str, query: list[tuple[str, str]], body: bytes | None,
            headers: dict[str, str], timeout: float = 60.0) -> tuple[int, dict[str, str], bytes]:
    """One request to qgis_mapserver; returns status, headers, body."""
    u = urlsplit(backend)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=timeout)
    try:
        conn.request(method, "/ows?" + urlencode(query), body=body, headers=headers)
        resp = conn.getresponse()
        data = resp.read()
        keep = {k: v for k, v in resp.getheaders()
                if k.lower() in ("content-type", "content-disposition")}
        return resp.status, keep, data
    finally:
        conn.close()


def parse_query(query: str) -> list[tuple[str, str]]:
    return parse_qsl(query, keep_blank_values=True)
