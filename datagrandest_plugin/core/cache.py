"""Disk cache of downloaded documents, with revalidation.

Rules the historical plugin broke and this one keeps:
- an entry is replaced only by an answer that succeeded *and* was accepted by
  its validator (parsed); the write is atomic (temporary file, then rename);
- the last good copy is always kept, and served, marked, when the network fails;
- revalidation uses ETag / Last-Modified, so an unchanged document is not
  downloaded again.
"""

import hashlib
import json
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from .errors import AuthenticationRequired, Cancelled, DgeError
from .transport import HttpRequest, Transport, check_status

_HEADER_END = b"\n"


@dataclass
class CacheEntry:
    body: bytes
    url: str
    etag: str
    last_modified: str
    fetched_at: float

    def age(self) -> float:
        return max(0.0, time.time() - self.fetched_at)


@dataclass
class CachedResult:
    body: bytes
    from_cache: bool
    stale: bool = False  # served from cache because the network failed
    error: Optional[DgeError] = None  # why the cached copy was served
    fetched_at: float = 0.0


class DiskCache:
    """One file per key: a JSON header line, then the body."""

    def __init__(self, directory):
        self.directory = Path(directory)

    def _path(self, key: str) -> Path:
        return self.directory / (hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + ".cache")

    def read(self, key: str) -> Optional[CacheEntry]:
        path = self._path(key)
        try:
            raw = path.read_bytes()
            header, _, body = raw.partition(_HEADER_END)
            meta = json.loads(header.decode("utf-8"))
            if meta.get("size") != len(body):
                return None  # an incomplete file is never served
            return CacheEntry(body, meta["url"], meta.get("etag", ""), meta.get("last_modified", ""), meta["fetched_at"])
        except (OSError, ValueError, KeyError):
            return None

    def write(self, key: str, body: bytes, url: str, etag: str = "", last_modified: str = "", fetched_at=None):
        self.directory.mkdir(parents=True, exist_ok=True)
        meta = {
            "url": url,
            "etag": etag,
            "last_modified": last_modified,
            "fetched_at": time.time() if fetched_at is None else fetched_at,
            "size": len(body),
        }
        handle, tmp = tempfile.mkstemp(dir=self.directory, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(json.dumps(meta).encode("utf-8") + _HEADER_END + body)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(tmp, self._path(key))
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise

    def touch(self, key: str, entry: CacheEntry):
        self.write(key, entry.body, entry.url, entry.etag, entry.last_modified)

    def clear(self) -> int:
        count = 0
        if self.directory.is_dir():
            for path in self.directory.glob("*.cache"):
                path.unlink()
                count += 1
        return count


def fetch_cached(
    transport: Transport,
    cache: DiskCache,
    request: HttpRequest,
    max_age: float,
    validate: Callable[[bytes], object] = lambda body: None,
    key: Optional[str] = None,
    feedback=None,
    force: bool = False,
) -> CachedResult:
    """Fresh cache, else a conditional request; on any failure the last good copy.

    ``validate`` raises a ``DgeError`` for a body that must not replace the
    cached one (HTML login page, broken XML, ...).
    """
    key = key or request.full_url()
    entry = cache.read(key)
    if entry is not None and not force and entry.age() < max_age:
        return CachedResult(entry.body, from_cache=True, fetched_at=entry.fetched_at)
    headers = dict(request.headers)
    if entry is not None:
        if entry.etag:
            headers["If-None-Match"] = entry.etag
        if entry.last_modified:
            headers["If-Modified-Since"] = entry.last_modified
    conditional = HttpRequest(request.url, request.params, request.method, request.data, headers, request.authcfg, request.timeout)
    try:
        response = transport.fetch(conditional, feedback)
        if response.status == 304 and entry is not None:
            cache.touch(key, entry)
            return CachedResult(entry.body, from_cache=True, fetched_at=time.time())
        check_status(response)
        validate(response.content)
    except Cancelled:
        raise
    except DgeError as error:
        if entry is None or isinstance(error, AuthenticationRequired):
            raise
        return CachedResult(entry.body, from_cache=True, stale=True, error=error, fetched_at=entry.fetched_at)
    cache.write(key, response.content, request.full_url(), response.header("etag"), response.header("last-modified"))
    return CachedResult(response.content, from_cache=False, fetched_at=time.time())
