"""From a record's link to a layer: the service's capabilities read (by the
plugin's one reader, ``core.capabilities``) to find the exact layer, its
styles and CRSs, then ``layer_resolver.resolve`` for the spec; for downloads,
a local file."""

import hashlib
import os
import tempfile
from pathlib import Path
from typing import List

from ..net.cache import fetch_cached
from ..ogc.capabilities import parse_capabilities
from ..errors import BadAnswer, DgeError
from ..i18n import tr
from ..net.credentials import authcfg_for
from ..layers.resolver import resolve
from ..layers.spec import LayerSpec
from ..ogc.ows_urls import bare_name, capabilities_url, qualified_name
from ..net.parsing import clean_text
from ..ogc.service_model import ServiceLayer
from ..net.transport import HttpRequest, check_status
from .link_kinds import (
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
from ..geo_boxes import LAMBERT_93

DEFAULT_CRS = LAMBERT_93
# The version asked for; the reader reads whichever version the server answers with.
_VERSIONS = {ACTION_WMS: "1.3.0", ACTION_WFS: "2.0.0", ACTION_WMTS: "1.0.0", ACTION_WCS: "1.0.0"}


class LayerChoiceNeeded(DgeError):
    """The link names no layer (or one the service does not have): the user chooses."""

    def __init__(self, message, options):
        super().__init__(message)
        self.options = options


def link_layers(action: str, url: str, body: bytes) -> List[ServiceLayer]:
    """The layers of a link's service from its capabilities document."""
    if action not in _VERSIONS:
        raise BadAnswer(tr("This link is not an OGC service."))
    return parse_capabilities(action, body, url).layers


def service_layers(transport, cache, link: Link, max_age: float, feedback=None, settings=None,
                   on_stale=None) -> List[ServiceLayer]:
    """The layers of a link's service, from its capabilities (cached, revalidated).

    When the service fails but a copy was read before, that copy answers and
    ``on_stale(sentence)`` says why it is not fresh. The request carries the
    ``authcfg`` of the link's origin only."""
    action = link_action(link)
    if action not in _VERSIONS:
        raise BadAnswer(tr("This link is not an OGC service."))
    url = capabilities_url(link.url, action) + f"&VERSION={_VERSIONS[action]}"
    request = HttpRequest(url, authcfg=authcfg_for(settings, link.url) or None)
    result = fetch_cached(transport, cache, request, max_age,
                          validate=lambda body: link_layers(action, link.url, body), feedback=feedback)
    if result.stale and on_stale is not None:
        on_stale(result.error.message)
    return link_layers(action, link.url, result.body)


def find_option(options: List[ServiceLayer], url: str, name: str):
    """The layer a link means, with or without its workspace prefix."""
    if not name:
        return None
    wanted = {name, qualified_name(url, name)}
    for option in options:
        if option.name in wanted:
            return option
    matches = [o for o in options if bare_name(o.name) == bare_name(name)]
    return matches[0] if len(matches) == 1 else None


def layer_spec(record: CatalogRecord, link: Link, options: List[ServiceLayer], settings=None,
               layer_name: str = "", style: str = "", taken=()) -> LayerSpec:
    """The spec of the layer a service link points to (raises ``LayerChoiceNeeded``)."""
    option = find_option(options, link.url, layer_name or link.name)
    if option is None:
        if not options:
            raise BadAnswer(tr("The service offers no layer."))
        if len(options) == 1 and not (layer_name or link.name):
            option = options[0]
        else:
            raise LayerChoiceNeeded(tr("Choose a layer of the service."), options)
    style_names = option.style_names()
    if style and style not in style_names and style_names:
        raise BadAnswer(tr("The service does not offer the style “{style}”.").format(style=clean_text(style, 80)))
    return resolve(option, settings, style=style or None, record=record, taken=taken)


def download_spec(record: CatalogRecord, link: Link, transport, directory: Path, feedback=None,
                  settings=None) -> LayerSpec:
    """Download a GeoJSON/CSV/... link through the transport and describe the file as a layer."""
    fmt = download_format(link)
    if link_action(link) != ACTION_DOWNLOAD or fmt not in LOADABLE_DOWNLOADS:
        raise BadAnswer(tr("This download cannot be opened in QGIS."))
    provider, suffix = LOADABLE_DOWNLOADS[fmt]
    response = check_status(transport.fetch(HttpRequest(link.url, authcfg=authcfg_for(settings, link.url) or None),
                                            feedback))
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
        return LayerSpec(kind="delimitedtext", url=uri, name=path.name, **common)
    return LayerSpec(kind="file", url=str(path), name=path.name, **common)


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


def record_quick_spec(record: CatalogRecord, settings=None):
    """The best layer of a record that can be described without reading capabilities, or None."""
    for link in _ranked_links(record):
        spec = quick_spec(record, link, settings)
        if spec is not None:
            return spec
    return None


def quick_spec(record: CatalogRecord, link: Link, settings=None):
    """A spec built without reading the capabilities (drag and drop, locator, Browser), or None.

    Only for service links that name their layer; DataGrandEst's WMTS tile
    matrix sets are named after their CRS (Lambert-93)."""
    action = link_action(link)
    if action not in (ACTION_WMS, ACTION_WMTS, ACTION_WFS) or not link.name:
        return None
    # the layer's own title is only in the capabilities, not read here: the record's title names it
    spec = LayerSpec(kind=action, url=link.url, name=link.name)
    if action == ACTION_WMTS:
        spec.crs = spec.tile_matrix_set = DEFAULT_CRS
    return resolve(spec, settings, record=record)
