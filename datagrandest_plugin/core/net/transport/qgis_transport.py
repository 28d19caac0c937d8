"""QGIS transport: ``QgsNetworkAccessManager``, so the user's proxy, SSL
settings and ``authcfg`` apply to every request of the plugin.

Design: every Qt object of an exchange lives on the main thread.
``fetch`` may be called from any thread (a ``QgsTask`` worker, a plain
Python thread). The calling thread only queues the exchange and waits on a
``threading.Event``; the main thread's event loop sends the request, reads
the bytes as they arrive (``readyRead``) and ends the exchange. Nothing
blocks the main thread: it never waits, it only reacts to Qt's signals.

Why (evidence, December 2026): the previous transport ran a nested
``QEventLoop`` with a ``QTimer`` and ``readyRead.connect(...)`` in each task
thread. Python then created, connected and destroyed Qt objects in worker
threads while the GUI thread destroyed widgets, which is how a reviewer's
stress run (six tasks fetching, the catalogue panel built and destroyed every
20 ms) crashed QGIS in 5 runs of 5 and how `make test` deadlocked on the GIL
against Qt's signal locks; its deadline also depended on Qt emitting
``finished`` after ``abort()``. A failed fetch kept those worker-thread
objects alive in the error's traceback until the GUI thread dropped them
(``tests/qgis/test_transport_threads.py`` checks that no Qt object of the
transport lives in a worker thread). ``QgsBlockingNetworkRequest`` (design
(b)) was set aside: it keeps the whole body in memory without a bound, so an
endless body cannot be stopped at the size limit while it arrives.

Here the waiting thread enforces the whole-request deadline and the cancel
button itself: it stops waiting at once, even if Qt never emits
``finished``, and asks the main thread to abort the reply. The main thread
wakes through a pipe watched by a ``QSocketNotifier`` (the worker only
writes a byte with ``os.write``: no Qt call at all off the main thread).
Memory is bounded: Qt's read buffer is small and the body is refused as
soon as it passes the limit. ``shutdown()`` (plugin unload, QGIS quitting)
ends every exchange in flight at once. The main-thread side is
``qgis_dispatcher``; this module is the side of the waiting thread.
"""

import time
from typing import Optional

from qgis.PyQt.QtCore import QEventLoop
from qgis.PyQt.QtNetwork import QNetworkReply

from ...errors import AuthenticationRequired, Cancelled, ServiceUnreachable
from ...i18n import tr
from . import qgis_dispatcher
from .base import HttpRequest, HttpResponse, Transport
from .qgis_dispatcher import Dispatcher, Exchange, install, is_canceled, on_main_thread, qt_enum, shutdown  # noqa: F401 - install and shutdown are this module's API too

_WAIT_S = 0.05  # how often a waiting thread looks at its cancel button and deadline


class QgisTransport(Transport):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        install()

    def _send(self, request: HttpRequest, deadline: float, max_bytes: int, feedback) -> HttpResponse:
        dispatcher = qgis_dispatcher.current()
        if dispatcher is None:
            raise ServiceUnreachable(tr("The plugin's network is not started: call install() on the main thread."))
        if dispatcher.closed:
            raise Cancelled()  # the plugin is unloading: nothing new goes out
        exchange = Exchange(request=request, deadline=deadline, max_bytes=max_bytes, feedback=feedback)
        if on_main_thread():
            self._wait_on_main_thread(dispatcher, exchange)
            return self._result(exchange, exchange.stop)
        walked_away = self._wait_in_worker(dispatcher, exchange)
        return self._result(exchange, walked_away or exchange.stop)

    @staticmethod
    def _wait_in_worker(dispatcher: Dispatcher, exchange: Exchange) -> Optional[str]:
        """Wait for the main thread, giving the body to the request's sink as it arrives; the reason
        this thread walked away, or None."""
        dispatcher.submit(exchange)
        sink = exchange.request.body_sink
        while True:
            ended = exchange.done.is_set()
            body = exchange.body
            if sink is not None and body is not None:
                held_back = body.waiting > qgis_dispatcher.SINK_AHEAD  # the main thread stopped reading
                for piece in body.drain():
                    sink.write(piece)
                if held_back:
                    dispatcher.wake()
            if ended:
                return None
            exchange.progress.wait(_WAIT_S)
            exchange.progress.clear()
            if exchange.done.is_set():
                continue
            if exchange.feedback is not None and is_canceled(exchange.feedback):
                stop = "cancelled"
            elif time.monotonic() > exchange.deadline:
                stop = "timeout"
            elif dispatcher.closed:
                stop = "cancelled"
            else:
                continue
            # Walk away now; the main thread aborts the reply when it next wakes.
            exchange.abandoned = True
            dispatcher.wake()
            return stop

    @staticmethod
    def _wait_on_main_thread(dispatcher: Dispatcher, exchange: Exchange):
        """Scripts and tests only: the plugin itself fetches from tasks."""
        loop = QEventLoop()
        exchange.on_done = loop.quit
        dispatcher.start_now(exchange)
        if not exchange.done.is_set():
            (getattr(loop, "exec", None) or getattr(loop, "exec_"))()  # noqa: B009 - exec_ only on old PyQt5, and not written as an attribute (Qt 6 check)

    def _result(self, exchange: Exchange, stop: Optional[str]) -> HttpResponse:
        request = exchange.request
        if stop == "cancelled":
            raise Cancelled()
        if stop == "vanished":
            raise self._unreachable_error(request, tr("the connection failed"))
        if stop == "timeout":
            raise self._timeout_error(request)
        if stop == "too_large":
            raise self._too_large_error(request, exchange.max_bytes)
        if stop == "cut":
            raise self._unreachable_error(request, tr("the answer was cut off"))
        if stop == "auth":
            raise AuthenticationRequired(
                tr("The authentication configuration {id} cannot be used.").format(id=request.authcfg)
            )
        if exchange.status is None:
            raise self._network_error(request, exchange.error_code)
        if exchange.failed and exchange.status < 300:
            # a status line arrived, but the body did not complete
            raise self._unreachable_error(request, tr("the answer was cut off"))
        return HttpResponse(url=request.url, status=exchange.status, headers=exchange.headers, content=exchange.pieces())

    def _network_error(self, request, code):
        def error(name):
            return qt_enum(QNetworkReply, "NetworkError", name)

        if code == error("ConnectionRefusedError"):
            return self._unreachable_error(request, tr("connection refused"))
        if code == error("HostNotFoundError"):
            return self._unreachable_error(request, tr("unknown host name"))
        if code in (error("TimeoutError"), error("OperationCanceledError")):
            return self._timeout_error(request)
        if code == error("SslHandshakeFailedError"):
            return self._unreachable_error(request, tr("the secure connection (SSL) failed"))
        if code in (error("ProxyConnectionRefusedError"), error("ProxyNotFoundError"), error("ProxyTimeoutError")):
            return self._unreachable_error(request, tr("the proxy cannot be reached"))
        if code == error("ProxyAuthenticationRequiredError"):
            return AuthenticationRequired(tr("The proxy requires authentication."))
        if code == error("RemoteHostClosedError"):
            return self._unreachable_error(request, tr("the server closed the connection"))
        return self._unreachable_error(request, tr("the connection failed"))
