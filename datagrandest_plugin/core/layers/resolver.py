"""The one way a layer found anywhere becomes a ``LayerSpec``.

Services tree, catalogue links, locator, Browser, favourites, drag and drop,
historical tree, community groups and scenarios, OCS and PCRS panels all call
``resolve``: it applies the same choices everywhere —

- CRS: the layer's own CRS that matches the ``default_crs`` setting, else a
  usual one (Lambert-93, Web Mercator, WGS84), else its first; ``default_crs``
  when the source names none;
- ``authcfg``: the one configured for the layer's origin (DataGrandEst's OGC
  services, D4C), never one for another origin;
- format (PNG first), style (the first the service lists), tile matrix set;
- name: the chosen layer's title (not the record's), with its type and style
  added when a layer of that name is already there (``taken``).
"""

from dataclasses import replace
from typing import Iterable, Optional

from ..net.credentials import authcfg_for
from ..geo_boxes import LAMBERT_93, normalise_crs
from .spec import LayerSpec
from ..ogc.service_model import ServiceLayer

PREFERRED_CRS = (LAMBERT_93, "EPSG:3857", "EPSG:4326")
OGC_KINDS = ("wms", "wmts", "wfs", "wcs")
KIND_LABELS = {"wms": "WMS", "wmts": "WMTS", "wfs": "WFS", "wcs": "WCS", "file": "fichier",
               "delimitedtext": "CSV", "gdal": "GDAL"}


def choose_crs(available: Iterable[str], default_crs: str = LAMBERT_93) -> str:
    """The CRS to request among those a layer offers."""
    codes = [normalise_crs(c) for c in available]
    codes = ["EPSG:4326" if c == "CRS:84" else c for c in codes]
    for wanted in (normalise_crs(default_crs), *PREFERRED_CRS):
        if wanted and wanted in codes:
            return wanted
    return next((c for c in codes if c.startswith("EPSG:")), normalise_crs(default_crs) or LAMBERT_93)


def choose_format(formats: Iterable[str], kind: str = "wms") -> str:
    formats = list(formats)
    wanted = ("image/tiff", "GeoTIFF", "image/geotiff") if kind == "wcs" else ("image/png", "image/png8", "image/jpeg")
    for value in wanted:
        if value in formats:
            return value
    if kind == "wcs":
        return formats[0] if formats else ""
    return next((f for f in formats if f.startswith("image/")), "image/png")


def choose_matrix_set(sets: dict, default_crs: str = LAMBERT_93) -> str:
    if not sets:
        return default_crs
    for wanted in (normalise_crs(default_crs), *PREFERRED_CRS):
        for identifier, crs in sets.items():
            if identifier == wanted or normalise_crs(crs) == wanted:
                return identifier
    return next(iter(sets))


def _from_service_layer(layer, style: Optional[str], default_crs: str) -> LayerSpec:
    chosen = layer.default_style() if style is None else style
    legend = next((s.legend_url for s in layer.styles if s.name == chosen), "")
    spec = LayerSpec(kind=layer.kind, url=layer.url, name=layer.name, title=layer.display_title,
                     abstract=layer.abstract, metadata_url=layer.metadata_url, bbox=layer.bbox or layer.wgs84,
                     bbox_crs=layer.bbox_crs if layer.bbox else ("EPSG:4326" if layer.wgs84 else ""),
                     extra={"legend_url": legend} if legend else {})
    if layer.kind == "wms":
        spec.style = chosen if chosen != "default" else ""
        spec.crs = choose_crs(layer.crs, default_crs)
        spec.format = choose_format(layer.formats)
    elif layer.kind == "wmts":
        spec.style = chosen or "default"
        spec.tile_matrix_set = choose_matrix_set(layer.tile_matrix_sets, default_crs)
        spec.crs = normalise_crs(layer.tile_matrix_sets.get(spec.tile_matrix_set, "")) or default_crs
        spec.format = choose_format(layer.formats)
    elif layer.kind == "wcs":
        spec.crs = choose_crs(layer.crs, default_crs)
        spec.format = choose_format(layer.formats, "wcs")
    else:
        spec.crs = choose_crs(layer.crs, default_crs)
    if spec.crs == "CRS:84":
        spec.crs = "EPSG:4326"
    return spec


def _from_ref(ref, settings) -> LayerSpec:
    """A layer named by the content file (community groups, scenarios)."""
    url = ref.url or (settings.service_url(ref.service or ref.kind) if settings is not None else "")
    return LayerSpec(kind=ref.kind, url=url, name=ref.name, title=ref.title, style=ref.style, crs=ref.crs,
                     format=ref.format, tile_matrix_set=ref.tile_matrix_set)


def _style_title(spec: LayerSpec, layer=None) -> str:
    if layer is not None:
        for style in layer.styles:
            if style.name == spec.style:
                spec.extra["style_title"] = style.title or style.name  # kept for the next resolve (add_layer)
    if spec.extra.get("style_title"):
        return spec.extra["style_title"]
    return spec.style if spec.style not in ("", "default") else ""


def unique_title(spec: LayerSpec, taken: Iterable[str], style_title: str = "") -> str:
    """The spec's title, with its type (and style) when a layer of that title is already there."""
    title = spec.display_name
    taken = set(taken)
    if title not in taken:
        return title
    label = KIND_LABELS.get(spec.kind, spec.kind.upper())
    candidate = f"{title} ({label}, {style_title})" if style_title else f"{title} ({label})"
    number = 2
    unique = candidate
    while unique in taken:
        unique = f"{candidate} {number}"
        number += 1
    return unique


def resolve(source, settings=None, *, style: Optional[str] = None, record=None,
            taken: Iterable[str] = ()) -> LayerSpec:
    """The ``LayerSpec`` of ``source``: a ``ServiceLayer``, a ``LayerRef`` or a ``LayerSpec`` (copied).

    ``record``: the catalogue record the layer was chosen from (abstract, page,
    identifier; its title only when the layer has none). ``taken``: the names
    of the layers already in the project.
    """
    default_crs = normalise_crs(getattr(settings, "default_crs", "") or LAMBERT_93)
    layer = None
    if isinstance(source, LayerSpec):
        spec = replace(source, extra=dict(source.extra))
        if style is not None:
            spec.style = style
            spec.extra.pop("style_title", None)
    elif isinstance(source, ServiceLayer):
        layer = source
        spec = _from_service_layer(source, style, default_crs)
    else:
        spec = _from_ref(source, settings)
    if record is not None:
        own_title = layer.title if layer is not None else spec.title
        spec.title = own_title or record.title or spec.title  # the record's only for a layer without a title
        spec.abstract = record.abstract or spec.abstract  # the record describes the data better
        spec.metadata_url = getattr(record, "page_url", "") or spec.metadata_url
        spec.identifier = spec.identifier or record.identifier
    if spec.kind in OGC_KINDS:
        spec.crs = normalise_crs(spec.crs) or default_crs
        if spec.crs == "CRS:84":
            spec.crs = "EPSG:4326"
        if spec.kind in ("wms", "wmts") and not spec.format:
            spec.format = "image/png"
        if spec.kind == "wmts":
            spec.style = spec.style or "default"
            spec.tile_matrix_set = spec.tile_matrix_set or spec.crs
    if spec.url.startswith(("http://", "https://")):
        spec.authcfg = authcfg_for(settings, spec.url)
    spec.title = unique_title(spec, taken, _style_title(spec, layer))
    return spec
