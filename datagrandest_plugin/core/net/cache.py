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
import logging
import os
import tempfile
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Optional

from ..errors import AuthenticationRequired, Cancelled, DgeError
from ..i18n import tr
from .transport import HttpRequest, Transport, check_status

_HEADER_END = b"\n"
_HEADER_MAX = 1 << 16  # a header line longer than this is not one of ours
TMP_SUFFIX = ".tmp"
ORPHAN_AGE = 600.0  # a temporary file this old belongs to no running write
LOG = logging.getLogger("datagrandest")
_unwritable = set()  # folders already reported as not writable
_unwritable_lock = threading.Lock()


def _read_entry_file(path: Path):
    """(header line, body). Unbuffered: the body comes in one read that lets other threads run, where
    a buffered readline() then read() joins the rest in Python, holding the interpreter lock (20 ms
    for 29 MB: a stall of the GUI thread while a task reopens a large service)."""
    with path.open("rb", buffering=0) as stream:
        start = b""
        while _HEADER_END not in start:
            piece = stream.read(4096)
            if not piece or len(start) > _HEADER_MAX:
                return b"", b""
            start += piece
        end = start.index(_HEADER_END) + len(_HEADER_END)
        stream.seek(end)
        return start[:end], stream.readall()


def report_unwritable(directory, error: OSError) -> None:
    """Log once per folder (per session) that the cache could not be written."""
    key = str(directory)
    with _unwritable_lock:
        if key in _unwritable:
            return
        _unwritable.add(key)
    LOG.warning(tr("The cache folder {folder} cannot be written ({reason}): answers are used without being kept.")
                .format(folder=key, reason=error.strerror or type(error).__name__))


def atomic_write(path: Path, data) -> bool:
    """Write ``data`` (bytes, or a list of bytes written one after the other) to ``path`` through a
    temporary file and a rename; False (logged once) on failure."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, tmp = tempfile.mkstemp(dir=path.parent, suffix=TMP_SUFFIX)
        with os.fdopen(handle, "wb") as stream:
            # piece by piece, never joined: a join of 20 MB holds the interpreter (so QGIS's GUI thread)
            for chunk in ([data] if isinstance(data, (bytes, bytearray, memoryview)) else data):
                stream.write(chunk)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(tmp, path)
        return True
    except OSError as error:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        report_unwritable(path.parent, error)
        return False
    except BaseException:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        raise


def remove_orphans(directory, min_age: float = ORPHAN_AGE, feedback=None) -> int:
    """Delete the temporary files older than ``min_age`` seconds; returns how many. Entries
    (``.cache``) and what is not a plain file are never touched; ``feedback.isCanceled()``
    stops the walk between two files."""
    count = 0
    now = time.time()
    try:
        with os.scandir(directory) as found:
            for item in found:
                if feedback is not None and feedback.isCanceled():
                    break
                if not item.name.endswith(TMP_SUFFIX):
                    continue
                try:
                    if item.is_file(follow_symlinks=False) and now - item.stat(follow_symlinks=False).st_mtime >= min_age:
                        os.unlink(item.path)
                        count += 1
                except OSError:
                    pass
    except OSError:
        pass
    return count


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
            header, body = _read_entry_file(path)
            if not header.endswith(_HEADER_END):
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
        """Store an entry; False (logged once) when the folder cannot be written. ``body``: bytes, or a
        list of bytes (a parsed tree's lines) stored as their concatenation without joining them."""
        chunks = [body] if isinstance(body, (bytes, bytearray, memoryview)) else list(body)
        digest = hashlib.sha256()
        for chunk in chunks:
            digest.update(chunk)
        meta = {
            "url": url,
            "etag": etag,
            "last_modified": last_modified,
            "fetched_at": time.time() if fetched_at is None else fetched_at,
            "size": sum(len(chunk) for chunk in chunks),
            "sha256": digest.hexdigest(),
        }
        return atomic_write(self._path(key), [json.dumps(meta).encode("utf-8") + _HEADER_END] + chunks)

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
    conditional = replace(request, headers=headers)
    try:
        response = transport.fetch(conditional, feedback)
        if response.status == 304 and entry is not None:
            cache.touch(key, entry)
            return CachedResult(entry.body, from_cache=True, fetched_at=time.time())
        check_status(response)
        body = response.pieces if as_pieces else response.content
        etag, last_modified = response.header("etag"), response.header("last-modified")
        response = None  # the body is held once, by ``body``
        validate(body)
    except Cancelled:
        raise
    except DgeError as error:
        if entry is None or isinstance(error, AuthenticationRequired):
            raise
        return CachedResult(entry.body, from_cache=True, stale=True, error=error, fetched_at=entry.fetched_at)
    cache.write(key, body, request.full_url(), etag, last_modified)
    return CachedResult(body, from_cache=False, fetched_at=time.time())
