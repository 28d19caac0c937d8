"""Transport interface and the rules every implementation shares.

Shared rules: the host guard (tests allow only the loopback), the offline
switch, a deadline for the *whole* request (a server that drips one byte at a
time still ends in time), a size bound, manual redirects (so a redirect to a
login page is recognised and every hop passes the host guard), and one French
sentence per failure.

Credentials stay with their origin (scheme, host, port): a request's
``authcfg`` is applied only to the hops on ``auth_origin``, and its custom
headers only to the hops on the origin it was addressed to. A redirect that
would carry a body to another origin is refused rather than followed.

An address that just failed (no answer, refused, cut off) is remembered for
``FAILURE_MEMORY`` seconds: meanwhile it fails at once with the same sentence
and the time of that attempt, so callers answer from their offline copy
instead of waiting for the deadline again.
"""

import os
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from ...errors import (
    AuthenticationRequired,
    BadAnswer,
    Cancelled,
    HostNotAllowed,
    ResponseTooLarge,
    ServiceTimeout,
    ServiceUnreachable,
)
from ...i18n import tr

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
MAX_REDIRECTS = 5
USER_AGENT = "QGIS-DataGrandEst-plugin"
FAILURE_MEMORY = 60.0

_LOGIN_PATTERN = re.compile(r"(\?|&|/)(login|cas/login|signin)\b|/login\b", re.IGNORECASE)
_SECRET_PARAMS = re.compile(r"^(password|passwd|pwd|token|access_token|apikey|api_key|authkey|key|secret)$", re.I)


def allowed_hosts() -> Optional[List[str]]:
    """Hosts the transport may contact, from ``DGE_ALLOWED_HOSTS`` (None: any)."""
    value = os.environ.get("DGE_ALLOWED_HOSTS", "").strip()
    if not value:
        return None
    return [h.strip().lower() for h in value.split(",") if h.strip()]


def redact_url(url: str) -> str:
    """The URL without user info nor secret query parameters, for logs and messages."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<URL>"
    netloc = parts.hostname or ""
    if parts.port:
        netloc = f"{netloc}:{parts.port}"
    query = [(k, "***" if _SECRET_PARAMS.match(k) else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    return urlunsplit((parts.scheme, netloc, parts.path, urlencode(query), ""))


_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin(url: str) -> str:
    """``scheme://host:port`` of a URL, the port always written; "" for an unreadable one."""
    try:
        parts = urlsplit(url)
        port = parts.port or _DEFAULT_PORTS.get(parts.scheme.lower())
    except ValueError:
        return ""
    if not parts.hostname:
        return ""
    return f"{parts.scheme.lower()}://{parts.hostname.lower()}:{port}"


def _address(url: str) -> str:
    """What the failure memory remembers: the origin and path, without the query."""
    try:
        return origin(url) + urlsplit(url).path
    except ValueError:
        return url


def host_label(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.hostname}:{parts.port}" if parts.port else (parts.hostname or url)


class CancelToken:
    """A cancel flag compatible with ``QgsFeedback.isCanceled``."""

    def __init__(self):
        self._event = threading.Event()

    def cancel(self):
        self._event.set()

    def isCanceled(self) -> bool:
        return self._event.is_set()


@dataclass
class HttpRequest:
    url: str
    params: Optional[Dict[str, str]] = None
    method: str = "GET"
    data: Optional[bytes] = None
    headers: Dict[str, str] = field(default_factory=dict)
    authcfg: Optional[str] = None
    timeout: Optional[float] = None
    max_bytes: Optional[int] = None
    # the origin ("https://host:443") the authcfg was configured for; empty: the request's own URL
    auth_origin: str = ""
    # where the body goes as it arrives (``write(piece)``; ``reset()`` before each hop of a redirect),
    # in the waiting thread, instead of being kept: a large answer is then never held whole in memory
    # (``cache.EntryWriter``). A transport that keeps it anyway leaves it in the response.
    body_sink: object = field(default=None, compare=False, repr=False)

    def full_url(self) -> str:
        if not self.params:
            return self.url
        parts = urlsplit(self.url)
        query = parse_qsl(parts.query, keep_blank_values=True)
        present = {k.lower() for k, _ in query}
        query += [(k, v) for k, v in self.params.items() if k.lower() not in present]
        return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), parts.fragment))


