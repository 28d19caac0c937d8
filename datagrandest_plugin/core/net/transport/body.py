"""The body of an answer, decoded as it arrives and bounded in memory.

Both transports ask for gzip/deflate themselves and inflate here, a bounded
piece at a time, so a small compressed answer that inflates to gigabytes (a
"gzip bomb") is refused at the size limit without ever being held: the
inflated size is checked before more is inflated.
"""

import threading
import zlib

from ...errors import cause_logged

ACCEPT_ENCODING = "gzip, deflate"
_STEP = 1024 * 1024


class BodyTooLarge(Exception):
    """The decoded body passed the size limit."""


class BodyCorrupt(Exception):
    """The compressed body cannot be inflated."""


class Body:
    """Kept as the pieces received, and handed over so (``take``): never joined here. A reader of
    pieces (the capabilities reader) needs no copy; ``HttpResponse.content`` joins them for the
    others, in the thread that asked for the answer, not in the GUI thread that receives it
    (a join of 29 MB, its page faults, took 21 ms)."""

    def __init__(self, content_encoding: str, max_bytes: int):
        encoding = (content_encoding or "").strip().lower()
        self.max_bytes = max_bytes
        self.pieces = []
        self.size = 0  # all received, drained or not: the limit is on the whole body
        self.drained = 0  # of which handed to the waiting thread by ``drain``
        self._lock = threading.Lock()  # fed by one thread, drained by another
        self._raw_deflate_tried = False
        if encoding in ("gzip", "x-gzip"):
            self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._inflater = zlib.decompressobj(zlib.MAX_WBITS)
        else:
            self._inflater = None

    def feed(self, chunk: bytes) -> None:
        """Add bytes as received; raises BodyTooLarge or BodyCorrupt."""
        if self._inflater is None:
            self._add(chunk)
            return
        pending = chunk
        while pending:
            room = min(self.max_bytes - self.size + 1, _STEP)  # a piece, never a second copy of it all
            try:
                self._add(self._inflater.decompress(pending, room))
            except zlib.error as error:
                if self._raw_deflate_tried or self.size:
                    raise BodyCorrupt() from cause_logged(error)
                # "deflate" is sent raw by some servers (no zlib header)
                self._raw_deflate_tried = True
                self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                continue
            pending = self._inflater.unconsumed_tail

    def complete(self) -> None:
        """The last bytes are in (the compressed stream flushed); raises BodyTooLarge or BodyCorrupt."""
        if self._inflater is not None:
            try:
                self._add(self._inflater.flush())
            except zlib.error as error:
                raise BodyCorrupt() from cause_logged(error)
            self._inflater = None

    def take(self) -> list:
        """The pieces of the body, handed over once: not held twice."""
        with self._lock:
            pieces, self.pieces, self.size = self.pieces, [], 0
        return pieces

    def drain(self) -> list:
        """The pieces received since the last drain (called by the waiting thread while the rest
        arrives); the size received so far still counts against the limit."""
        with self._lock:
            pieces, self.pieces = self.pieces, []
            self.drained = self.size
        return pieces

    @property
    def waiting(self) -> int:
        """Bytes received and not drained yet."""
        return self.size - self.drained

    def _add(self, data: bytes):
        if data:
            with self._lock:
                self.size += len(data)
                if self.size > self.max_bytes:
                    self.pieces, self.size = [], 0
                    raise BodyTooLarge()
                self.pieces.append(data)
