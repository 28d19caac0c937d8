"""QGIS transport: ``QgsNetworkAccessManager``, so the user's proxy, SSL
settings and ``authcfg`` apply to every request of the plugin.

``fetch`` runs a local event loop in the calling thread; the plugin calls it
from ``QgsTask`` workers (QGIS gives each thread its own network manager),
never from the GUI thread.
"""

import time

from qgis.core import QgsApplication, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QByteArray, QEventLoop, QTimer, QUrl
from qgis.PyQt import sip
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..errors import AuthenticationRequired, Cancelled
from ..i18n import tr
from .base import USER_AGENT, HttpRequest, HttpResponse, Transport

_POLL_MS = 50


def _enum(owner, scoped: str, name: str):
    """Qt5 exposes enum members on the class, Qt6 only on the scoped enum."""
    scope = getattr(owner, scoped, None)
    return getattr(scope, name) if scope is not None and hasattr(scope, name) else getattr(owner, name)


class QgisTransport(Transport):
    plain_threads_ok = False  # its event loop and timers need a QThread (QgsTask workers are)

    def _send(self, request: HttpRequest, deadline: float, max_bytes: int, feedback) -> HttpResponse:
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
        for name, value in request.headers.items():
            qrequest.setRawHeader(name.encode("latin-1"), value.encode("latin-1"))
        if request.authcfg:
            if not QgsApplication.authManager().updateNetworkRequest(qrequest, request.authcfg):
                raise AuthenticationRequired(
                    tr("The authentication configuration {id} cannot be used.").format(id=request.authcfg)
                )
        manager = QgsNetworkAccessManager.instance()
        if request.method == "POST":
            reply = manager.post(qrequest, QByteArray(request.data or b""))
        else:
            reply = manager.get(qrequest)

        body = bytearray()
        state = {}
        loop = QEventLoop()

        # Both run as Qt slots: an exception escaping them makes PyQt abort QGIS.
        # A reply Qt deleted under us ends the request as a failed connection, a
        # vanished feedback object (its task is gone) as cancelled.
        def gone():
            state.setdefault("stop", "vanished" if sip.isdeleted(reply) else "cancelled")
            loop.quit()

        def read_available():
            try:
                body.extend(bytes(reply.readAll()))
                if len(body) > max_bytes and "stop" not in state:
                    state["stop"] = "too_large"
                    reply.abort()
            except RuntimeError:
                gone()

        def watch():
            if "stop" in state:
                return
            try:
                if feedback is not None and feedback.isCanceled():
                    state["stop"] = "cancelled"
                    reply.abort()
                elif time.monotonic() > deadline:
                    state["stop"] = "timeout"
                    reply.abort()
            except RuntimeError:
                gone()

        timer = QTimer()
        timer.setInterval(_POLL_MS)
        timer.timeout.connect(watch)
        try:
            reply.readyRead.connect(read_available)
            reply.finished.connect(loop.quit)
            timer.start()
            if not reply.isFinished():
                (getattr(loop, "exec", None) or getattr(loop, "exec_"))()  # exec_ only on old PyQt5
            timer.stop()
            read_available()
            return self._result(request, reply, bytes(body), state.get("stop"), max_bytes)
        except RuntimeError:
            # the reply vanished under us (Qt deleted it): a failed connection, not a crash
            raise self._unreachable_error(request, tr("the connection failed")) from None
        finally:
            timer.stop()
            # deleteLater(), not sip.delete(): QGIS may still hand the reply to
            # queued slots on the main thread; deleting it at once from here
            # crashed a test run (and destroying it with the GIL held can
            # deadlock against the GUI thread). A reply Qt removes under us is
            # a failed connection (the RuntimeError guards above).
            if not sip.isdeleted(reply):
                reply.deleteLater()

    def _result(self, request, reply, body, stop, max_bytes) -> HttpResponse:
        if stop == "cancelled":
            raise Cancelled()
        if stop == "vanished":
            raise self._unreachable_error(request, tr("the connection failed"))
        if stop == "timeout":
            raise self._timeout_error(request)
        if stop == "too_large":
            raise self._too_large_error(request, max_bytes)
        status = reply.attribute(_enum(QNetworkRequest, "Attribute", "HttpStatusCodeAttribute"))
        if status is None:
            raise self._network_error(request, reply.error())
        headers = {bytes(k).decode("latin-1").lower(): bytes(v).decode("latin-1") for k, v in reply.rawHeaderPairs()}
        if reply.error() != _enum(QNetworkReply, "NetworkError", "NoError") and int(status) < 300:
            # a status line arrived, but the body did not complete
            raise self._unreachable_error(request, tr("the answer was cut off"))
        return HttpResponse(request.url, int(status), headers, body)

    def _network_error(self, request, code):
        error = lambda name: _enum(QNetworkReply, "NetworkError", name)  # noqa: E731
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
