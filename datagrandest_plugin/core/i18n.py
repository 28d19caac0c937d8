"""Translation hook usable from core code (no widgets, works without QGIS).

Source strings are English. In QGIS, French comes from the translator the
plugin installs in Qt. The command line reads the compiled .qm file itself
(``use_catalogue``) so that a run needs no Qt at all: importing QGIS's Python
package costs about half a second, where ``--version`` or ``--help`` should
cost a bare Python start.
"""

import struct

CONTEXT = "DataGrandEst"

_catalogue = None  # source text -> translation, set by the command line; None: Qt's translators answer
_qt = []  # QCoreApplication.translate once looked up (None without Qt)


def tr(text: str) -> str:
    if _catalogue is not None:
        return _catalogue.get(text) or text
    if not _qt:
        try:
            from qgis.PyQt.QtCore import QCoreApplication
        except ImportError:  # pragma: no cover - plain Python without Qt
            _qt.append(None)
        else:
            _qt.append(QCoreApplication.translate)
    translate = _qt[0]
    return text if translate is None else translate(CONTEXT, text)


def use_catalogue(catalogue):
    """Translate with ``catalogue`` (a dict; ``{}``: English as written) instead of Qt's translators."""
    global _catalogue
    _catalogue = catalogue


# the .qm format (Qt's compiled translations): a magic number, then blocks (tag, length, bytes); the
# messages block is a run of fields (tag, then 32-bit length and bytes, or four bytes) ended by Tag_End
_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES_BLOCK = 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8


def read_qm(data: bytes, context: str = CONTEXT) -> dict:
    """{source text: first translation} of ``context`` in the .qm bytes ``data``; ValueError when they
    are not a .qm file (Qt's lookup by hash is not needed: every message is read once)."""
    if not data.startswith(_QM_MAGIC):
        raise ValueError("not a .qm file")
    out, at = {}, len(_QM_MAGIC)
    wanted = context.encode("utf-8")
    while at + 5 <= len(data):
        tag, length = data[at], struct.unpack_from(">I", data, at + 1)[0]
        at += 5
        if tag == _MESSAGES_BLOCK:
            _read_messages(data, at, at + length, wanted, out)
        at += length
    return out


def _read_messages(data: bytes, at: int, end: int, context: bytes, out: dict):
    length_at = struct.Struct(">I").unpack_from
    source = translation = message_context = None
    while at < end:
        tag = data[at]
        at += 1
        if tag == _END:
            if message_context == context and source is not None and translation:
                out.setdefault(source.decode("utf-8"), translation.decode("utf-16-be"))
            source = translation = message_context = None
        elif tag == _OBSOLETE1:
            at += 4
        elif tag in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT):
            length = length_at(data, at)[0]
            at += 4
            if length == 0xFFFFFFFF:  # a null string
                length = 0
            value = data[at:at + length]
            at += length
            if tag == _TRANSLATION:
                translation = value if translation is None else translation  # the first (plural forms follow)
            elif tag == _SOURCE:
                source = value
            elif tag == _CONTEXT:
                message_context = value
        else:
            raise ValueError(f"unknown .qm field {tag}")