class HttpResponse:
    """One answer. Its body (``content``: bytes, or the list of pieces it came in) is joined only when
    ``content`` is read, once, in the reading thread; ``pieces`` hands it over as it came, for a
    reader of pieces (a 30 MB capabilities document is then never held twice)."""

    def __init__(self, *, url: str, status: int, headers: Dict[str, str], content, elapsed: float = 0.0):
        self.url, self.status, self.headers, self.elapsed = url, status, headers, elapsed
        self._pieces = [content] if isinstance(content, (bytes, bytearray)) else list(content)

    @property
    def content(self) -> bytes:
        if len(self._pieces) != 1:
            self._pieces = [b"".join(self._pieces)]
        return self._pieces[0]

    @property
    def pieces(self) -> list:
        return list(self._pieces)

    def __repr__(self):
        return f"HttpResponse(url={self.url!r}, status={self.status}, {sum(map(len, self._pieces))} bytes)"

    def header(self, name: str, default: str = "") -> str:
        return self.headers.get(name.lower(), default)

    @property
    def content_type(self) -> str:
        return self.header("content-type").split(";")[0].strip().lower()


def check_status(response: HttpResponse) -> HttpResponse:
    """Raise the error a user should read for an unsuccessful status."""
    status = response.status
    host = host_label(response.url)
    if status in (401, 407):
        raise AuthenticationRequired(
            tr("{host} requires authentication: choose an authentication configuration in the plugin settings.").format(host=host)
        )
    if status == 403:
        raise AuthenticationRequired(tr("{host} refused access to this resource (403).").format(host=host))
    if status == 404:
        raise BadAnswer(tr("{host} does not know this address (404).").format(host=host))
    if status == 503:
        retry = response.header("retry-after")
        if retry.isdigit():
            raise BadAnswer(
                tr("{host} is temporarily unavailable (503); retry in {seconds} seconds.").format(host=host, seconds=retry)
            )
        raise BadAnswer(tr("{host} is temporarily unavailable (503).").format(host=host))
    if status >= 500:
        raise BadAnswer(tr("{host} had an internal error ({status}).").format(host=host, status=status))
    if status >= 300 and status != 304:
        raise BadAnswer(tr("{host} answered with an unexpected status ({status}).").format(host=host, status=status))
    return response


