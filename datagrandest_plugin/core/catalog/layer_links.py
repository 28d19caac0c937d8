"""From a record's link to a layer: capabilities read to find the exact layer
name, its styles, a CRS QGIS can use, and (for downloads) a local file."""

import hashlib
import os
import tempfile
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import List

from ..cache import fetch_cached
from ..errors import BadAnswer, DgeError
from ..i18n import tr
from ..layer_spec import LayerSpec
from ..ows_urls import bare_name, capabilities_url, qualified_name
from ..parsing import clean_text, parse_xml
from ..transport import HttpRequest, check_status
from .links import (
    ACTION_DOWNLOAD,
    ACTION_WCS,
    ACTION_WFS,
    ACTION_WMS,
    ACTION_WMTS,
    LOADABLE_DOWNLOADS,
    download_format,
    link_action,
)
from .models import CatalogRecord, Link

DEFAULT_CRS = "EPSG:2154"
_VERSIONS = {ACTION_WMS: "1.3.0", ACTION_WFS: "1.1.0", ACTION_WMTS: "1.0.0", ACTION_WCS: "1.0.0"}


@dataclass
class LayerOption:
    name: str
    title: str = ""
    styles: List[tuple] = field(default_factory=list)  # (name, title)
    crs: List[str] = field(default_factory=list)
    tile_matrix_sets: List[tuple] = field(default_factory=list)  # (identifier, crs)
    formats: List[str] = field(default_factory=list)


class LayerChoiceNeeded(DgeError):
    """The link names no layer (or one the service does not have): the user chooses."""

    def __init__(self, message, options):
        super().__init__(message)
        self.options = options


def _epsg(crs: str) -> str:
    """``EPSG:2154`` from ``urn:ogc:def:crs:EPSG::2154``, ``EPSG:2154`` or ``http://.../2154``."""
    text = (crs or "").strip()
    digits = text.rsplit(":", 1)[-1].rsplit("/", 1)[-1]
    if "EPSG" in text.upper() and digits.isdigit():
        return f"EPSG:{digits}"
    if text.upper().endswith("CRS84"):
        return "EPSG:4326"
    return text


def parse_capabilities(action: str, url: str, body: bytes) -> List[LayerOption]:
    """Layers of a service, read by OWSLib from bytes (OWSLib does no HTTP here)."""
    parse_xml(body, tr("The service"))  # refuses entities, HTML and exception reports first
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            if action == ACTION_WMS:
                from owslib.wms import WebMapService

                service = WebMapService(url, version="1.3.0", xml=body)
                return [LayerOption(name, clean_text(layer.title, 300),
                                    [(s, clean_text(v.get("title", s), 200)) for s, v in (layer.styles or {}).items()],
                                    [_epsg(c[4] if isinstance(c, tuple) else c) for c in (layer.crsOptions or [])],
                                    formats=list(service.getOperationByName("GetMap").formatOptions or []))
                        for name, layer in service.contents.items() if name]
            if action == ACTION_WFS:
                from owslib.wfs import WebFeatureService

                service = WebFeatureService(url, version="1.1.0", xml=body)
                return [LayerOption(name, clean_text(layer.title, 300), [],
                                    [_epsg(c.getcode() if hasattr(c, "getcode") else str(c)) for c in layer.crsOptions or []])
                        for name, layer in service.contents.items() if name]
            if action == ACTION_WMTS:
                from owslib.wmts import WebMapTileService

                service = WebMapTileService(url, version="1.0.0", xml=body)
                options = []
                for name, layer in service.contents.items():
                    sets = [(tms, _epsg(service.tilematrixsets[tms].crs)) for tms in layer.tilematrixsetlinks
                            if tms in service.tilematrixsets]
                    styles = [(s, clean_text((v or {}).get("title") or s, 200)) for s, v in (layer.styles or {}).items() if s]
                    options.append(LayerOption(name, clean_text(layer.title, 300), styles, [c for _, c in sets], sets,
                                               list(layer.formats or [])))
                return options
            if action == ACTION_WCS:
                from owslib.wcs import WebCoverageService

                service = WebCoverageService(url, version="1.0.0", xml=body)
                return [LayerOption(name, clean_text(c.title, 300), [], [_epsg(x.getcode() if hasattr(x, "getcode")
                                                                                 else str(x)) for x in c.supportedCRS or []])
                        for name, c in service.contents.items()]
        except DgeError:
            raise
        except Exception:
            raise BadAnswer(tr("The service capabilities could not be read.")) from None
    return []


