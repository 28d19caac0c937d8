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
ends every exchange in flight at once.
"""

import collections
import logging
import os
import threading
import time
import traceback
from dataclasses import dataclass, field
from typing import Optional

from qgis.core import QgsApplication, QgsNetworkAccessManager
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QByteArray, QCoreApplication, QEventLoop, QSocketNotifier, QThread, QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..errors import AuthenticationRequired, Cancelled, ServiceUnreachable
from ..i18n import tr
from .base import USER_AGENT, HttpRequest, HttpResponse, Transport
from .body import ACCEPT_ENCODING, Body, BodyCorrupt, BodyTooLarge

_WAIT_S = 0.05  # how often a waiting thread looks at its cancel button and deadline
_TICK_MS = 100  # how often the main thread looks at the deadlines of what is in flight
READ_BUFFER = 256 * 1024  # Qt stops reading the socket when this much is unread
LOG = logging.getLogger("datagrandest")


def _enum(owner, scoped: str, name: str):
    """Qt5 exposes enum members on the class, Qt6 only on the scoped enum."""
    scope = getattr(owner, scoped, None)
    return getattr(scope, name) if scope is not None and hasattr(scope, name) else getattr(owner, name)


def _on_main_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() == app.thread()


@dataclass(eq=False)
class _Exchange:
    """One HTTP hop. Written by the main thread, read by the waiting thread once ``done`` is set."""

    request: HttpRequest
    deadline: float
    max_bytes: int
    feedback: object = None
    done: threading.Event = field(default_factory=threading.Event)
    abandoned: bool = False  # the waiting thread gave up (cancel, deadline, shutdown)
    body: Optional[Body] = None  # created with the first bytes, when the encoding is known
    content: bytes = b""
    stop: Optional[str] = None  # why it ended early: cancelled, timeout, too_large, cut, vanished, auth
    status: Optional[int] = None
    headers: dict = field(default_factory=dict)
    failed: bool = False  # Qt reported a network error
    error_code: object = None
    reply: object = None
    on_done: object = None  # main-thread callers: quit their local loop


def _slot(method):
    """An exception escaping a Qt slot makes PyQt abort QGIS: log it instead and end
    the exchange as a failed connection (a reply Qt deleted under us raises RuntimeError)."""

    def guarded(self, *args):
        try:
            return method(self, *args)
        except Exception:
            LOG.error("%s", traceback.format_exc())
            for exchange in [a for a in args if isinstance(a, _Exchange)]:
                self._end(exchange, "vanished")

    return guarded


class _Dispatcher:
    """Main-thread side: sends the queued exchanges and ends them."""

    def __init__(self):
        self._queue = collections.deque()
        self._live = set()
        self._closed = False
        self._read_fd, self._write_fd = os.pipe()
        os.set_blocking(self._read_fd, False)
        os.set_blocking(self._write_fd, False)
        self._notifier = QSocketNotifier(self._read_fd, _enum(QSocketNotifier, "Type", "Read"))
        self._notifier.activated.connect(self._drain)
        self._ticker = QTimer()
        self._ticker.setInterval(_TICK_MS)
        self._ticker.timeout.connect(self._tick)

    # -- any thread ------------------------------------------------------
    @property
    def closed(self) -> bool:
        return self._closed

    def submit(self, exchange: _Exchange):
        self._queue.append(exchange)
        self.wake()

    def wake(self):
        try:
            os.write(self._write_fd, b"!")
        except (BlockingIOError, OSError):
            pass  # the pipe is full (a wake-up is already pending) or closed (shut down)

    # -- main thread -----------------------------------------------------
    def start_now(self, exchange: _Exchange):
        try:
            self._start(exchange)
        except Exception:
            LOG.error("%s", traceback.format_exc())
            self._end(exchange, "vanished")

    @_slot
    def _drain(self, *_args):
        try:
            while os.read(self._read_fd, 4096):
                pass
        except (BlockingIOError, OSError):
            pass
        while self._queue:
            exchange = self._queue.popleft()
            if exchange.abandoned or self._closed:
                self._end(exchange, "cancelled")
            else:
                self.start_now(exchange)
        for exchange in list(self._live):
            if exchange.abandoned:
                self._end(exchange, "cancelled")

    def _start(self, exchange: _Exchange):
        if self._closed:
            return self._end(exchange, "cancelled")
        request = exchange.request
        qrequest = QNetworkRequest(QUrl(request.url))
        qrequest.setAttribute(
            _enum(QNetworkRequest, "Attribute", "RedirectPolicyAttribute"),
            _enum(QNetworkRequest, "RedirectPolicy", "ManualRedirectPolicy"),
        )
        # The plugin's disk cache is the only cache: Qt's own would turn our
        # conditional requests' 304 into a 200 and keep copies we cannot manage.
        qrequest.setAttribute(
            _enum(QNetworkRequest, "Attribute", "CacheLoadControlAttribute"),
            _enum(QNetworkRequest, "CacheLoadControl", "AlwaysNetwork"),
        )
        qrequest.setAttribute(_enum(QNetworkRequest, "Attribute", "CacheSaveControlAttribute"), False)
        qrequest.setRawHeader(b"User-Agent", USER_AGENT.encode())
        # Asked for here, so Qt leaves the body compressed and Body inflates it within the limit.
        qrequest.setRawHeader(b"Accept-Encoding", ACCEPT_ENCODING.encode())
        for name, value in request.headers.items():
            qrequest.setRawHeader(name.encode("latin-1"), value.encode("latin-1"))
        if request.authcfg and not QgsApplication.authManager().updateNetworkRequest(qrequest, request.authcfg):
            return self._end(exchange, "auth")
        manager = QgsNetworkAccessManager.instance()
        if request.method == "POST":
            reply = manager.post(qrequest, QByteArray(request.data or b""))
        else:
            reply = manager.get(qrequest)
        if request.authcfg:
            QgsApplication.authManager().updateNetworkReply(reply, request.authcfg)  # what PKI methods need
        reply.setReadBufferSize(READ_BUFFER)
        exchange.reply = reply
        self._live.add(exchange)
        reply.readyRead.connect(lambda: self._read(exchange))
        reply.finished.connect(lambda: self._finished(exchange))
        if not self._ticker.isActive():
            self._ticker.start()
        if reply.isFinished():
            self._finished(exchange)

    @_slot
    def _read(self, exchange: _Exchange):
        reply = exchange.reply
        if exchange.done.is_set() or reply is None or sip.isdeleted(reply):
            return
        if exchange.body is None:
            encoding = bytes(reply.rawHeader(b"Content-Encoding")).decode("latin-1")
            exchange.body = Body(encoding, exchange.max_bytes)
        try:
            exchange.body.feed(bytes(reply.readAll()))
        except BodyTooLarge:
            self._end(exchange, "too_large")
        except BodyCorrupt:
            self._end(exchange, "cut")

    @_slot
    def _finished(self, exchange: _Exchange):
        if exchange.done.is_set():
            return
        reply = exchange.reply
        if reply is None or sip.isdeleted(reply):
            return self._end(exchange, "vanished")
        self._read(exchange)
        if exchange.done.is_set():
            return
        status = reply.attribute(_enum(QNetworkRequest, "Attribute", "HttpStatusCodeAttribute"))
        exchange.status = int(status) if status is not None else None
        exchange.headers = {
            bytes(k).decode("latin-1").lower(): bytes(v).decode("latin-1") for k, v in reply.rawHeaderPairs()
        }
        exchange.error_code = reply.error()
        exchange.failed = exchange.error_code != _enum(QNetworkReply, "NetworkError", "NoError")
        try:
            exchange.content = exchange.body.finish() if exchange.body is not None else b""
        except BodyTooLarge:
            return self._end(exchange, "too_large")
        except BodyCorrupt:
            return self._end(exchange, "cut")
        self._end(exchange, None)

    @_slot
    def _tick(self):
        now = time.monotonic()
        for exchange in list(self._live):
            if exchange.abandoned:
                self._end(exchange, "cancelled")
            elif now > exchange.deadline:
                self._end(exchange, "timeout")
            elif exchange.feedback is not None and _is_canceled(exchange.feedback):
                self._end(exchange, "cancelled")
            elif exchange.reply is not None and sip.isdeleted(exchange.reply):
                self._end(exchange, "vanished")
        if not self._live:
            self._ticker.stop()

    def _end(self, exchange: _Exchange, stop: Optional[str]):
        """End an exchange once: free its reply and wake whoever waits for it."""
        if exchange.done.is_set():
            return
        if stop is not None:
            exchange.stop = stop
            exchange.body = None
        self._live.discard(exchange)
        reply, exchange.reply = exchange.reply, None
        exchange.done.set()  # set first: the abort() below re-enters _finished, which must find it ended
        if reply is not None and not sip.isdeleted(reply):
            if not reply.isFinished():
                reply.abort()
            # deleteLater(), not sip.delete(): QGIS may still hand the reply to
            # queued slots; the main thread's loop deletes it when it is idle.
            reply.deleteLater()
        if exchange.on_done is not None:
            exchange.on_done()

    def shutdown(self):
        """End everything in flight now (plugin unload, QGIS quitting)."""
        self._closed = True
        while self._queue:
            self._end(self._queue.popleft(), "cancelled")
        for exchange in list(self._live):
            self._end(exchange, "cancelled")
        self._ticker.stop()
        self._notifier.setEnabled(False)
        for fd in (self._read_fd, self._write_fd):
            try:
                os.close(fd)
            except OSError:
                pass


def _is_canceled(feedback) -> bool:
    try:
        return bool(feedback.isCanceled())
    except RuntimeError:  # its task is gone
        return True


_dispatcher: Optional[_Dispatcher] = None
_dispatcher_lock = threading.Lock()


def install() -> None:
    """Create the main-thread side (call on the main thread: plugin start, tests)."""
    global _dispatcher
    if not _on_main_thread():
        return
    with _dispatcher_lock:
        if _dispatcher is None or _dispatcher.closed:
            _dispatcher = _Dispatcher()


def shutdown() -> None:
    """End every exchange in flight; the next ``install()`` starts afresh."""
    with _dispatcher_lock:
        dispatcher = _dispatcher
    if dispatcher is not None:
        dispatcher.shutdown()  # closed: new requests are refused until install() makes a new one


class QgisTransport(Transport):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        install()

    def _send(self, request: HttpRequest, deadline: float, max_bytes: int, feedback) -> HttpResponse:
        dispatcher = _dispatcher
        if dispatcher is None:
            raise ServiceUnreachable(tr("The plugin's network is not started: call install() on the main thread."))
        if dispatcher.closed:
            raise Cancelled()  # the plugin is unloading: nothing new goes out
        exchange = _Exchange(request=request, deadline=deadline, max_bytes=max_bytes, feedback=feedback)
        if _on_main_thread():
            self._wait_on_main_thread(dispatcher, exchange)
            return self._result(exchange, exchange.stop)
        walked_away = self._wait_in_worker(dispatcher, exchange)
        return self._result(exchange, walked_away or exchange.stop)

    @staticmethod
    def _wait_in_worker(dispatcher: _Dispatcher, exchange: _Exchange) -> Optional[str]:
        """Wait for the main thread; the reason this thread walked away, or None."""
        dispatcher.submit(exchange)
        while not exchange.done.wait(_WAIT_S):
            if exchange.feedback is not None and _is_canceled(exchange.feedback):
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
        return None

    @staticmethod
    def _wait_on_main_thread(dispatcher: _Dispatcher, exchange: _Exchange):
        """Scripts and tests only: the plugin itself fetches from tasks."""
        loop = QEventLoop()
        exchange.on_done = loop.quit
        dispatcher.start_now(exchange)
        if not exchange.done.is_set():
            (getattr(loop, "exec", None) or getattr(loop, "exec_"))()  # exec_ only on old PyQt5

    def _result(self, exchange: _Exchange, stop: Optional[str]) -> HttpResponse:
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
        return HttpResponse(request.url, exchange.status, exchange.headers, exchange.content)

    def _network_error(self, request, code):
        def error(name):
            return _enum(QNetworkReply, "NetworkError", name)

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
