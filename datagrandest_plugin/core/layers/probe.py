"""Describe a loaded layer: validity, CRS, extent, and features or a rendered tile."""

from qgis.core import QgsMapLayerType, QgsMapRendererParallelJob, QgsMapSettings
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize
from qgis.PyQt.QtGui import QColor


def render_png(layer, size: int = 256) -> bytes:
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(size, size))
    settings.setBackgroundColor(QColor(255, 255, 255, 0))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    job.renderedImage().save(buffer, "PNG")
    return bytes(data)


def describe_layer(layer) -> dict:
    extent = layer.extent()
    description = {
        "valid": layer.isValid(),
        "name": layer.name(),
        "provider": layer.providerType(),
        "crs": layer.crs().authid() or None,  # None: a table without geometry
        "extent": None if extent.isNull() or extent.isEmpty() else
        [round(v, 6) for v in (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())],
    }
    if layer.type() == QgsMapLayerType.VectorLayer:
        description["feature_count"] = layer.featureCount()
    else:
        description["tile_bytes"] = len(render_png(layer))
    return description
