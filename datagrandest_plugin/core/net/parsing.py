"""Safe reading of remote XML and JSON: remote text is untrusted.

XML is safe by construction, not by a scan of the bytes: every parser here
loads no DTD, resolves no entity and reaches no network, and a document whose
parsed DTD declares entities (external entities pointing to local files,
expansion bombs) is refused, whatever its encoding (UTF-16) or what comes
before the DOCTYPE (a long comment). A DOCTYPE whose internal subset only
declares elements (MapServer WMS 1.1.1) is read. ``use_safe_default_parser``
sets the same parser as lxml's default for the calling thread, for OWSLib.
HTML login pages, OGC exception reports and broken documents each get their
own sentence.
"""

import json
import re
from urllib.parse import urlsplit

from lxml import etree

from ..errors import BadAnswer, cause_logged
from ..i18n import tr
from ..text import clean_text

_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html)", re.IGNORECASE)


SAFE_OPTIONS = dict(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False,
                    remove_blank_text=False)


def _parser():
    return etree.XMLParser(**SAFE_OPTIONS)


def use_safe_default_parser():
    """lxml's default parser (``etree.fromstring`` without a parser, as OWSLib calls it) made safe.

    lxml keeps the default parser per thread: call this in the thread that parses."""
    etree.set_default_parser(_parser())


def _entities_refused(what: str) -> BadAnswer:
    return BadAnswer(tr("{what} sent an XML document with entity declarations, refused for safety.").format(what=what))


def unreadable(error, what: str) -> BadAnswer:
    """The sentence for a document the parser stopped on (libxml2 stops on entity loops and bombs itself)."""
    if "entity" in str(error).lower():
        return _entities_refused(what)
    return BadAnswer(tr("{what} sent an unreadable XML document.").format(what=what))


def refuse_declared_entities(root, what: str):
    """Refuse a parsed document whose DTD (internal subset) declares entities."""
    if root is None:
        return
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.entities()):
        raise _entities_refused(what)


def check_answer(body, what: str = "") -> str:
    """Refuse empty answers and web pages before any XML or JSON parser runs (entities:
    ``refuse_declared_entities``). ``body``: bytes, or a list of them (an answer as it came).

    Returns ``what`` with its default, for the caller's own messages.
    """
    what = what or tr("The service")
    pieces = [body] if isinstance(body, (bytes, bytearray)) else body
    # not strip(): a copy of the whole body when it ends with a newline
    if not any(piece and not piece.isspace() for piece in pieces):
        raise BadAnswer(tr("{what} sent an empty answer.").format(what=what))
    head = b""
    for piece in pieces:
        head += piece[:4096 - len(head)]
        if len(head) >= 4096:
            break
    if _HTML_START.search(head):
        raise BadAnswer(tr("{what} answered with a web page instead of data.").format(what=what))
    return what


class StreamedEvents:
    """lxml's parse events of a document given as pieces (``bytes``, or a list of them: an answer as
    it came, never joined), parsed a bounded step at a time with the same safety settings as
    ``parse_xml``. ``between``, when set, is called after each step is parsed, before its events
    are handed out; ``root`` is the document's root element once they all are."""

    STEP = 16 * 1024

    def __init__(self, pieces, events, tag=None):
        self.pieces = [pieces] if isinstance(pieces, (bytes, bytearray)) else pieces
        self.parser = etree.XMLPullParser(events=events, tag=tag, **SAFE_OPTIONS)
        self.between = None
        self.root = None

    def __iter__(self):
        parser, step = self.parser, self.STEP
        for piece in self.pieces:
            for start in range(0, len(piece), step):
                parser.feed(piece[start:start + step] if len(piece) > step else piece)
                if self.between is not None:
                    self.between()
                yield from parser.read_events()
        self.root = parser.close()
        yield from parser.read_events()


def raise_if_exception_report(root, what: str):
    local = etree.QName(root).localname
    if local in ("ExceptionReport", "ServiceExceptionReport"):
        texts = [t for t in root.itertext() if t.strip()]
        raise BadAnswer(
            tr("{what} reported an error: {detail}").format(what=what, detail=clean_text(" ".join(texts)) or "?")
        )


def parse_xml(body: bytes, what: str = ""):
    """Parse an XML answer, or raise ``BadAnswer`` with a sentence."""
    what = check_answer(body, what)
    try:
        root = etree.fromstring(body, parser=_parser())
    except (etree.XMLSyntaxError, ValueError) as error:
        raise unreadable(error, what) from cause_logged(error)
    refuse_declared_entities(root, what)
    raise_if_exception_report(root, what)
    return root


def parse_json(body: bytes, what: str = ""):
    what = check_answer(body, what)
    try:
        return json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:  # RecursionError: hostile nesting depth
        raise BadAnswer(tr("{what} sent invalid JSON.").format(what=what)) from cause_logged(error)


def url_splits(url) -> bool:
    """True when urllib can take ``url`` apart: ``http://[::1`` or a port that is not a number cannot."""
    try:
        urlsplit(url).port  # noqa: B018 - .port raises for a port that is not a number
    except (ValueError, TypeError, AttributeError):
        return False
    return isinstance(url, str)


def is_web_url(url) -> bool:
    """An http(s) address with a host that urllib can take apart."""
    return isinstance(url, str) and url.startswith(("http://", "https://")) and url_splits(url) and \
        bool(urlsplit(url).hostname)
