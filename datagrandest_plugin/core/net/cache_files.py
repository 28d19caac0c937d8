"""The files of the disk cache (``cache.DiskCache``): an entry is a JSON header line, then the body.

Each is written through a temporary file renamed into place (``atomic_write``), or as its body
arrives (``EntryWriter``: room kept for the header, filled in last); a body can be read back a
piece at a time (``FilePieces``). Temporary files a killed write left behind are removed by
``remove_orphans``.
"""

import hashlib
import json
import logging
import os
import tempfile
import threading
import time
from pathlib import Path

from ..i18n import tr

HEADER_END = b"\n"
_HEADER_MAX = 1 << 16  # a header line longer than this is not one of ours
TMP_SUFFIX = ".tmp"
ORPHAN_AGE = 600.0  # a temporary file this old belongs to no running write
LOG = logging.getLogger("datagrandest")
_unwritable = set()  # folders already reported as not writable
_unwritable_lock = threading.Lock()


def read_entry_file(path: Path):
    """(header line, body). Unbuffered: the body comes in one read that lets other threads run, where
    a buffered readline() then read() joins the rest in Python, holding the interpreter lock (20 ms
    for 29 MB: a stall of the GUI thread while a task reopens a large service)."""
    with path.open("rb", buffering=0) as stream:
        start = b""
        while HEADER_END not in start:
            piece = stream.read(4096)
            if not piece or len(start) > _HEADER_MAX:
                return b"", b""
            start += piece
        end = start.index(HEADER_END) + len(HEADER_END)
        stream.seek(end)
        return start[:end], stream.readall()


_HEADER_ROOM = 1024  # written before the body, the header filled in once the body is in (spaces pad it)
_READ_STEP = 64 * 1024


class FilePieces:
    """A body kept in a file, read back a piece at a time (re-iterable): what the capabilities reader
    parses without the body ever being held whole."""

    def __init__(self, stream, start: int, size: int):
        self._stream, self._start, self.size = stream, start, size
        self._lock = threading.Lock()  # one file position: one reader at a time

    def __iter__(self):
        offset, end = self._start, self._start + self.size
        while offset < end:
            with self._lock:
                self._stream.seek(offset)
                piece = self._stream.read(min(_READ_STEP, end - offset))
            if not piece:
                return
            offset += len(piece)
            yield piece

    def __len__(self):
        return self.size


class EntryWriter:
    """A cache entry written as its body arrives (``HttpRequest.body_sink``): a temporary file, room for
    the header, the body appended and hashed piece by piece, the header written last, then the file
    renamed into place (``commit``) or removed (``discard``). A folder that cannot be written (full,
    read-only) keeps the body in memory instead: the answer is still used."""

    def __init__(self, path: Path):
        self._path, self._tmp, self._stream = path, None, None
        self._pieces = None  # the body in memory, when the file could not be written
        self._digest, self.size = hashlib.sha256(), 0
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, self._tmp = tempfile.mkstemp(dir=path.parent, suffix=TMP_SUFFIX)
            # unbuffered: after a failed write the file holds exactly what ``size`` counts
            self._stream = os.fdopen(handle, "w+b", buffering=0)
            self._write_all(b" " * _HEADER_ROOM)
        except OSError as error:
            self._to_memory(error)

    def _write_all(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            view = view[self._stream.write(view) or 0:]

    def _to_memory(self, error: OSError):
        report_unwritable(self._path.parent, error)
        self._pieces = list(self.body()) if self._stream is not None and self.size else []
        self._close(remove=True)

    def reset(self):
        """Drop what was written (the body of a redirect)."""
        self._digest, self.size = hashlib.sha256(), 0
        if self._stream is not None:
            self._stream.truncate(_HEADER_ROOM)
            self._stream.seek(_HEADER_ROOM)
        elif self._pieces is not None:
            self._pieces = []

    def write(self, piece: bytes):
        self._digest.update(piece)
        if self._stream is not None:
            start = self._stream.tell()
            try:
                self._write_all(piece)
                self.size += len(piece)
                return
            except OSError as error:
                written = self._stream.tell() - start
                self.size += written
                piece = piece[written:]
                self._to_memory(error)
        self._pieces.append(piece)
        self.size += len(piece)

    def body(self):
        """What was written: a ``FilePieces`` over the file, or the pieces kept in memory."""
        if self._stream is None:
            return self._pieces
        return FilePieces(self._stream, _HEADER_ROOM, self.size)

    def commit(self, url: str, etag: str = "", last_modified: str = "", fetched_at=None) -> bool:
        """The entry in place; False (logged once) when it could not be written. ``body()`` then reads
        the entry (or, when it could not be put in place, the body in memory)."""
        meta = json.dumps({"url": url, "etag": etag, "last_modified": last_modified,
                           "fetched_at": time.time() if fetched_at is None else fetched_at, "size": self.size,
                           "sha256": self._digest.hexdigest()}).encode("utf-8")
        if self._stream is None:
            return atomic_write(self._path, [meta + HEADER_END] + list(self._pieces or []))
        try:
            if len(meta) >= _HEADER_ROOM:  # a very long address: the file written again, header first
                self._pieces = list(self.body())
                self._close(remove=True)
                return atomic_write(self._path, [meta + HEADER_END] + self._pieces)
            self._stream.seek(0)
            self._write_all(meta + b" " * (_HEADER_ROOM - len(meta) - 1) + HEADER_END)
            os.fsync(self._stream.fileno())
            self._stream.close()  # closed before the rename: Windows renames no open file
            os.replace(self._tmp, self._path)
            self._tmp = None
            self._stream = open(self._path, "rb")
            return True
        except OSError as error:
            report_unwritable(self._path.parent, error)
            try:
                with open(self._tmp, "rb") as stream:
                    self._pieces = list(FilePieces(stream, _HEADER_ROOM, self.size))
            except OSError:
                self._pieces = []
            self._stream = None
            self._close(remove=True)
            return False

    def discard(self):
        self._close(remove=True)
        self._pieces = None

    def _close(self, remove: bool):
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.close()
            except OSError:
                pass
        if remove and self._tmp is not None:
            try:
                os.unlink(self._tmp)
            except OSError:
                pass
            self._tmp = None


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
