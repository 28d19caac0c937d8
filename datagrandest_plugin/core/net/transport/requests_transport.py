"""``requests`` transport, for the command line and scripts.

``requests`` only bounds each socket read, so a server that drips a byte at a
time would never time out. The exchange therefore runs in a worker thread while
the caller waits on a deadline it controls, and can walk away on cancel.
"""

import http.client
import socket
import threading
import time

import requests
import urllib3

from ...errors import Cancelled
from ...i18n import tr
from .base import USER_AGENT, HttpRequest, HttpResponse, Transport
from .body import ACCEPT_ENCODING, Body, BodyCorrupt, BodyTooLarge

_POLL = 0.05
_CHUNK = 64 * 1024


class RequestsTransport(Transport):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._session = requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        self._session.headers["Accept-Encoding"] = ACCEPT_ENCODING

    def _send(self, request: HttpRequest, deadline: float, max_bytes: int, feedback) -> HttpResponse:
        outcome = {}
        stop = threading.Event()
        finished = threading.Event()

        def exchange():
            response = None
            try:
                remaining = max(deadline - time.monotonic(), 0.01)
                response = self._session.request(
                    request.method,
                    request.url,
                    data=request.data,
                    headers=request.headers,
                    timeout=(remaining, remaining),
                    stream=True,
                    allow_redirects=False,
                )
                outcome["response"] = response
                # read as sent and inflated here, a bounded piece at a time (see body.py)
                body = outcome["reading"] = Body(response.headers.get("content-encoding", ""), max_bytes)
                try:
                    while True:
                        chunk = response.raw.read(_CHUNK, decode_content=False)
                        if stop.is_set():
                            return
                        if not chunk:
                            break
                        body.feed(chunk)
                    body.complete()
                    outcome["size"] = body.size  # all of it, drained by the waiting thread or not
                    outcome["body"] = body.take()
                except BodyTooLarge:
                    outcome["too_large"] = True
                except BodyCorrupt:
                    outcome["cut"] = True
            except Exception as error:  # noqa: BLE001 - reported to the caller as one sentence
                outcome["error"] = error
            finally:
                if response is not None and "body" not in outcome:
                    response.close()
                finished.set()

        worker = threading.Thread(target=exchange, name="dge-http", daemon=True)
        worker.start()
        sink = request.body_sink
        while not finished.wait(_POLL if sink is None else 0.005):
            body = outcome.get("reading")
            if sink is not None and body is not None:
                for piece in body.drain():  # given to the sink as it arrives (see HttpRequest.body_sink)
                    sink.write(piece)
            if feedback is not None and feedback.isCanceled():
                stop.set()
                self._abort(outcome)
                raise Cancelled()
            if time.monotonic() > deadline:
                stop.set()
                self._abort(outcome)
                raise self._timeout_error(request)
        if "error" in outcome:
            raise self._translate(request, outcome["error"])
        if outcome.get("too_large"):
            raise self._too_large_error(request, max_bytes)
        if outcome.get("cut"):
            raise self._unreachable_error(request, tr("the answer was cut off"))
        response = outcome["response"]
        if sink is not None:
            for piece in outcome.pop("body", []):
                sink.write(piece)
            outcome["body"] = []
        headers = {k.lower(): v for k, v in response.headers.items()}
        announced = headers.get("content-length", "")
        received = outcome.get("size", 0)
        if request.method != "HEAD" and announced.isdigit() and "content-encoding" not in headers and received < int(announced):
            raise self._unreachable_error(request, tr("the answer was cut off"))
        return HttpResponse(url=request.url, status=response.status_code, headers=headers, content=outcome["body"])

    @staticmethod
    def _abort(outcome):
        """Wake the worker thread blocked on a dripping socket."""
        response = outcome.get("response")
        if response is None:
            return
        try:
            sock = response.raw._connection.sock  # urllib3 keeps the socket there while streaming
            sock.shutdown(socket.SHUT_RDWR)
        except Exception:  # noqa: BLE001 - best effort: the socket may already be gone
            pass

    def _translate(self, request: HttpRequest, error: Exception):
        # urllib3 2 (QGIS 3.40+ on Debian 13) raises IncompleteRead for a body shorter than announced,
        # wrapped in ProtocolError when read as sent; urllib3 1.26 returns the short body
        if isinstance(error, (http.client.IncompleteRead, urllib3.exceptions.ProtocolError)):
            return self._unreachable_error(request, tr("the answer was cut off"))
        if isinstance(error, (requests.exceptions.ConnectTimeout, requests.exceptions.ReadTimeout)):
            return self._timeout_error(request)
        if isinstance(error, requests.exceptions.SSLError):
            return self._unreachable_error(request, tr("the secure connection (SSL) failed"))
        if isinstance(error, requests.exceptions.ConnectionError):
            text = str(error)
            if "refused" in text.lower():
                return self._unreachable_error(request, tr("connection refused"))
            if "Name or service not known" in text or "getaddrinfo" in text or "resolve" in text.lower():
                return self._unreachable_error(request, tr("unknown host name"))
            if "IncompleteRead" in text or "ChunkedEncodingError" in type(error).__name__:
                return self._unreachable_error(request, tr("the answer was cut off"))
            return self._unreachable_error(request, tr("the connection failed"))
        if isinstance(error, (requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError)):
            return self._unreachable_error(request, tr("the answer was cut off"))
        return self._unreachable_error(request, tr("the connection failed"))