def service_layers(transport, cache, link: Link, max_age: float, feedback=None, authcfg="",
                   on_stale=None) -> List[LayerOption]:
    """The layers of a link's service, from its capabilities (cached, revalidated).

    When the service fails but a copy was read before, that copy answers and
    ``on_stale(sentence)`` says why it is not fresh."""
    action = link_action(link)
    if action not in _VERSIONS:
        raise BadAnswer(tr("This link is not an OGC service."))
    url = capabilities_url(link.url, action) + f"&VERSION={_VERSIONS[action]}"
    request = HttpRequest(url, authcfg=authcfg or None)
    result = fetch_cached(transport, cache, request, max_age,
                          validate=lambda body: parse_capabilities(action, link.url, body), feedback=feedback)
    if result.stale and on_stale is not None:
        on_stale(result.error.message)
    return parse_capabilities(action, link.url, result.body)


def find_option(options: List[LayerOption], url: str, name: str):
    """The layer a link means, with or without its workspace prefix."""
    if not name:
        return None
    wanted = {name, qualified_name(url, name)}
    for option in options:
        if option.name in wanted:
            return option
    matches = [o for o in options if bare_name(o.name) == bare_name(name)]
    return matches[0] if len(matches) == 1 else None


def choose_crs(available: List[str], project_crs: str) -> str:
    codes = [c.upper() for c in available]
    for wanted in (project_crs, DEFAULT_CRS):
        if wanted and wanted.upper() in codes:
            return wanted.upper()
    return available[0] if available else (project_crs or DEFAULT_CRS)


def layer_spec(record: CatalogRecord, link: Link, options: List[LayerOption], project_crs: str,
               layer_name: str = "", style: str = "", authcfg: str = "") -> LayerSpec:
    """The spec of the layer a service link points to (raises ``LayerChoiceNeeded``)."""
    action = link_action(link)
    option = find_option(options, link.url, layer_name or link.name)
    if option is None:
        if not options:
            raise BadAnswer(tr("The service offers no layer."))
        if len(options) == 1 and not (layer_name or link.name):
            option = options[0]
        else:
            raise LayerChoiceNeeded(tr("Choose a layer of the service."), options)
    style_names = [s for s, _ in option.styles]
    if style and style not in style_names and style_names:
        raise BadAnswer(tr("The service does not offer the style “{style}”.").format(style=clean_text(style, 80)))
    common = dict(title=record.title or option.title, abstract=record.abstract, metadata_url=record.page_url,
                  identifier=record.identifier, authcfg=authcfg)
    if action == ACTION_WMTS:
        crs = choose_crs([c for _, c in option.tile_matrix_sets], project_crs)
        tms = next((t for t, c in option.tile_matrix_sets if c.upper() == crs), option.tile_matrix_sets[0][0]
                   if option.tile_matrix_sets else crs)
        formats = option.formats or ["image/png"]
        return LayerSpec("wmts", link.url, option.name, style=style or (style_names[0] if style_names else "default"),
                         crs=crs, tile_matrix_set=tms,
                         format="image/png" if "image/png" in formats else formats[0], **common)
    crs = choose_crs(option.crs, project_crs)
    if action == ACTION_WMS:
        return LayerSpec("wms", link.url, option.name, style=style, crs=crs, format="image/png", **common)
    if action == ACTION_WFS:
        return LayerSpec("wfs", link.url, option.name, crs=crs, **common)
    return LayerSpec("wcs", link.url, option.name, crs=crs, **common)


