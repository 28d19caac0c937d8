"""The platform's own style of a vector layer (WMS ``GetStyles``, SLD 1.0 / 1.1).

GeoServer (and QGIS Server) give each published layer a style; a WFS layer
loaded as is gets QGIS's random default instead. ``fetch_server_style`` asks
the WMS of the layer's service for its style in the layer's task (network);
``apply_server_style`` reads it into the layer on the main thread (Qt objects).
Anything that goes wrong leaves the layer's current style and one sentence for
the log, never an error: a style is a nicety, the layer is what was asked for.
"""

import re
from dataclasses import dataclass
from typing import Optional, Tuple
from urllib.parse import urlsplit, urlunsplit

from lxml import etree

from ..net.credentials import request_for
from ..errors import DgeError
from ..i18n import tr
from .ows_urls import qualified_name, service_base_url
from ..net.parsing import parse_xml
from ..text import clean_text

# where the style of an added layer came from (``load --json``, the layer's custom property)
STYLE_SOURCES = ("server", "platform_project", "bundled", "default")
STYLE_SOURCE_PROPERTY = "datagrandest/style_source"
SERVER_STYLE_KEY = "server_style"  # LayerSpec.extra: the named server style wanted (OCS readings)


@dataclass
class ServerStyle:
    name: str
    sld: bytes  # a StyledLayerDescriptor holding one NamedLayer with only the chosen UserStyle


def _local(element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _children(element, name):
    return [child for child in element if _local(child) == name]


def _name_of(element) -> str:
    found = _children(element, "Name")
    return (found[0].text or "").strip() if found else ""


def wms_url_of(url: str) -> str:
    """The WMS endpoint of a WFS address: GeoServer's ``/wfs`` virtual service becomes ``/wms``."""
    base = service_base_url(url)
    parts = urlsplit(base)
    path = re.sub(r"/wfs/?$", "/wms", parts.path, flags=re.IGNORECASE)
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


def get_styles_request(settings, spec):
    """The GetStyles request for ``spec``'s layer, with its own service's credentials only."""
    params = {"SERVICE": "WMS", "VERSION": "1.1.1", "REQUEST": "GetStyles",
              "LAYERS": qualified_name(spec.url, spec.name)}
    return request_for(settings, wms_url_of(spec.url), params=params, max_bytes=4 * 1024 * 1024)


def choose_style(body: bytes, wanted: str = "", what: str = "") -> ServerStyle:
    """The style to apply from a GetStyles answer: the one named ``wanted`` if given
    (none of that name: ``DgeError``), else the layer's default, else its first."""
    root = parse_xml(body, what)
    if _local(root) != "StyledLayerDescriptor":
        raise DgeError(tr("{what} sent no style description (SLD).").format(what=what or tr("The service")))
    for layer in [e for e in root if _local(e) in ("NamedLayer", "UserLayer")]:
        styles = _children(layer, "UserStyle")
        if wanted:
            chosen = [s for s in styles if _name_of(s).split(":")[-1] == wanted.split(":")[-1]]
        else:
            chosen = [s for s in styles if "".join(e.text or "" for e in _children(s, "IsDefault")).strip()
                      in ("1", "true")] or styles
        if chosen:
            for other in styles:
                if other is not chosen[0]:
                    layer.remove(other)
            for extra in [e for e in root if _local(e) in ("NamedLayer", "UserLayer") and e is not layer]:
                root.remove(extra)
            return ServerStyle(name=_name_of(chosen[0]) or "default",
                               sld=etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    if wanted:
        raise DgeError(tr("The service has no style “{style}” for this layer.").format(style=wanted))
    raise DgeError(tr("{what} sent a style description without any style.").format(what=what or tr("The service")))


def fetch_server_style(transport, settings, spec, feedback=None) -> Tuple[Optional[ServerStyle], str]:
    """(the layer's server style, "") or (None, the sentence saying why there is none). Worker thread."""
    what = tr("The style service of “{title}”").format(title=spec.display_name)
    try:
        response = transport.fetch(get_styles_request(settings, spec), feedback)
        if response.status >= 400:
            raise DgeError(tr("No style for “{title}” on its server ({status}).").format(
                title=spec.display_name, status=response.status))
        return choose_style(response.content, spec.extra.get(SERVER_STYLE_KEY, ""), what), ""
    except DgeError as error:
        return None, error.message


def class_colours(style: ServerStyle) -> dict:
    """The fill colour of each class of an SLD whose rules test one value (``PropertyIsEqualTo``):
    ``{value: "#rrggbb"}``. Rules it cannot read as such are left out."""
    try:
        root = parse_xml(style.sld, "SLD")
    except DgeError:
        return {}
    colours = {}
    for rule in root.iter("{*}Rule"):
        literal = next((e.text for e in rule.iter("{*}PropertyIsEqualTo") for e in e.iter("{*}Literal")), None)
        fill = next((p.text for f in rule.iter("{*}Fill") for p in f if p.get("name") == "fill"), None)
        if literal and fill and re.fullmatch(r"#[0-9a-fA-F]{6}", fill.strip()):
            colours.setdefault(literal.strip(), fill.strip().lower())
    return colours


def apply_server_style(layer, style: ServerStyle) -> Tuple[bool, str]:
    """Read ``style`` into the vector ``layer`` (main thread). On failure the layer keeps its style."""
    from qgis.PyQt.QtXml import QDomDocument

    document = QDomDocument()
    if not document.setContent(style.sld, True)[0]:
        return False, tr("The style “{style}” of “{title}” is not readable: its default style is kept.").format(
            style=clean_text(style.name), title=layer.name())
    root = document.documentElement()
    named = root.firstChildElement("NamedLayer")
    if named.isNull():
        named = root.firstChildElement("UserLayer")
    before = layer.renderer().clone() if layer.renderer() is not None else None
    ok = False if named.isNull() else layer.readSld(named, "")
    if not ok:
        if before is not None:
            layer.setRenderer(before)
        return False, tr("QGIS cannot read the style “{style}” of “{title}”: its default style is kept.").format(
            style=clean_text(style.name), title=layer.name())
    layer.triggerRepaint()
    return True, ""


def mark_style_source(layer, source: str) -> None:
    layer.setCustomProperty(STYLE_SOURCE_PROPERTY, source)


def style_source_of(layer) -> str:
    return str(layer.customProperty(STYLE_SOURCE_PROPERTY, "default") or "default")
