"""The runtime context: what a panel, a Processing algorithm or a command needs to reach the
platform, built from the settings in one place — the transport (the user's timeout, offline
switch and size limit), the disk cache and the offline flag.

The panels and Processing take ``current_context()`` (the settings of the QGIS profile, read
anew each time: the user may have changed them); the command line builds its own from the
environment and its options (``cli.py``) and asks for ``requests`` whatever runs around it.
Nothing else builds a transport or a cache (checked by tests/unit/test_code_rules.py)."""

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .toolbelt.settings import PlgOptionsManager, PlgSettings

if TYPE_CHECKING:
    from .core.net.cache import DiskCache
    from .core.net.transport import Transport

# The network and the cache are imported when first used: the command line imports this
# module before it knows which command runs (``--help`` reaches no network module).


@dataclass
class Context:
    settings: PlgSettings
    headless: bool = False  # the command line: ``requests``, even when a headless QGIS runs for layers
    _transport: "Transport" = field(default=None, init=False, repr=False, compare=False)

    @property
    def offline(self) -> bool:
        return bool(self.settings.offline)

    @property
    def transport(self) -> "Transport":
        """The transport the settings ask for, made once for this context."""
        if self._transport is None:
            self._transport = self.bounded_transport()
        return self._transport

    def bounded_transport(self, max_bytes: int = 0, timeout: float = 0.0) -> "Transport":
        """A new transport with a smaller size limit or another timeout than the settings' (a
        thumbnail, a service check); the offline switch always comes from the settings."""
        arguments = dict(timeout=timeout or self.settings.timeout, offline=self.settings.offline,
                         max_bytes=max_bytes or self.settings.max_download_bytes)
        if self.headless:
            from .core.net.transport.requests_transport import RequestsTransport

            return RequestsTransport(**arguments)
        from .core.net.transport import default_transport

        return default_transport(**arguments)

    @property
    def cache(self) -> "DiskCache":
        from .core.net.cache import DiskCache

        return DiskCache(self.settings.cache_directory())


def current_context() -> Context:
    """The context of the QGIS profile's settings (with their DGE_* environment overrides)."""
    return Context(settings=PlgOptionsManager.get_plg_settings())


def transport_for(settings, max_bytes=None) -> "Transport":
    """The transport ``settings`` ask for (QGIS networking inside QGIS)."""
    return Context(settings=settings).bounded_transport(max_bytes=max_bytes or 0)


def cache_for(settings) -> "DiskCache":
    return Context(settings=settings).cache
