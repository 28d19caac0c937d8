"""One task at a time talks to QGIS's WFS provider.

The provider crashed QGIS when two worker threads built WFS layers at once
(seen with the OCS panel's two millésimes, each in its own task). Every WFS
layer the plugin builds goes through ``wfs_layer``; work that builds and
reads several WFS layers in a row (an OCS extraction) holds ``wfs_turn`` for
the whole of it. The lock is re-entrant, and waiting for it stops when the
task is cancelled.
"""

import threading
from contextlib import contextmanager

from ..errors import Cancelled

_LOCK = threading.RLock()
_POLL_SECONDS = 0.1


@contextmanager
def wfs_turn(feedback=None):
    while not _LOCK.acquire(timeout=_POLL_SECONDS):
        if feedback is not None and feedback.isCanceled():
            raise Cancelled()
    try:
        yield
    finally:
        _LOCK.release()


def wfs_layer(uri: str, name: str, feedback=None):
    from qgis.core import QgsVectorLayer

    with wfs_turn(feedback):
        return QgsVectorLayer(uri, name, "WFS")
