"""QGIS's WMS provider handed the capabilities the plugin already holds.

Adding a WMS layer makes QGIS's provider ask the service for its capabilities
again (``<url>?SERVICE=WMS&REQUEST=GetCapabilities``), a second download and
parse of a document the plugin has just read and cached: 1 to 30 MB on
DataGrandEst's services. The plugin's copy is put in QGIS's own network cache
under that exact address, valid for the plugin's cache lifetime; the provider,
which asks with ``PreferCache``, reads it from there. On the main thread only
(Qt objects), and never in the way of adding the layer.
"""

from qgis.core import QgsNetworkAccessManager
from qgis.PyQt.QtCore import QByteArray, QDateTime, QUrl
from qgis.PyQt.QtNetwork import QNetworkCacheMetaData

from ...core.net.cache import DiskCache
from ...core.ogc.ows_urls import capabilities_url, service_base_url
from ...core.net.transport import HttpRequest

# The addresses under which the plugin keeps a WMS service's capabilities: the services tree
# asks for version 1.3.0 (service_loader.Endpoint), the catalogue's links too (layer_links).
_PLUGIN_VERSIONS = ("1.3.0",)


def plugin_copy(cache: DiskCache, url: str):
    base = service_base_url(url)
    for version in _PLUGIN_VERSIONS:
        for key in (HttpRequest(base, {"SERVICE": "WMS", "REQUEST": "GetCapabilities", "VERSION": version}).full_url(),
                    capabilities_url(base, "WMS") + f"&VERSION={version}"):
            entry = cache.read(key)
            if entry is not None and entry.body:
                return entry.body
    return None


def prime_wms_capabilities(spec, settings) -> bool:
    """Put the plugin's copy of ``spec``'s WMS capabilities where QGIS's provider will look first.
    True when QGIS's cache now holds it (already did, or primed here)."""
    if getattr(spec, "kind", "") != "wms" or not spec.url:
        return False
    cache = QgsNetworkAccessManager.instance().cache()
    if cache is None:
        return False
    address = QUrl(capabilities_url(service_base_url(spec.url), "WMS"))
    meta = cache.metaData(address)
    now = QDateTime.currentDateTimeUtc()
    if meta.isValid() and meta.expirationDate().isValid() and meta.expirationDate() > now:
        return True
    body = plugin_copy(DiskCache(settings.cache_directory()), spec.url)
    if body is None:
        return False
    meta = QNetworkCacheMetaData()
    meta.setUrl(address)
    meta.setSaveToDisk(True)
    meta.setLastModified(now)
    meta.setExpirationDate(now.addSecs(max(60, int(settings.cache_lifetime_seconds))))
    meta.setRawHeaders([(QByteArray(b"Content-Type"), QByteArray(b"text/xml"))])
    device = cache.prepare(meta)
    if device is None:
        return False
    device.write(body)
    cache.insert(device)
    return True
