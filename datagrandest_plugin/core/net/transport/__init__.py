"""The only place that does HTTP.

One interface, two implementations: ``QgisTransport`` inside QGIS (proxy, SSL
and ``authcfg`` as the user configured them) and ``RequestsTransport`` for the
command line. Core clients receive a transport and never talk to the network
themselves.
"""

from .base import (  # noqa: F401 - the transport's public names, re-exported
    CancelToken,
    HttpRequest,
    HttpResponse,
    Transport,
    allowed_hosts,
    check_status,
    origin,
    redact_url,
)


def shutdown_transports() -> None:
    """End every request in flight now (plugin unload, QGIS quitting): the tasks
    waiting for them stop at once."""
    import sys

    module = sys.modules.get(__name__ + ".qgis_transport")
    if module is not None:
        module.shutdown()


def default_transport(**kwargs) -> Transport:
    """QGIS networking when a QGIS application runs, ``requests`` otherwise."""
    try:
        from qgis.core import QgsApplication

        if QgsApplication.instance() is not None:
            from .qgis_transport import QgisTransport

            return QgisTransport(**kwargs)
    except ImportError:
        pass
    from .requests_transport import RequestsTransport

    return RequestsTransport(**kwargs)
