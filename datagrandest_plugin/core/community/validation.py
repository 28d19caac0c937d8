"""Check a content file field by field, in plain Python.

``data/content.schema.json`` is the contract (and the tests check both agree);
jsonschema is not shipped with QGIS, so the plugin checks with the converters
of ``converters.py``. The rules:

- the file as a whole is refused (``BadAnswer``) when it is not JSON, not an
  object, of another major ``schema_version``, or when a section has the wrong
  type or too many entries;
- an entry that breaks a rule is left out and reported (its id is kept so the
  last good version of the same entry can stand in for it);
- a field this version does not know is ignored and reported;
- text is plain text: HTML markup makes the entry invalid, and links must be
  http(s) addresses.
"""

import re

from ..errors import BadAnswer
from ..i18n import tr
from ..net.parsing import clean_text, parse_json
from .converters import (
    IDENTIFIER,
    MARKUP,
    MAX_ENTRIES,
    Invalid,
    boolean,
    check_object,
    check_version,
    clock,
    crs,
    day,
    email,
    fuzzy_day,
    identifier,
    line,
    list_of,
    nested,
    one_of,
    paragraph,
    url,
)
from .model import (
    DAY,
    EVENT_KINDS,
    GROUP_KINDS,
    LAYER_KINDS,
    LAYER_SERVICES,
    LINK_KINDS,
    PANEL_KEYS,
    Contact,
    Content,
    Event,
    Group,
    LayerRef,
    Link,
    ParsedContent,
    Problem,
    Training,
    Webinar,
    WebinarSeries,
)

_RULE = re.compile(r"^FREQ=MONTHLY;BYDAY=(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)$")
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


# -- nested objects ------------------------------------------------------------

LINK_FIELDS = {"title": (line, True), "url": (url, True), "kind": (one_of(LINK_KINDS), False)}
CONTACT_FIELDS = {"name": (line, True), "role": (line, False), "organisation": (line, False),
                  "email": (email, False), "url": (url, False)}


def _name(value, path, unknown=None):
    name = line(value, path)
    if len(name) > 200 or re.search(r"\s", name):
        raise Invalid(path, tr("must be a layer name without spaces"))
    return name


LAYER_FIELDS = {"kind": (one_of(LAYER_KINDS), True), "name": (_name, True), "url": (url, False),
                "service": (one_of(LAYER_SERVICES), False), "title": (line, False), "style": (_name, False),
                "crs": (crs, False), "format": (one_of(("image/png", "image/jpeg")), False),
                "tile_matrix_set": (_name, False)}


def _layer_check(values, path):
    if "url" in values and "service" in values:
        raise Invalid(path, tr("gives both url and service: keep one"))
    if values.get("service") in ("wms", "wfs", "wmts") and values["service"] != values["kind"]:
        raise Invalid(f"{path}.service", tr("does not match the layer kind"))


link = nested(LINK_FIELDS, Link)
contact = nested(CONTACT_FIELDS, Contact)
layer = nested(LAYER_FIELDS, LayerRef, _layer_check)


def _scenario(value, path, unknown=None):
    from .scenario import read_scenario

    return read_scenario(value, path, unknown)


def _times(values, path):
    start, end = values.get("start_time"), values.get("end_time")
    if (start is None) != (end is None):
        raise Invalid(path, tr("needs both start_time and end_time"))
    if start is not None and end <= start:
        raise Invalid(f"{path}.end_time", tr("must be after start_time"))


# -- entries -------------------------------------------------------------------

WEBINAR_FIELDS = {
    "id": (identifier, True), "date": (day, True), "title": (line, True),
    "start_time": (clock, False), "end_time": (clock, False), "speakers": (list_of(line, 50), False),
    "registration_url": (url, False), "replay_url": (url, False), "description": (paragraph, False),
    "scenario": (_scenario, False),
}

EVENT_FIELDS = {
    "id": (identifier, True), "kind": (one_of(EVENT_KINDS), True), "date": (fuzzy_day, True),
    "title": (line, True), "end_date": (fuzzy_day, False), "start_time": (clock, False), "end_time": (clock, False),
    "place": (line, False), "remote": (boolean, False), "url": (url, False), "registration_url": (url, False),
    "description": (paragraph, False),
}

TRAINING_FIELDS = {
    "id": (identifier, True), "title": (line, True), "level": (line, False), "audience": (line, False),
    "topic": (line, False), "duration": (line, False), "format": (line, False), "description": (paragraph, False),
    "links": (list_of(link, 50), False), "plugin_panel": (one_of(PANEL_KEYS), False),
}

GROUP_FIELDS = {
    "id": (identifier, True), "kind": (one_of(GROUP_KINDS), True), "title": (line, True),
    "summary": (paragraph, False), "page_url": (url, False), "contacts": (list_of(contact, 50), False),
    "layers": (list_of(layer, 50), False), "catalogue_query": (line, False), "plugin_panel": (one_of(PANEL_KEYS), False),
}

