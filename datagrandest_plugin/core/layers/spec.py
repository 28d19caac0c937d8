"""What it takes to load one layer, independent of where it was found
(catalogue link, capabilities, historical tree, OCS/PCRS panels)."""

from dataclasses import dataclass, field
from typing import Optional, Tuple

from ..ogc.ows_urls import capabilities_url, qualified_name, service_base_url
from ..geo_boxes import LAMBERT_93

# QGIS provider of each kind of layer
PROVIDERS = {"wms": "wms", "wmts": "wms", "wfs": "WFS", "wcs": "wcs", "file": "ogr", "delimitedtext": "delimitedtext",
             "gdal": "gdal"}
RASTER_KINDS = {"wms", "wmts", "wcs", "gdal"}


@dataclass
class LayerSpec:
    kind: str  # wms | wmts | wfs | wcs | file | delimitedtext | gdal (a raster GDAL opens, e.g. a GDAL WMS file)
    url: str
    name: str
    title: str = ""
    style: str = ""
    crs: str = ""
    format: str = ""
    tile_matrix_set: str = ""
    version: str = ""
    ogc_filter: str = ""  # WFS: an OGC Filter (XML) the server applies
    bbox: Optional[Tuple[float, float, float, float]] = None  # in ``bbox_crs``
    bbox_crs: str = ""
    authcfg: str = ""
    abstract: str = ""
    metadata_url: str = ""
    identifier: str = ""
    qml: str = ""  # path of a QML style applied after loading
    extra: dict = field(default_factory=dict)

    @property
    def provider(self) -> str:
        return PROVIDERS[self.kind]

    @property
    def is_raster(self) -> bool:
        return self.kind in RASTER_KINDS

    @property
    def display_name(self) -> str:
        return self.title or self.name

    def uri(self) -> str:
        """The data source string the QGIS provider expects."""
        from qgis.core import QgsDataSourceUri

        uri = QgsDataSourceUri()
        if self.kind in ("wms", "wmts"):
            if self.kind == "wmts":
                uri.setParam("url", capabilities_url(self.url, "WMTS"))
                uri.setParam("tileMatrixSet", self.tile_matrix_set or self.crs or LAMBERT_93)
                uri.setParam("layers", qualified_name(self.url, self.name))
                uri.setParam("styles", self.style or "default")
            else:
                uri.setParam("url", service_base_url(self.url))
                uri.setParam("layers", self.name)
                uri.setParam("styles", self.style)
            uri.setParam("format", self.format or "image/png")
            uri.setParam("crs", self.crs or LAMBERT_93)
            if self.authcfg:
                uri.setAuthConfigId(self.authcfg)
            return bytes(uri.encodedUri()).decode("utf-8")
        if self.kind == "wfs":
            uri.setParam("url", service_base_url(self.url))
            uri.setParam("typename", qualified_name(self.url, self.name))
            uri.setParam("version", self.version or "auto")
            if self.crs:
                uri.setParam("srsname", self.crs)
            if self.ogc_filter:
                uri.setParam("filter", self.ogc_filter)
            uri.setParam("restrictToRequestBBOX", "1" if self.extra.get("restrict_to_view") else "0")
            if self.authcfg:
                uri.setAuthConfigId(self.authcfg)
            return uri.uri(False)
        if self.kind == "wcs":
            uri.setParam("url", service_base_url(self.url))
            uri.setParam("identifier", self.name)
            if self.crs:
                uri.setParam("crs", self.crs)
            if self.format:
                uri.setParam("format", self.format)
            if self.authcfg:
                uri.setAuthConfigId(self.authcfg)
            return bytes(uri.encodedUri()).decode("utf-8")
        return self.url  # file / delimitedtext / gdal: already a provider string
