"""One table from link protocols (and D4C resource formats) to what the
plugin can do with them."""

import re
from urllib.parse import parse_qsl, urlsplit

from .models import Link

ACTION_WMS = "wms"
ACTION_WMTS = "wmts"
ACTION_WFS = "wfs"
ACTION_WCS = "wcs"
ACTION_DOWNLOAD = "download"
ACTION_LINK = "link"
ACTION_D4C_PAGE = "d4c_page"

LAYER_ACTIONS = (ACTION_WMS, ACTION_WMTS, ACTION_WFS, ACTION_WCS)

# (pattern on the protocol or D4C format, action); first match wins. Protocols as France writes them:
# "OGC:WMS", "OGC:WMS-1.3.0-http-get-map", "OGC:WMTS-1.0.0-http-get-capabilities", "OGC Web Map Service",
# "WMS", "urn:x-esri:specification:ServiceType:wms:url", "http://www.opengis.net/def/serviceType/ogc/wms",
# "application/vnd.ogc.wms_xml", "WWW:DOWNLOAD-1.0-http--download", "ESRI:REST" (a REST page, not OGC)...
_WORD = r"(?:^|[^a-z0-9]){}(?:[^a-z0-9]|$)"
PROTOCOL_TABLE = (
    (re.compile(r"^ESRI:|arcgis/rest", re.I), ACTION_LINK),
    (re.compile(_WORD.format("wmts") + r"|web map tile service", re.I), ACTION_WMTS),
    (re.compile(_WORD.format("wms") + r"|web map service|wms_xml", re.I), ACTION_WMS),
    (re.compile(_WORD.format("wfs(?:-g)?") + r"|web feature service", re.I), ACTION_WFS),
    (re.compile(_WORD.format("wcs") + r"|web coverage service", re.I), ACTION_WCS),
    (re.compile(r"^WWW:DOWNLOAD|download|^(GeoJSON|CSV|JSON|SHP|KML|GPKG|ZIP|XLSX?)$", re.I), ACTION_DOWNLOAD),
    (re.compile(r"^WWW:LINK|^HTML?$|^https?$", re.I), ACTION_LINK),
)

# Downloaded formats QGIS opens directly: format -> (provider, file suffix)
LOADABLE_DOWNLOADS = {"geojson": ("ogr", ".geojson"), "json": ("ogr", ".geojson"), "gpkg": ("ogr", ".gpkg"),
                      "kml": ("ogr", ".kml"), "csv": ("delimitedtext", ".csv")}

BADGES = {ACTION_WMS: "WMS", ACTION_WMTS: "WMTS", ACTION_WFS: "WFS", ACTION_WCS: "WCS",
          ACTION_DOWNLOAD: "download"}


def link_action(link: Link) -> str:
    if "/visualisation/information" in link.url:
        return ACTION_D4C_PAGE
    for value in (link.protocol, link.format):
        for pattern, action in PROTOCOL_TABLE:
            if value and pattern.search(value.strip()):
                return action
    service = {k.lower(): v for k, v in parse_qsl(urlsplit(link.url).query)}.get("service", "").upper()
    if service in ("WMS", "WFS", "WMTS", "WCS"):
        return service.lower()
    return ACTION_LINK if urlsplit(link.url).scheme in ("http", "https") else ""


def download_format(link: Link) -> str:
    """geojson / csv / ... for a download link, from its format, name or URL."""
    candidates = [link.format, link.name, link.url]
    for value in candidates:
        value = (value or "").lower()
        match = re.search(r"format=(\w+)", value)
        if match and match.group(1) in LOADABLE_DOWNLOADS:
            return match.group(1)
        for fmt in LOADABLE_DOWNLOADS:
            if value == fmt or value.endswith("." + fmt):
                return fmt
    return ""


def is_loadable(link: Link) -> bool:
    action = link_action(link)
    return action in LAYER_ACTIONS or (action == ACTION_DOWNLOAD and bool(download_format(link)))


def badges(links) -> list:
    """Distinct service badges of a record, in a stable order."""
    found = {BADGES[a] for a in (link_action(link) for link in links) if a in BADGES}
    return [b for b in ("WMS", "WMTS", "WFS", "WCS", "download") if b in found]
