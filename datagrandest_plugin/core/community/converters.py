"""The converters a content file is checked with, field by field: each takes ``(value, path)``
and gives the value, or raises ``Invalid`` naming the field and the broken rule."""

import re
from datetime import date, time

from ..errors import BadAnswer
from ..i18n import tr
from ..net.parsing import clean_text
from .model import (
    DAY,
    FIRST_YEAR,
    LAST_YEAR,
    MONTH,
    YEAR,
    FuzzyDate,
)

SUPPORTED_MAJOR = 1
MAX_ENTRIES = 1000
LINE_MAX = 300
TEXT_MAX = 5000
URL_MAX = 2000

IDENTIFIER = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
MARKUP = re.compile(r"<\s*[A-Za-z/!?]")
_LINE_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_TEXT_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_URL = re.compile(r"^https?://[^\s<>\"]+$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s<>\"]+@[^@\s<>\"]+\.[A-Za-z]{2,}$")
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_FUZZY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_CRS = re.compile(r"^EPSG:\d{4,6}$")
_VERSION = re.compile(r"^(\d+)\.(\d+)$")


class Invalid(ValueError):
    def __init__(self, path: str, message: str):
        super().__init__(message)
        self.path = path
        self.message = message


# -- converters: (value, path) -> value, or Invalid ---------------------------

def identifier(value, path, unknown=None):
    if not isinstance(value, str) or not IDENTIFIER.match(value):
        raise Invalid(path, tr("must be an identifier (lower-case letters, digits, dot, dash, underscore)"))
    return value


def _string(value, path, limit):
    if not isinstance(value, str):
        raise Invalid(path, tr("must be text"))
    if len(value) > limit:
        raise Invalid(path, tr("is longer than {limit} characters").format(limit=limit))
    if MARKUP.search(value):
        raise Invalid(path, tr("must be plain text, without HTML markup"))
    return value


def line(value, path, unknown=None):
    text = _string(value, path, LINE_MAX)
    if _LINE_CONTROL.search(text):
        raise Invalid(path, tr("must be one line of text"))
    if not text.strip():
        raise Invalid(path, tr("is empty"))
    return text.strip()


def paragraph(value, path, unknown=None):
    text = _string(value, path, TEXT_MAX)
    if _TEXT_CONTROL.search(text):
        raise Invalid(path, tr("contains control characters"))
    return text.strip()


def url(value, path, unknown=None):
    if not isinstance(value, str) or len(value) > URL_MAX or not _URL.match(value):
        raise Invalid(path, tr("must be an http or https address"))
    return value


def email(value, path, unknown=None):
    if not isinstance(value, str) or len(value) > LINE_MAX or not _EMAIL.match(value):
        raise Invalid(path, tr("must be an e-mail address"))
    return value


def boolean(value, path, unknown=None):
    if not isinstance(value, bool):
        raise Invalid(path, tr("must be true or false"))
    return value


def clock(value, path, unknown=None):
    match = _TIME.match(value) if isinstance(value, str) else None
    if not match:
        raise Invalid(path, tr("must be a time (HH:MM)"))
    return time(int(match.group(1)), int(match.group(2)))


def _in_range(value: date, path) -> date:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise Invalid(path, tr("must be a date between {first} and {last}").format(first=FIRST_YEAR, last=LAST_YEAR))
    return value


def day(value, path, unknown=None):
    match = _DAY.match(value) if isinstance(value, str) else None
    try:
        found = date(*(int(g) for g in match.groups()))
    except (AttributeError, ValueError):
        raise Invalid(path, tr("must be a date (YYYY-MM-DD)")) from None
    return _in_range(found, path)


def fuzzy_day(value, path, unknown=None):
    match = _FUZZY.match(value) if isinstance(value, str) else None
    try:
        year, month, dom = match.groups()
        precision = DAY if dom else MONTH if month else YEAR
        found = FuzzyDate(date(int(year), int(month or 1), int(dom or 1)), precision)
    except (AttributeError, ValueError):
        raise Invalid(path, tr("must be a date (YYYY, YYYY-MM or YYYY-MM-DD)")) from None
    _in_range(found.first_day, path)
    return found


def crs(value, path, unknown=None):
    if not isinstance(value, str) or not _CRS.match(value):
        raise Invalid(path, tr("must be a coordinate reference system such as EPSG:2154"))
    return value


def one_of(values):
    def convert(value, path, unknown=None):
        if value not in values:
            raise Invalid(path, tr("must be one of: {values}").format(values=", ".join(values)))
        return value

    return convert


def list_of(convert, limit=100):
    def convert_list(value, path, unknown=None):
        if not isinstance(value, list):
            raise Invalid(path, tr("must be a list"))
        if len(value) > limit:
            raise Invalid(path, tr("has more than {limit} items").format(limit=limit))
        return tuple(convert(item, f"{path}[{index}]", unknown) for index, item in enumerate(value))

    return convert_list


def check_object(value, fields, path, unknown):
    """``fields``: name -> (converter, required). Returns the converted fields present."""
    if not isinstance(value, dict):
        raise Invalid(path, tr("must be an object"))
    out = {}
    for name, (convert, required) in fields.items():
        where = f"{path}.{name}" if path else name
        if name not in value:
            if required:
                raise Invalid(where, tr("is missing"))
            continue
        out[name] = convert(value[name], where, unknown)
    names = (clean_text(name, 60) for name in value if name not in fields)
    unknown.extend(f"{path}.{name}" if path else name for name in names)
    return out


def nested(fields, build, check=None):
    """A converter for an object inside an entry (a link, a contact, a layer)."""

    def convert(value, path, unknown=None):
        values = check_object(value, fields, path, [] if unknown is None else unknown)
        if check:
            check(values, path)
        return build(**values)

    return convert


def check_version(data, what=""):
    what = what or tr("The content file")
    version = data.get("schema_version")
    match = _VERSION.match(version) if isinstance(version, str) else None
    if not match:
        raise BadAnswer(tr("{what} has no valid schema_version.").format(what=what))
    if int(match.group(1)) != SUPPORTED_MAJOR:
        raise BadAnswer(
            tr("{what} uses format {version}, which this version of the plugin cannot read: "
               "update the plugin.").format(what=what, version=version[:10])
        )
    return version
