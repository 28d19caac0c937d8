"""The body of an answer, decoded as it arrives and bounded in memory.

Both transports ask for gzip/deflate themselves and inflate here, a bounded
piece at a time, so a small compressed answer that inflates to gigabytes (a
"gzip bomb") is refused at the size limit without ever being held: the
inflated size is checked before more is inflated.
"""

import zlib

from ...errors import cause_logged

ACCEPT_ENCODING = "gzip, deflate"
_STEP = 1024 * 1024


class BodyTooLarge(Exception):
    """The decoded body passed the size limit."""


class BodyCorrupt(Exception):
    """The compressed body cannot be inflated."""


class Body:
    def __init__(self, content_encoding: str, max_bytes: int):
        encoding = (content_encoding or "").strip().lower()
        self.max_bytes = max_bytes
        self.data = bytearray()
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
            self.data.extend(chunk)
            self._check()
            return
        pending = chunk
        while pending:
            room = min(self.max_bytes - len(self.data) + 1, _STEP)  # a piece, never a second copy of it all
            try:
                self.data.extend(self._inflater.decompress(pending, room))
            except zlib.error as error:
                if self._raw_deflate_tried or self.data:
                    raise BodyCorrupt() from cause_logged(error)
                # "deflate" is sent raw by some servers (no zlib header)
                self._raw_deflate_tried = True
                self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                continue
            self._check()
            pending = self._inflater.unconsumed_tail

    def finish(self) -> bytes:
        if self._inflater is not None:
            try:
                self.data.extend(self._inflater.flush())
            except zlib.error as error:
                raise BodyCorrupt() from cause_logged(error)
            self._check()
        data, self.data = self.data, bytearray()  # the answer is handed over once: not held twice
        return bytes(data)

    def _check(self):
        if len(self.data) > self.max_bytes:
            self.data = bytearray()
            raise BodyTooLarge()
