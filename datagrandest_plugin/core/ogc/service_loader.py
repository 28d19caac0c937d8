"""Capabilities of the DataGrandEst services, fetched through the cache, parsed once.

The capabilities document is revalidated (ETag / Last-Modified) by
``fetch_cached``; the tree parsed from it is kept beside it as JSON lines (one
per layer, each distinct CRS list once: smaller than the document), stamped
with the document's digest, so reopening reads that instead of the XML.
A failed download keeps serving the last good copy, marked as such.
"""

import io
import itertools
import time
import zlib
from dataclasses import dataclass
from typing import List, Optional

from ..net.cache import DiskCache, fetch_cached
from .capabilities import SERVICE_NAMES, parse_capabilities
from ..errors import Cancelled, DgeError
from .ows_urls import workspace_url
from .service_model import KINDS, ServiceDocument
from ..net.transport import HttpRequest

PARSED_VERSION = 4  # 4: JSON lines, CRS lists written once and shared


@dataclass
class Endpoint:
    kind: str  # wms | wfs | wmts
    url: str
    authcfg: str = ""

    @property
    def label(self) -> str:
        return SERVICE_NAMES[self.kind]

    def request(self) -> HttpRequest:
        params = {"SERVICE": SERVICE_NAMES[self.kind], "REQUEST": "GetCapabilities"}
        if self.kind == "wms":
            params["VERSION"] = "1.3.0"
        elif self.kind == "wmts":
            params["VERSION"] = "1.0.0"
        return HttpRequest(self.url, params, authcfg=self.authcfg or None)


@dataclass
class LoadedService:
    endpoint: Endpoint
    document: Optional[ServiceDocument] = None
    error: Optional[DgeError] = None  # why nothing (or only a stale copy) could be shown
    from_cache: bool = False
    stale: bool = False
    fetched_at: float = 0.0
    seconds: float = 0.0

    @property
    def layers(self):
        return self.document.layers if self.document else []


def endpoints(settings, kinds=KINDS, workspace: str = "") -> List[Endpoint]:
    """The global endpoints of each kind, or those of one workspace."""
    urls = {kind: settings.service_url(kind) for kind in ("wms", "wfs", "wmts")}
    out = []
    for kind in kinds:
        url = urls[kind]
        if workspace:
            url = workspace_url(settings.ows_url, workspace, "wmts" if kind == "wmts" else kind)
        out.append(Endpoint(kind=kind, url=url, authcfg=settings.authcfg_ows))
    return out


def _parsed_key(endpoint: Endpoint) -> str:
    return f"parsed-capabilities:v{PARSED_VERSION}:{endpoint.request().full_url()}"


def load_service(transport, cache: DiskCache, endpoint: Endpoint, max_age: float, force: bool = False,
                 feedback=None) -> LoadedService:
    """One endpoint's layers; raises ``DgeError`` only when there is no copy at all to show."""
    started = time.monotonic()
    request = endpoint.request()
    fresh = {}

    def validate(body):
        fresh["document"] = parse_capabilities(endpoint.kind, body, endpoint.url)

    result = fetch_cached(transport, cache, request, max_age, validate, feedback=feedback, force=force, as_pieces=True)
    digest = _digest(result.body)
    document = fresh.get("document") or _read_parsed(cache, endpoint, digest, result)
    if document is None:
        document = parse_capabilities(endpoint.kind, result.body, endpoint.url)
        fresh["document"] = document
    result.body = b""  # the largest thing held: let go before the parsed form is written
    if "document" in fresh:
        cache.write(_parsed_key(endpoint), itertools.chain([digest.encode("ascii") + b"\n"], document.to_lines()), endpoint.url)
    return LoadedService(endpoint=endpoint, document=document, error=result.error, from_cache=result.from_cache, stale=result.stale,
                         fetched_at=result.fetched_at,
                         seconds=time.monotonic() - started)


def _digest(body) -> str:
    """Identifies a capabilities document (bytes, or the pieces it came in): enough to tell a changed
    one, cheap on 10 MB."""
    size, crc = 0, 0
    for piece in [body] if isinstance(body, (bytes, bytearray)) else body:
        size, crc = size + len(piece), zlib.crc32(piece, crc)
    return f"{size}-{crc:08x}"


def _read_parsed(cache: DiskCache, endpoint: Endpoint, digest: str, result) -> Optional[ServiceDocument]:
    """The parsed form of the document ``result`` holds, when it is that document's. ``result``'s body
    is let go once the stamp matches: it is not parsed then, and not held while the tree is rebuilt."""
    entry = cache.read(_parsed_key(endpoint))
    if entry is None:
        return None
    lines = io.BytesIO(entry.body)  # read a line at a time; the body is shared, not copied
    entry = None
    if lines.readline() != digest.encode("ascii") + b"\n":
        return None
    result.body = b""
    try:
        return ServiceDocument.from_lines(lines)
    except (ValueError, KeyError, TypeError, IndexError, AttributeError):
        again = cache.read(endpoint.request().full_url())  # the document itself, to be parsed instead
        result.body = again.body if again is not None else b""
        return None


def load_services(transport, cache: DiskCache, endpoint_list, max_age: float, force: bool = False,
                  feedback=None) -> List[LoadedService]:
    """Every endpoint, one after the other; a failing one is reported, the others still load."""
    out = []
    for endpoint in endpoint_list:
        try:
            out.append(load_service(transport, cache, endpoint, max_age, force, feedback))
        except Cancelled:
            raise
        except DgeError as error:
            out.append(LoadedService(endpoint=endpoint, document=None, error=error))
    return out
