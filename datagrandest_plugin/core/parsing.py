"""Safe reading of remote XML and JSON: remote text is untrusted.

XML: no DTD loading, no entity resolution, no network, and any document that
declares entities is refused before lxml sees it (external entities pointing
to local files, entity-expansion bombs). HTML login pages, OGC exception
reports and broken documents each get their own sentence.
"""

import json
import re
from urllib.parse import urlsplit

from lxml import etree

from .errors import BadAnswer
from .i18n import tr
from .text import clean_text  # noqa: F401 - part of this module's interface

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html)", re.IGNORECASE)


def _parser():
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
    )


def check_xml_document(body: bytes, what: str = "") -> str:
    """Refuse empty answers, web pages and entity declarations before any parser runs.

    Returns ``what`` with its default, for the caller's own messages.
    """
    what = what or tr("The service")
    if not body or not body.strip():
        raise BadAnswer(tr("{what} sent an empty answer.").format(what=what))
    head = body[:4096]
    if _HTML_START.search(head):
        raise BadAnswer(tr("{what} answered with a web page instead of data.").format(what=what))
    if _ENTITY_DECL.search(head) or (b"<!DOCTYPE" in head and b"[" in head.split(b"<!DOCTYPE", 1)[1][:2048]):
        raise BadAnswer(tr("{what} sent an XML document with entity declarations, refused for safety.").format(what=what))
    return what


def safe_iterparse(source, events, tag=None):
    """``lxml.etree.iterparse`` with the same safety settings as ``parse_xml``."""
    return etree.iterparse(source, events=events, tag=tag, resolve_entities=False, no_network=True, load_dtd=False,
                           dtd_validation=False, huge_tree=False, remove_blank_text=False)


def raise_if_exception_report(root, what: str):
    local = etree.QName(root).localname
    if local in ("ExceptionReport", "ServiceExceptionReport"):
        texts = [t for t in root.itertext() if t.strip()]
        raise BadAnswer(
            tr("{what} reported an error: {detail}").format(what=what, detail=clean_text(" ".join(texts)) or "?")
        )


def parse_xml(body: bytes, what: str = ""):
    """Parse an XML answer, or raise ``BadAnswer`` with a sentence."""
    what = check_xml_document(body, what)
    try:
        root = etree.fromstring(body, parser=_parser())
    except (etree.XMLSyntaxError, ValueError):
        raise BadAnswer(tr("{what} sent an unreadable XML document.").format(what=what)) from None
    raise_if_exception_report(root, what)
    return root


def parse_json(body: bytes, what: str = ""):
    what = what or tr("The service")
    if not body or not body.strip():
        raise BadAnswer(tr("{what} sent an empty answer.").format(what=what))
    if _HTML_START.search(body[:4096]):
        raise BadAnswer(tr("{what} answered with a web page instead of data.").format(what=what))
    try:
        return json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: hostile nesting depth
        raise BadAnswer(tr("{what} sent invalid JSON.").format(what=what)) from None


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
