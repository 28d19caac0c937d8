"""Disk cache of downloaded documents, with revalidation.

Rules the historical plugin broke and this one keeps:
- an entry is replaced only by an answer that succeeded *and* was accepted by
  its validator (parsed); the write is atomic (temporary file, then rename);
- the last good copy is always kept, and served, marked, when the network fails;
- revalidation uses ETag / Last-Modified, so an unchanged document is not
  downloaded again;
- the cache never costs an answer: a folder that cannot be written (full,
  read-only, missing) is logged once and the fresh answer is used; an entry
  whose checksum does not match is ignored (refetched), never served;
  temporary files a killed write left behind are removed at start and by
  ``clear``.
"""

import hashlib
import json
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Optional

from ..errors import AuthenticationRequired, Cancelled, DgeError
from ..i18n import tr
from .cache_files import HEADER_END, LOG, ORPHAN_AGE, EntryWriter, read_entry_file, remove_orphans
from .transport import HttpRequest, Transport, check_status

# a line at a time, the parsed tree's write held QGIS's GUI thread 20-40 ms (the GIL handed back and
# forth at each small write); batches of this size are written instead
_WRITE_BATCH = 64 * 1024


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
    body: bytes  # or, when asked for (fetch_cached's as_pieces) and fresh, the pieces the answer came in
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
            header, body = read_entry_file(path)
            if not header.endswith(HEADER_END):
                return None
            meta = json.loads(header.decode("utf-8"))
            if meta.get("size") != len(body):
                return None  # an incomplete file is never served
            # files of versions before the checksum were written whole (rename) and checked by size
            if "sha256" in meta and meta["sha256"] != hashlib.sha256(body).hexdigest():
                LOG.warning(tr("A damaged cached copy of {url} was ignored; it is downloaded again.").format(
                    url=meta.get("url", "")))
                return None
            return CacheEntry(body=body, url=meta["url"], etag=meta.get("etag", ""), last_modified=meta.get("last_modified", ""),
                              fetched_at=meta["fetched_at"])
        except (OSError, ValueError, KeyError):
            return None

    def write(self, key: str, body, url: str, etag: str = "", last_modified: str = "", fetched_at=None) -> bool:
        """Store an entry; False (logged once) when the folder cannot be written. ``body``: bytes, or an
        iterable of bytes (a parsed tree's lines, made one at a time) stored as their concatenation
        without joining them or holding them all."""
        writer = self.writer(key)
        batch, size = [], 0
        for chunk in [body] if isinstance(body, (bytes, bytearray, memoryview)) else body:
            batch.append(chunk)
            size += len(chunk)
            if size >= _WRITE_BATCH:  # a parsed tree's lines, a few hundred bytes each: written 64 KB at a time
                writer.write(b"".join(batch))
                batch, size = [], 0
        if batch:
            writer.write(b"".join(batch))
        try:
            return writer.commit(url, etag, last_modified, fetched_at)
        finally:
            writer.discard()

    def writer(self, key: str) -> EntryWriter:
        """An entry to be written as its body arrives (see ``EntryWriter``)."""
        return EntryWriter(self._path(key))

    def touch(self, key: str, entry: CacheEntry) -> bool:
        return self.write(key, entry.body, entry.url, entry.etag, entry.last_modified)

    def remove_orphans(self, min_age: float = ORPHAN_AGE) -> int:
        """Temporary files left by a write that was killed (older than ``min_age`` seconds)."""
        return remove_orphans(self.directory, min_age)

    def clear(self) -> int:
        """Delete every cached answer and leftover temporary file; returns how many answers."""
        count = 0
        if self.directory.is_dir():
            for path in self.directory.glob("*.cache"):
                try:
                    path.unlink()
                    count += 1
                except FileNotFoundError:
                    pass
            remove_orphans(self.directory, min_age=0.0)
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
    as_pieces: bool = False,
) -> CachedResult:
    """Fresh cache, else a conditional request; on any failure the last good copy.

    ``validate`` raises a ``DgeError`` for a body that must not replace the
    cached one (HTML login page, broken XML, ...). ``as_pieces``: a fresh answer is given to
    ``validate`` and returned as the pieces it came in, never joined (for a reader of pieces).
    """
    key = key or request.full_url()
    if force:
        Transport.forget_failures(request.full_url())  # asked for again: contact it even if it just failed
    entry = cache.read(key)
    if entry is not None and not force and entry.age() < max_age:
        return CachedResult(entry.body, from_cache=True, fetched_at=entry.fetched_at)
    headers = dict(request.headers)
    if entry is not None:
        if entry.etag:
            headers["If-None-Match"] = entry.etag
        if entry.last_modified:
            headers["If-Modified-Since"] = entry.last_modified
    # as_pieces: the body goes to the entry's file as it arrives, and is read back from it
    writer = cache.writer(key) if as_pieces else None
    conditional = replace(request, headers=headers, body_sink=writer)
    try:
        response = transport.fetch(conditional, feedback)
        if response.status == 304 and entry is not None:
            if writer is not None:
                writer.discard()
            cache.touch(key, entry)
            return CachedResult(entry.body, from_cache=True, fetched_at=time.time())
        check_status(response)
        etag, last_modified = response.header("etag"), response.header("last-modified")
        if writer is not None:
            for piece in response.pieces:  # what a transport kept anyway
                writer.write(piece)
            body = writer.body()
        else:
            body = response.content
        response = None  # the body is held once, by ``body``
        validate(body)
    except BaseException as error:
        if writer is not None:
            writer.discard()  # the entry in place, if any, stays as it was
        if isinstance(error, Cancelled) or not isinstance(error, DgeError):
            raise
        if entry is None or isinstance(error, AuthenticationRequired):
            raise
        return CachedResult(entry.body, from_cache=True, stale=True, error=error, fetched_at=entry.fetched_at)
    if writer is not None:
        writer.commit(request.full_url(), etag, last_modified)
        body = writer.body()  # the entry now, or the body in memory when it could not be kept
    else:
        cache.write(key, body, request.full_url(), etag, last_modified)
    return CachedResult(body, from_cache=False, fetched_at=time.time())