SERIES_FIELDS = {
    "title": (line, True), "rule": (line, True), "start_time": (clock, True), "end_time": (clock, True),
    "default_topic": (line, False), "description": (paragraph, False), "remote": (boolean, False),
    "registration_url": (url, False), "page_url": (url, False), "start": (day, False), "until": (day, False),
    "exdates": (list_of(fuzzy_day, 100), False), "proposed_topics": (list_of(line, 100), False),
    "scenario": (_scenario, False),  # the demo of every session the rule announces
}

TOP_FIELDS = ("schema_version", "updated", "source", "timezone", "webinar_series",
              "webinars", "events", "trainings", "groups")


def _event_check(values, path):
    _times(values, path)
    end = values.get("end_date")
    if end is not None and end.last_day() < values["date"].first_day:
        raise Invalid(f"{path}.end_date", tr("must not be before date"))
    if values.get("start_time") is not None and values["date"].precision != DAY:
        raise Invalid(f"{path}.start_time", tr("needs a full date (YYYY-MM-DD)"))


def _series_build(values, path):
    match = _RULE.match(values["rule"])
    if not match:
        raise Invalid(f"{path}.rule", tr("must be a monthly rule such as FREQ=MONTHLY;BYDAY=1TH"))
    _times(values, path)
    if values.get("start") and values.get("until") and values["until"] < values["start"]:
        raise Invalid(f"{path}.until", tr("must not be before start"))
    values["nth"] = int(match.group(1))
    values["weekday"] = _WEEKDAYS.index(match.group(2))
    values.setdefault("remote", True)
    return WebinarSeries(**values)


def _entry_builders():
    return {
        "webinars": (WEBINAR_FIELDS, _times, Webinar),
        "events": (EVENT_FIELDS, _event_check, Event),
        "trainings": (TRAINING_FIELDS, None, Training),
        "groups": (GROUP_FIELDS, None, Group),
    }


def read_entry(value, section, index, unknown):
    """One entry of a section, converted; ``Invalid`` when it breaks a rule."""
    fields, check, build = _entry_builders()[section]
    path = f"{section}[{index}]"
    values = check_object(value, fields, path, unknown)
    if check:
        check(values, path)
    return build(**values)


def read_series(value, unknown):
    values = check_object(value, SERIES_FIELDS, "webinar_series", unknown)
    return _series_build(values, "webinar_series")


def _entry_id(value):
    ident = value.get("id") if isinstance(value, dict) else None
    return ident if isinstance(ident, str) and IDENTIFIER.match(ident) else None


def _label(value):
    title = value.get("title") if isinstance(value, dict) else None
    ident = _entry_id(value)
    return f" ({ident})" if ident else (f" ({clean_text(title, 40)})" if isinstance(title, str) and not MARKUP.search(title) else "")


def parse_content(body: bytes) -> ParsedContent:
    """Read a content file; the whole file is refused only for structural faults."""
    data = parse_json(body, tr("The content file"))
    return parse_content_data(data)


def parse_content_data(data) -> ParsedContent:
    if not isinstance(data, dict):
        raise BadAnswer(tr("The content file has an unexpected shape."))
    version = check_version(data)
    for section in ("webinars", "events", "trainings", "groups"):
        if section in data and not isinstance(data[section], list):
            raise BadAnswer(tr("The content file has an unexpected shape: “{section}” is not a list.").format(section=section))
        if len(data.get(section, ())) > MAX_ENTRIES:
            raise BadAnswer(tr("The content file has too many entries in “{section}”.").format(section=section))
    unknown = [name for name in data if name not in TOP_FIELDS]
    invalid, invalid_ids = [], {}
    header = {}
    for name, convert in (("updated", day), ("source", line), ("timezone", _timezone)):
        if name in data:
            try:
                header[name] = convert(data[name], name, unknown)
            except Invalid as error:
                invalid.append(Problem(error.path, error.message))
    series = None
    if "webinar_series" in data:
        found = []
        try:
            series = read_series(data["webinar_series"], found)
            unknown.extend(found)
        except Invalid as error:
            invalid.append(Problem(error.path, error.message))
            invalid_ids["webinar_series"] = {"webinar_series"}
    sections = {}
    for section in ("webinars", "events", "trainings", "groups"):
        entries, seen = [], set()
        for index, value in enumerate(data.get(section, [])):
            found = []
            try:
                entry = read_entry(value, section, index, found)
                if entry.id in seen:
                    raise Invalid(f"{section}[{index}].id", tr("is used by another entry"))
                seen.add(entry.id)
                entries.append(entry)
                unknown.extend(found)
            except Invalid as error:
                invalid.append(Problem(error.path.replace(f"{section}[{index}]", f"{section}[{index}]{_label(value)}", 1),
                                       error.message))
                ident = _entry_id(value)
                if ident:
                    invalid_ids.setdefault(section, set()).add(ident)
        sections[section] = tuple(entries)
    content = Content(schema_version=version, series=series, **header, **sections)
    return ParsedContent(content=content, invalid=invalid, unknown=unknown, invalid_ids=invalid_ids)


def _timezone(value, path, unknown=None):
    from .schedule import zone

    name = line(value, path)
    if zone(name) is None:
        raise Invalid(path, tr("is not a known time zone"))
    return name
