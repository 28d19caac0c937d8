"""Turn a ``LayerSpec`` into a valid QGIS layer, or one French sentence.

Creating a layer contacts its server (capabilities, DescribeFeatureType): the
plugin calls ``create_layer`` from a ``QgsTask`` and hands the layer to the
main thread (see ``gui/layer_loader``).
"""

from qgis.core import QgsAbstractMetadataBase, QgsRasterLayer, QgsVectorLayer

from ..errors import BadAnswer
from ..i18n import tr
from .spec import LayerSpec
from ..trees.platform_project import LINKS_KEY, QGIS_STYLE_KEY
from ..ogc.server_styles import SERVER_STYLE_KEY, apply_server_style, fetch_server_style, mark_style_source
from ..net.transport.base import host_label
from .wfs_lock import wfs_layer


def create_layer(spec: LayerSpec):
    if spec.is_raster:
        layer = QgsRasterLayer(spec.uri(), spec.display_name, spec.provider)
    elif spec.provider.upper() == "WFS":
        layer = wfs_layer(spec.uri(), spec.display_name)
    else:
        layer = QgsVectorLayer(spec.uri(), spec.display_name, spec.provider)
    # Never read layer.error() of a failed WMTS layer: that crashed QGIS 3.22.
    if not layer.isValid():
        raise BadAnswer(
            tr("The layer “{title}” could not be loaded from {host}.").format(
                title=spec.display_name, host=host_label(spec.url)
            )
        )
    describe(layer, spec)
    if spec.qml and not spec.is_raster:
        message, ok = layer.loadNamedStyle(spec.qml)
        if not ok:
            raise BadAnswer(tr("The style of “{title}” could not be applied.").format(title=spec.display_name))
    return layer


def wants_server_style(spec: LayerSpec, settings) -> bool:
    """Ask the server for this layer's style? WFS layers, unless turned off; a layer with a
    bundled style (OCS) only for the named server style that would replace it."""
    if spec.kind != "wfs" or not getattr(settings, "server_styles", True):
        return False
    if spec.extra.get(QGIS_STYLE_KEY):  # the platform project's own style for this layer wins
        return False
    return not spec.qml or bool(spec.extra.get(SERVER_STYLE_KEY))


def server_style_for(spec: LayerSpec, transport, settings, feedback=None):
    """Worker thread: (style or None, sentence for the log) — never raises for a missing style."""
    if not wants_server_style(spec, settings):
        return None, ""
    return fetch_server_style(transport, settings, spec, feedback)


def finish_layer(layer, spec: LayerSpec, server_style=None, note: str = ""):
    """Main thread, once per added layer: the server style read into a vector layer.

    Returns (where the style came from — one of ``STYLE_SOURCES`` —, a sentence for the log or "")."""
    source = spec.extra.get("style_source") or ("bundled" if spec.qml and not spec.is_raster else "default")
    if spec.extra.get(QGIS_STYLE_KEY) and not spec.is_raster:
        ok, problem = import_qgis_style(layer, spec.extra[QGIS_STYLE_KEY])
        source, note = ("platform_project", note) if ok else ("default", problem)
    if server_style is not None:
        ok, problem = apply_server_style(layer, server_style)
        if ok:
            source = "server"
        else:
            note = problem
    mark_style_source(layer, source)
    return source, note


def import_qgis_style(layer, text: str):
    """Main thread: a style saved in a QGIS project (a ``<qgis>`` document) read into ``layer``."""
    from qgis.PyQt.QtXml import QDomDocument

    document = QDomDocument()
    ok = document.setContent(text)[0]
    if ok:
        ok, _message = layer.importNamedStyle(document)
    if not ok:
        return False, tr("The saved style of “{title}” could not be read: its default style is kept.").format(
            title=layer.name())
    layer.triggerRepaint()
    return True, ""


def _set_server_abstract(layer, abstract: str) -> None:
    # QgsMapLayer.setAbstract() is deprecated in newer QGIS (it warns on 3.40); its successor is not in 3.22
    server = layer.serverProperties()
    if hasattr(server, "setAbstract"):
        server.setAbstract(abstract)
    else:
        layer.setAbstract(abstract)


def describe(layer, spec: LayerSpec):
    """Title, abstract and record link in the layer's metadata."""
    metadata = layer.metadata()
    metadata.setTitle(spec.display_name)
    if spec.abstract:
        metadata.setAbstract(spec.abstract)
        _set_server_abstract(layer, spec.abstract)
    if spec.identifier:
        metadata.setIdentifier(spec.identifier)
    links = spec.extra.get(LINKS_KEY) or []
    if spec.metadata_url and spec.metadata_url not in [url for _name, _type, url in links]:
        link = QgsAbstractMetadataBase.Link(tr("Metadata record"), "WWW:LINK", spec.metadata_url)
        metadata.addLink(link)
    for name, kind, url in links:
        metadata.addLink(QgsAbstractMetadataBase.Link(name or url, kind or "WWW:LINK", url))
    layer.setMetadata(metadata)
