"""OGC service addresses as catalogues and GeoServer give them, made usable.

Records point at workspace endpoints (``.../geoserver/<ws>/ows``), sometimes
with ``?SERVICE=WMS&REQUEST=GetCapabilities`` appended, and name layers
without the workspace prefix that GeoServer's WFS and WMTS need.
"""

import re
from urllib.parse import unquote_plus, urlsplit, urlunsplit

OGC_PARAMS = {"service", "request", "version", "acceptversions", "layers", "typename", "typenames", "layer"}
_WORKSPACE = re.compile(r"/geoserver/(?P<ws>[^/]+)/(?:ows|wms|wfs|wcs|gwc/service/wmts)/?$", re.IGNORECASE)


def service_base_url(url: str) -> str:
    """The URL without the OGC request parameters (kept: map=, authkey-free others)."""
    parts = urlsplit(url.strip())
    # kept parameters are copied as written: re-encoding them (map=/a/b → map=%2Fa%2Fb) would change the URL
    kept = [piece for piece in parts.query.split("&")
            if piece and unquote_plus(piece.split("=", 1)[0]).lower() not in OGC_PARAMS]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "&".join(kept), ""))


def workspace_of(url: str) -> str:
    """``geograndest`` for ``.../geoserver/geograndest/ows``; empty for global endpoints."""
    match = _WORKSPACE.search(urlsplit(url).path)
    return match.group("ws") if match and match.group("ws").lower() != "gwc" else ""


def qualified_name(url: str, name: str) -> str:
    """``ws:name`` for a bare name on a workspace endpoint, else the name unchanged."""
    workspace = workspace_of(url)
    if workspace and name and ":" not in name:
        return f"{workspace}:{name}"
    return name


def bare_name(name: str) -> str:
    return name.split(":", 1)[1] if ":" in name else name


def capabilities_url(url: str, service: str) -> str:
    base = service_base_url(url)
    separator = "&" if urlsplit(base).query else "?"
    return f"{base}{separator}SERVICE={service.upper()}&REQUEST=GetCapabilities"


def workspace_url(url: str, workspace: str, service: str = "ows") -> str:
    """``.../geoserver/<workspace>/<service>`` from any global GeoServer endpoint (``.../geoserver/ows``)."""
    base = service_base_url(url).split("?", 1)[0].rstrip("/")
    marker = "/geoserver"
    if marker in base:
        root = base[: base.index(marker) + len(marker)]
    else:
        root = base.rsplit("/", 1)[0]
    suffix = "gwc/service/wmts" if service.lower() == "wmts" else service.lower()
    return f"{root}/{workspace}/{suffix}"
