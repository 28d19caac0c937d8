"""QGIS's WMS, WMTS and WFS providers handed the capabilities the plugin already holds.

Adding a layer makes QGIS's provider ask the service for its capabilities
again, a second download and parse of a document the plugin has just read and
cached: 1 to 30 MB on DataGrandEst's services. Both providers ask through QGIS's
network manager with ``PreferCache`` (the WMS provider for WMS and WMTS, the WFS
provider's ``QgsBaseNetworkRequest``), so the plugin's copy is put in QGIS's own
network cache under the exact address the provider will ask, valid for the
plugin's cache lifetime:

- WMS: ``<url>?SERVICE=WMS&REQUEST=GetCapabilities`` (no version);
- WMTS: the ``url`` of the layer's URI, ``<url>?SERVICE=WMTS&REQUEST=GetCapabilities``;
- WFS: ``<url>?SERVICE=WFS&REQUEST=GetCapabilities`` then ``&ACCEPTVERSIONS=2.0.0,1.1.0,1.0.0``
  when the URI says ``version=auto``, ``&VERSION=<v>`` otherwise; primed only with a copy
  of the version the service would then answer (asked without a version, a service answers
  its highest, by OGC's version negotiation: the first of QGIS's list it supports).

On the main thread only (Qt objects), and never in the way of adding the layer.
"""

import re

from qgis.core import QgsNetworkAccessManager
from qgis.PyQt.QtCore import QByteArray, QDateTime, QUrl
from qgis.PyQt.QtNetwork import QNetworkCacheMetaData

from ...context import Context
from ...core.net.cache import DiskCache
from ...core.net.transport import HttpRequest
from ...core.ogc.ows_urls import capabilities_url, service_base_url

# kind -> (service, the versions the plugin's own requests name: the services tree
# (service_loader.Endpoint), the catalogue's links (link_specs); "" for none)
_PLUGIN_REQUESTS = {"wms": ("WMS", ("1.3.0",)), "wmts": ("WMTS", ("1.0.0",)), "wfs": ("WFS", ("", "2.0.0"))}
_WFS_AUTO = "2.0.0,1.1.0,1.0.0"  # what QGIS's WFS provider accepts, preferred first
_ROOT_VERSION = re.compile(rb"<(?:[\w.-]+:)?WFS_Capabilities\b[^>]*?\sversion=[\"']([^\"']+)")


def plugin_copy(cache: DiskCache, kind: str, url: str):
    """The plugin's cached capabilities of ``kind`` at ``url`` (bytes), or None."""
    service, versions = _PLUGIN_REQUESTS[kind]
    base = service_base_url(url)
    for version in versions:
        params = {"SERVICE": service, "REQUEST": "GetCapabilities"}
        suffix = ""
        if version:
            params["VERSION"] = version
            suffix = f"&VERSION={version}"
        for key in (HttpRequest(base, params).full_url(), capabilities_url(base, service) + suffix):
            entry = cache.read(key)
            if entry is not None and entry.body:
                return entry.body
    return None


def provider_address(spec) -> str:
    """The address QGIS's provider asks the capabilities of ``spec``'s layer at."""
    base = service_base_url(spec.url)
    if spec.kind == "wfs":
        version = spec.version or "auto"
        return capabilities_url(base, "WFS") + (f"&ACCEPTVERSIONS={_WFS_AUTO}" if version == "auto"
                                                else f"&VERSION={version}")
    return capabilities_url(base, spec.kind.upper())


def answers_as_asked(spec, body: bytes) -> bool:
    """Whether ``body`` is what the service answers at ``provider_address(spec)``: for WFS,
    the version QGIS asks (one it accepts, for ``auto``)."""
    if spec.kind != "wfs":
        return True
    match = _ROOT_VERSION.search(body[:8192])
    wanted = (spec.version,) if spec.version and spec.version != "auto" else _WFS_AUTO.split(",")
    return bool(match) and match.group(1).decode("ascii", "replace") in wanted


def prime_capabilities(spec, settings) -> bool:
    """Put the plugin's copy of ``spec``'s capabilities where QGIS's provider will look first.
    True when QGIS's cache now holds it (already did, or primed here)."""
    kind = getattr(spec, "kind", "")
    if kind not in _PLUGIN_REQUESTS or not spec.url:
        return False
    cache = QgsNetworkAccessManager.instance().cache()
    if cache is None:
        return False
    address = QUrl(provider_address(spec))
    meta = cache.metaData(address)
    now = QDateTime.currentDateTimeUtc()
    if meta.isValid() and meta.expirationDate().isValid() and meta.expirationDate() > now:
        return True
    body = plugin_copy(Context(settings=settings).cache, kind, spec.url)
    if body is None or not answers_as_asked(spec, body):
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
