"""The runtime context: what a panel, a Processing algorithm or a command needs to reach the
platform, built from the settings in one place — the transport (the user's timeout, offline
switch and size limit) and the disk cache."""

from .core.net.cache import DiskCache
from .core.net.transport import Transport, default_transport


def transport_for(settings, max_bytes=None) -> Transport:
    """The transport the settings ask for (QGIS networking inside QGIS)."""
    return default_transport(timeout=settings.timeout, offline=settings.offline,
                             max_bytes=max_bytes or settings.max_download_bytes)


def cache_for(settings) -> DiskCache:
    return DiskCache(settings.cache_directory())
