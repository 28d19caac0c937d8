"""What the content file holds, once checked: plain dataclasses, no Qt."""

import calendar
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Optional, Tuple

DAY, MONTH, YEAR = "day", "month", "year"

EVENT_KINDS = ("thematic_day", "regional_meeting", "territorial_day", "steering_meeting", "national_event", "webinar")
GROUP_KINDS = ("project_group", "working_group")
LINK_KINDS = ("video", "document", "page")
# Keys of the dock panels a content entry or a scenario step may open.
PANEL_KEYS = ("services", "catalogue", "layers", "ocs", "pcrs", "favourites",
              "community", "webinars", "trainings", "groups", "agenda")
LAYER_KINDS = ("wms", "wmts", "wfs")
LAYER_SERVICES = ("ows", "wms", "wfs", "wmts")
# Dates of the content file (and of the command line) must fall in these years.
FIRST_YEAR, LAST_YEAR = 1990, 2100


def next_day(day: date) -> date:
    """The following day; the last date Python knows stays itself (never OverflowError)."""
    return day if day == date.max else day + timedelta(days=1)


@dataclass(frozen=True)
class FuzzyDate:
    """A day, or only a month or a year when the programme is not precise yet."""

    first_day: date
    precision: str = DAY  # day | month | year

    def last_day(self) -> date:
        if self.precision == DAY:
            return self.first_day
        year, month = self.first_day.year, self.first_day.month
        if self.precision == MONTH:  # computed within the month: valid up to 9999-12
            return date(year, month, calendar.monthrange(year, month)[1])
        return date(year, 12, 31)

    def iso(self) -> str:
        if self.precision == DAY:
            return self.first_day.isoformat()
        if self.precision == MONTH:
            return self.first_day.strftime("%Y-%m")
        return str(self.first_day.year)


@dataclass(frozen=True)
class Link:
    title: str
    url: str
    kind: str = "page"  # video | document | page


@dataclass(frozen=True)
class Contact:
    name: str
    role: str = ""
    organisation: str = ""
    email: str = ""
    url: str = ""


@dataclass(frozen=True)
class LayerRef:
    """A layer named by the content file: a full URL, or one of the plugin's endpoints."""

    kind: str
    name: str
    url: str = ""
    service: str = ""  # ows | wms | wfs | wmts: the endpoint of the plugin settings
    title: str = ""
    style: str = ""
    crs: str = ""
    format: str = ""
    tile_matrix_set: str = ""


@dataclass(frozen=True)
class ScenarioStep:
    action: str  # search | add_layer | zoom | open_panel
    text: str = ""  # search
    layer: Optional[LayerRef] = None  # add_layer
    bbox: Optional[Tuple[float, float, float, float]] = None  # zoom
    crs: str = ""  # zoom
    label: str = ""  # zoom: the territory's name
    panel: str = ""  # open_panel
    note: str = ""  # what the trainer says at this step


@dataclass(frozen=True)
class Scenario:
    title: str
    steps: Tuple[ScenarioStep, ...]
    description: str = ""


@dataclass(frozen=True)
class Webinar:
    id: str
    date: date
    title: str
    start_time: Optional[time] = None  # None: the series' times
    end_time: Optional[time] = None
    speakers: Tuple[str, ...] = ()
    registration_url: str = ""
    replay_url: str = ""
    description: str = ""
    scenario: Optional[Scenario] = None


@dataclass(frozen=True)
class WebinarSeries:
    title: str
    weekday: int  # Monday 0 … Sunday 6
    nth: int  # 1..4, or -1 for the last one of the month
    start_time: time
    end_time: time
    rule: str = ""
    default_topic: str = ""
    description: str = ""
    remote: bool = True
    registration_url: str = ""
    page_url: str = ""
    start: Optional[date] = None
    until: Optional[date] = None
    exdates: Tuple[FuzzyDate, ...] = ()
    proposed_topics: Tuple[str, ...] = ()
    scenario: Optional[Scenario] = None  # the demo trainers play at each session of the rule


@dataclass(frozen=True)
class Event:
    id: str
    kind: str
    date: FuzzyDate
    title: str
    end_date: Optional[FuzzyDate] = None
    start_time: Optional[time] = None
    end_time: Optional[time] = None
    place: str = ""
    remote: Optional[bool] = None  # None: not said yet
    url: str = ""
    registration_url: str = ""
    description: str = ""


@dataclass(frozen=True)
class Training:
    id: str
    title: str
    level: str = ""
    audience: str = ""
    topic: str = ""
    duration: str = ""
    format: str = ""
    description: str = ""
    links: Tuple[Link, ...] = ()
    plugin_panel: str = ""


@dataclass(frozen=True)
class Group:
    id: str
    kind: str
    title: str
    summary: str = ""
    page_url: str = ""
    contacts: Tuple[Contact, ...] = ()
    layers: Tuple[LayerRef, ...] = ()
    catalogue_query: str = ""
    plugin_panel: str = ""


@dataclass(frozen=True)
class Content:
    schema_version: str
    timezone: str = "Europe/Paris"
    updated: Optional[date] = None
    source: str = ""
    series: Optional[WebinarSeries] = None
    webinars: Tuple[Webinar, ...] = ()
    events: Tuple[Event, ...] = ()
    trainings: Tuple[Training, ...] = ()
    groups: Tuple[Group, ...] = ()

    def entry_count(self) -> int:
        return len(self.webinars) + len(self.events) + len(self.trainings) + len(self.groups)


@dataclass
class Problem:
    """One thing wrong in a content file, with where it is (``webinars[3].date``)."""

    path: str
    message: str

    def __str__(self):
        return f"{self.path} : {self.message}" if self.path else self.message


@dataclass
class ParsedContent:
    content: Content
    invalid: list = field(default_factory=list)  # Problems of entries left out
    unknown: list = field(default_factory=list)  # paths of fields this version does not know
    invalid_ids: dict = field(default_factory=dict)  # section -> ids of entries left out
