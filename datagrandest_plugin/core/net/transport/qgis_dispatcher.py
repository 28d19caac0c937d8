"""The main-thread side of the QGIS transport: every Qt object of an exchange lives here.

Threads that fetch only queue an ``Exchange`` and wake the main thread by
writing a byte to a pipe that a ``QSocketNotifier`` watches; the main thread
sends the request with ``QgsNetworkAccessManager``, reads the body as it
arrives and ends the exchange (see ``qgis_transport`` for why).
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
from qgis.PyQt.QtCore import QByteArray, QCoreApplication, QSocketNotifier, QThread, QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from .base import USER_AGENT, HttpRequest
from .body import ACCEPT_ENCODING, Body, BodyCorrupt, BodyTooLarge

_TICK_MS = 100  # how often the main thread looks at the deadlines of what is in flight
READ_BUFFER = 256 * 1024  # Qt stops reading the socket when this much is unread
# an answer given to a sink as it arrives (HttpRequest.body_sink) is read from Qt only while the
# waiting thread keeps up: past this much not drained, the rest waits in Qt's buffer, and the server
# waits for Qt (so a 30 MB document is never held whole: it goes to the disk as it comes)
SINK_AHEAD = 256 * 1024
LOG = logging.getLogger("datagrandest")


def qt_enum(owner, scoped: str, name: str):
    """Qt5 exposes enum members on the class, Qt6 only on the scoped enum."""
    scope = getattr(owner, scoped, None)
    return getattr(scope, name) if scope is not None and hasattr(scope, name) else getattr(owner, name)


def on_main_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() == app.thread()


@dataclass(eq=False)
class Exchange:
    """One HTTP hop. Written by the main thread, read by the waiting thread once ``done`` is set."""

    request: HttpRequest
    deadline: float
    max_bytes: int
    feedback: object = None
    done: threading.Event = field(default_factory=threading.Event)
    progress: threading.Event = field(default_factory=threading.Event)  # new bytes, or the end
    abandoned: bool = False  # the waiting thread gave up (cancel, deadline, shutdown)
    body: Optional[Body] = None  # created with the first bytes, when the encoding is known
    stop: Optional[str] = None  # why it ended early: cancelled, timeout, too_large, cut, vanished, auth
    status: Optional[int] = None
    headers: dict = field(default_factory=dict)
    failed: bool = False  # Qt reported a network error
    error_code: object = None
    reply: object = None
    on_done: object = None  # main-thread callers: quit their local loop

    def pieces(self) -> list:
        """The body's pieces, once ``done``: called by the thread that waited for it."""
        return self.body.take() if self.body is not None else []


def _slot(method):
    """An exception escaping a Qt slot makes PyQt abort QGIS: log it instead and end
    the exchange as a failed connection (a reply Qt deleted under us raises RuntimeError)."""

    def guarded(self, *args):
        try:
            return method(self, *args)
        except Exception:  # noqa: BLE001 - an exception escaping a Qt slot aborts QGIS
            LOG.error("%s", traceback.format_exc())
            for exchange in [a for a in args if isinstance(a, Exchange)]:
                self._end(exchange, "vanished")

    return guarded