def download_spec(record: CatalogRecord, link: Link, transport, directory: Path, feedback=None,
                  authcfg="") -> LayerSpec:
    """Download a GeoJSON/CSV/... link through the transport and describe the file as a layer."""
    fmt = download_format(link)
    if link_action(link) != ACTION_DOWNLOAD or fmt not in LOADABLE_DOWNLOADS:
        raise BadAnswer(tr("This download cannot be opened in QGIS."))
    provider, suffix = LOADABLE_DOWNLOADS[fmt]
    response = check_status(transport.fetch(HttpRequest(link.url, authcfg=authcfg or None), feedback))
    body = response.content
    if not body.strip():
        raise BadAnswer(tr("The download is empty."))
    if body.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
        raise BadAnswer(tr("The download is a web page, not data."))
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / (hashlib.sha256(link.url.encode()).hexdigest()[:24] + suffix)
    handle, tmp = tempfile.mkstemp(dir=directory, suffix=".tmp")
    with os.fdopen(handle, "wb") as stream:
        stream.write(body)
    os.replace(tmp, path)
    common = dict(title=record.title, abstract=record.abstract, metadata_url=record.page_url,
                  identifier=record.identifier)
    if provider == "delimitedtext":
        header = body.split(b"\n", 1)[0]
        delimiter = ";" if header.count(b";") >= header.count(b",") else ","
        uri = f"{path.as_uri()}?type=csv&delimiter={delimiter}&detectTypes=yes&geomType=none"
        return LayerSpec("delimitedtext", uri, path.name, **common)
    return LayerSpec("file", str(path), path.name, **common)


def preferred_link(record: CatalogRecord):
    """The link a double-click loads: a view service first, then features, then a file."""
    ranked = _ranked_links(record)
    return ranked[0] if ranked else None


def _ranked_links(record: CatalogRecord) -> List[Link]:
    """Loadable links, best first: by kind, then those naming their layer, then record order."""
    order = {ACTION_WMS: 0, ACTION_WMTS: 1, ACTION_WFS: 2, ACTION_WCS: 3, ACTION_DOWNLOAD: 4}
    candidates = [(order[link_action(link)], not link.name, index, link) for index, link in enumerate(record.links)
                  if link_action(link) in order and (link_action(link) != ACTION_DOWNLOAD or download_format(link))]
    return [candidate[-1] for candidate in sorted(candidates, key=lambda c: c[:3])]


def record_quick_spec(record: CatalogRecord, crs: str = DEFAULT_CRS):
    """The best layer of a record that can be described without reading capabilities, or None."""
    for link in _ranked_links(record):
        spec = quick_spec(record, link, crs)
        if spec is not None:
            return spec
    return None


def quick_spec(record: CatalogRecord, link: Link, crs: str = DEFAULT_CRS):
    """A spec built without reading the capabilities (drag and drop, locator), or None.

    Only for service links that name their layer; DataGrandEst's WMTS tile
    matrix sets are named after their CRS.
    """
    action = link_action(link)
    if action not in (ACTION_WMS, ACTION_WMTS, ACTION_WFS) or not link.name:
        return None
    common = dict(title=record.title, abstract=record.abstract, metadata_url=record.page_url,
                  identifier=record.identifier)
    if action == ACTION_WMS:
        return LayerSpec("wms", link.url, link.name, crs=crs, format="image/png", **common)
    if action == ACTION_WMTS:
        return LayerSpec("wmts", link.url, link.name, crs=DEFAULT_CRS, tile_matrix_set=DEFAULT_CRS, **common)
    return LayerSpec("wfs", link.url, link.name, crs=crs, **common)
