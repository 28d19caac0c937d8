"""Small helpers to walk OGC XML elements by local name (namespaces vary between versions and servers)."""

from ..text import clean_text

XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_LOCAL_NAMES = {}


def local(element) -> str:
    tag = element.tag
    try:
        return _LOCAL_NAMES[tag]
    except KeyError:
        name = tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""  # comments have a function as tag
        if isinstance(tag, str) and len(_LOCAL_NAMES) < 1000:
            _LOCAL_NAMES[tag] = name
        return name


def text(element, limit: int = 0) -> str:
    value = " ".join((element.text or "").split())
    return clean_text(value, limit) if limit else value


def child_text(element, name: str) -> str:
    for child in element:
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