class Dispatcher:
    """Main-thread side: sends the queued exchanges and ends them."""

    def __init__(self):
        self._queue = collections.deque()
        self._live = set()
        self._closed = False
        self._read_fd, self._write_fd = os.pipe()
        os.set_blocking(self._read_fd, False)
        os.set_blocking(self._write_fd, False)
        self._notifier = QSocketNotifier(self._read_fd, qt_enum(QSocketNotifier, "Type", "Read"))
        self._notifier.activated.connect(self._drain)
        self._ticker = QTimer()
        self._ticker.setInterval(_TICK_MS)
        self._ticker.timeout.connect(self._tick)

    # -- any thread ------------------------------------------------------
    @property
    def closed(self) -> bool:
        return self._closed

    def submit(self, exchange: Exchange):
        self._queue.append(exchange)
        self.wake()

    def wake(self):
        try:
            os.write(self._write_fd, b"!")
        except (BlockingIOError, OSError):
            pass  # the pipe is full (a wake-up is already pending) or closed (shut down)

    # -- main thread -----------------------------------------------------
    def start_now(self, exchange: Exchange):
        try:
            self._start(exchange)
        except Exception:  # noqa: BLE001 - a request that cannot start ends as a failed connection
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
            elif exchange.request.body_sink is not None and exchange.reply is not None \
                    and not sip.isdeleted(exchange.reply) and exchange.reply.bytesAvailable():
                self._read(exchange)  # its waiting thread drained what was read: read on

    def _start(self, exchange: Exchange):
        if self._closed:
            return self._end(exchange, "cancelled")
        request = exchange.request
        qrequest = QNetworkRequest(QUrl(request.url))
        qrequest.setAttribute(
            qt_enum(QNetworkRequest, "Attribute", "RedirectPolicyAttribute"),
            qt_enum(QNetworkRequest, "RedirectPolicy", "ManualRedirectPolicy"),
        )
        # The plugin's disk cache is the only cache: Qt's own would turn our
        # conditional requests' 304 into a 200 and keep copies we cannot manage.
        qrequest.setAttribute(
            qt_enum(QNetworkRequest, "Attribute", "CacheLoadControlAttribute"),
            qt_enum(QNetworkRequest, "CacheLoadControl", "AlwaysNetwork"),
        )
        qrequest.setAttribute(qt_enum(QNetworkRequest, "Attribute", "CacheSaveControlAttribute"), False)
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
    def _read(self, exchange: Exchange, all_of_it: bool = False):
        reply = exchange.reply
        if exchange.done.is_set() or reply is None or sip.isdeleted(reply):
            return
        if (not all_of_it and exchange.body is not None and exchange.request.body_sink is not None
                and exchange.body.waiting > SINK_AHEAD):
            return  # read again when the waiting thread has drained (it wakes this thread)
        if exchange.body is None:
            encoding = bytes(reply.rawHeader(b"Content-Encoding")).decode("latin-1")
            exchange.body = Body(encoding, exchange.max_bytes)
        try:
            exchange.body.feed(bytes(reply.readAll()))
            if exchange.request.body_sink is not None:
                exchange.progress.set()
        except BodyTooLarge:
            self._end(exchange, "too_large")
        except BodyCorrupt:
            self._end(exchange, "cut")

    @_slot
    def _finished(self, exchange: Exchange):
        if exchange.done.is_set():
            return
        reply = exchange.reply
        if reply is None or sip.isdeleted(reply):
            return self._end(exchange, "vanished")
        self._read(exchange, True)  # all of it
        if exchange.done.is_set():
            return
        status = reply.attribute(qt_enum(QNetworkRequest, "Attribute", "HttpStatusCodeAttribute"))
        exchange.status = int(status) if status is not None else None
        exchange.headers = {
            bytes(k).decode("latin-1").lower(): bytes(v).decode("latin-1") for k, v in reply.rawHeaderPairs()
        }
        exchange.error_code = reply.error()
        exchange.failed = exchange.error_code != qt_enum(QNetworkReply, "NetworkError", "NoError")
        try:
            if exchange.body is not None:
                exchange.body.complete()  # handed to the waiting thread (Exchange.pieces)
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
            elif exchange.feedback is not None and is_canceled(exchange.feedback):
                self._end(exchange, "cancelled")
            elif exchange.reply is not None and sip.isdeleted(exchange.reply):
                self._end(exchange, "vanished")
        if not self._live:
            self._ticker.stop()

    def _end(self, exchange: Exchange, stop: Optional[str]):
        """End an exchange once: free its reply and wake whoever waits for it."""
        if exchange.done.is_set():
            return
        if stop is not None:
            exchange.stop = stop
            exchange.body = None
        self._live.discard(exchange)
        reply, exchange.reply = exchange.reply, None
        exchange.done.set()  # set first: the abort() below re-enters _finished, which must find it ended
        exchange.progress.set()
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


def is_canceled(feedback) -> bool:
    try:
        return bool(feedback.isCanceled())
    except RuntimeError:  # its task is gone
        return True


_dispatcher: Optional[Dispatcher] = None
_dispatcher_lock = threading.Lock()


def current() -> Optional[Dispatcher]:
    """The main-thread side now in use (None before ``install()``)."""
    return _dispatcher


def install() -> None:
    """Create the main-thread side (call on the main thread: plugin start, tests)."""
    global _dispatcher
    if not on_main_thread():
        return
    with _dispatcher_lock:
        if _dispatcher is None or _dispatcher.closed:
            _dispatcher = Dispatcher()


def shutdown() -> None:
    """End every exchange in flight; the next ``install()`` starts afresh."""
    with _dispatcher_lock:
        dispatcher = _dispatcher
    if dispatcher is not None:
        dispatcher.shutdown()  # closed: new requests are refused until install() makes a new one


