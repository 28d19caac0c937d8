"""Small helpers to walk OGC XML elements by local name (namespaces vary between versions and servers)."""

import sys

from ..text import clean_text

XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
LOCAL_NAMES = {}  # tag -> local name; ``LOCAL_NAMES.get(tag) or local(element)`` where speed counts


def local(element) -> str:
    tag = element.tag
    try:
        return LOCAL_NAMES[tag]
    except KeyError:
        # interned: the readers compare it with literals, which then match by identity
        name = sys.intern(tag.rsplit("}", 1)[-1]) if isinstance(tag, str) else ""  # comments have a function as tag
        if isinstance(tag, str) and len(LOCAL_NAMES) < 1000:
            LOCAL_NAMES[tag] = name
        return name


def text(element, limit: int = 0) -> str:
    return text_of(element.text, limit)


def text_of(value, limit: int = 0) -> str:
    """An element's text, its spaces collapsed, cut to ``limit`` (cleaned, see ``clean_text``) when
    given. Also for texts already read (lxml's ``itertext`` reads them without the elements)."""
    if not value:
        return ""
    printable = value.isprintable()  # False for any space but " ": then, or with spaces to trim, collapsed
    if not printable or "  " in value or value[0] == " " or value[-1] == " ":
        value = " ".join(value.split())
        printable = value.isprintable()
    if limit and (len(value) > limit or not printable):  # else clean_text would return it as is
        return clean_text(value, limit)
    return value


def child_text(element, name: str) -> str:
    for child in element[:]:  # a list: lxml's child iterator raises (and traces) StopIteration in C, each loop
        if local(child) == name:
            return text(child)
    return ""


def corner(element, name: str):
    try:
        values = [float(v) for v in child_text(element, name).split()]
    except ValueError:
        return None
    return values if len(values) == 2 else None


def free(element):
    """Drop an element already read, and the siblings read before it."""
    element.clear()
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]