class Transport:
    """Send one HTTP request and return its complete answer.

    Subclasses implement ``_send`` for a single hop. ``fetch`` blocks the calling
    thread: GUI code calls it from a ``QgsTask``, never from the main thread.
    """

    request_count = 0  # every request sent by any transport, for tests and benchmarks
    plain_threads_ok = True  # may fetch() run in a thread Qt did not start?
    _count_lock = threading.Lock()
    listeners: List[Callable[[str], None]] = []
    _failures: Dict[str, tuple] = {}  # address -> (monotonic, wall time, sentence, class) of its last failure

    def __init__(self, timeout: float = DEFAULT_TIMEOUT, offline: bool = False, max_bytes: int = DEFAULT_MAX_BYTES):
        self.timeout = float(timeout)
        self.offline = offline
        self.max_bytes = max_bytes

    def fetch(self, request: HttpRequest, feedback=None) -> HttpResponse:
        address = _address(request.url)
        self._check_allowed(request.full_url())
        recent = Transport._failures.get(address)
        if recent is not None and time.monotonic() - recent[0] < FAILURE_MEMORY:
            # the same kind of error as the attempt, so callers treat it alike
            raise recent[3](
                tr("{reason} (Last attempt at {time}; tried again from {retry}.)").format(
                    reason=recent[2], time=time.strftime("%H:%M:%S", time.localtime(recent[1])),
                    retry=time.strftime("%H:%M:%S", time.localtime(recent[1] + FAILURE_MEMORY)))
            )
        try:
            response = self._fetch(request, feedback)
        except HostNotAllowed:
            raise
        except ServiceUnreachable as error:
            Transport._failures[address] = (time.monotonic(), time.time(), error.message, type(error))
            raise
        Transport._failures.pop(address, None)
        return response

    @staticmethod
    def retry_in(url: str) -> float:
        """Seconds until the addresses of ``url``'s server that just failed are contacted again (0: none)."""
        wanted, now = origin(url), time.monotonic()
        ends = [at + FAILURE_MEMORY - now for address, (at, *_rest) in list(Transport._failures.items())
                if address.startswith(wanted + "/") or address == wanted]
        return max([0.0] + ends)

    @staticmethod
    def forget_failures(url: str = "") -> None:
        """Contact ``url`` (every address when empty) on the next request, even if it just failed."""
        if url:
            Transport._failures.pop(_address(url), None)
        else:
            Transport._failures.clear()

    def _fetch(self, request: HttpRequest, feedback=None) -> HttpResponse:
        timeout = request.timeout or self.timeout
        deadline = time.monotonic() + timeout
        max_bytes = request.max_bytes or self.max_bytes
        url = request.full_url()
        home = origin(url)  # where the custom headers (and a body) were meant to go
        auth_origin = request.auth_origin or home
        method, data = request.method, request.data
        started = time.monotonic()
        for _hop in range(MAX_REDIRECTS + 1):
            self._check_allowed(url)
            if feedback is not None and feedback.isCanceled():
                raise Cancelled()
            here = origin(url)
            if data is not None and here != home:
                raise BadAnswer(
                    tr("{host} redirects this request to another server ({target}): it was not sent there again, "
                       "as it carries data.").format(host=host_label(request.url), target=host_label(url))
                )
            self._count(url)
            hop = HttpRequest(
                url=url,
                method=method,
                data=data,
                headers=dict(request.headers) if here == home else {},
                authcfg=request.authcfg if request.authcfg and here == auth_origin else None,
                timeout=timeout,
                max_bytes=max_bytes,
                auth_origin=auth_origin,
                body_sink=request.body_sink,
            )
            if hop.body_sink is not None:
                hop.body_sink.reset()  # a redirect's own body is not the answer's
            response = self._send(hop, deadline, max_bytes, feedback)
            if response.status in (301, 302, 303, 307, 308) and response.header("location"):
                target = urljoin(url, response.header("location"))
                if _LOGIN_PATTERN.search(urlsplit(target).path + "?" + urlsplit(target).query):
                    raise AuthenticationRequired(
                        tr("{host} redirects to a login page: authentication is required.").format(host=host_label(url))
                    )
                if response.status == 303:
                    method, data = "GET", None
                url = target
                continue
            response.elapsed = time.monotonic() - started
            return response
        raise BadAnswer(tr("{host} redirects too many times.").format(host=host_label(url)))

    def _check_allowed(self, url: str):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise BadAnswer(tr("Only http and https addresses can be used."))
        if self.offline:
            raise ServiceUnreachable(tr("Offline mode: {host} was not contacted.").format(host=host_label(url)))
        hosts = allowed_hosts()
        if hosts is not None and (parts.hostname or "").lower() not in hosts:
            raise HostNotAllowed(tr("{host} is not an allowed host here.").format(host=host_label(url)))

    def _count(self, url: str):
        with Transport._count_lock:
            Transport.request_count += 1
        for listener in list(Transport.listeners):
            listener(redact_url(url))

    def _send(self, request: HttpRequest, deadline: float, max_bytes: int, feedback) -> HttpResponse:
        raise NotImplementedError

    @staticmethod
    def _timeout_error(request: HttpRequest) -> ServiceTimeout:
        return ServiceTimeout(
            tr("{host} did not answer within {seconds} seconds.").format(
                host=host_label(request.url), seconds=f"{request.timeout:g}"
            )
        )

    @staticmethod
    def _too_large_error(request: HttpRequest, max_bytes: int) -> ResponseTooLarge:
        return ResponseTooLarge(
            tr("The answer of {host} is larger than {size} MB and was refused.").format(
                host=host_label(request.url), size=max_bytes // (1024 * 1024)
            )
        )

    @staticmethod
    def _unreachable_error(request: HttpRequest, reason: str) -> ServiceUnreachable:
        return ServiceUnreachable(tr("Cannot reach {host}: {reason}.").format(host=host_label(request.url), reason=reason))
