"""Dates and times of the community content: the webinar series, upcoming
sessions, replays, and the agenda in date order.

Times in the content file are wall-clock times of its ``timezone``
(Europe/Paris): they become aware datetimes here, so the daylight-saving
offset of each date is the right one.
"""

import calendar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import List, Optional, Tuple

from ..i18n import tr
from .model import DAY, Content, FuzzyDate, Scenario, WebinarSeries, next_day

SERIES_HORIZON_MONTHS = 36


def zone(name: str):
    """The tzinfo of an IANA name, or None. zoneinfo first; python-dateutil
    (shipped with QGIS, with its own zone data) where the system has none."""
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(name)
    except Exception:  # noqa: BLE001 - ZoneInfoNotFoundError, ValueError, missing tzdata
        pass
    try:
        from dateutil import tz

        return tz.gettz(name)
    except Exception:  # noqa: BLE001 - any zoneinfo failure falls back to dateutil
        return None


def content_zone(content: Content):
    return zone(content.timezone) or zone("Europe/Paris")


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth (1..4, or -1: last) given weekday (Monday 0) of a month."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _months(start: date, count: int):
    year, month = start.year, start.month
    for _ in range(count):
        if year > date.max.year:  # never past what dates can hold
            return
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def series_dates(series: WebinarSeries, first: date, months: int = SERIES_HORIZON_MONTHS) -> List[date]:
    """The series' dates from ``first`` on, over ``months`` calendar months, exdates left out."""
    dates = []
    for year, month in _months(first, months):
        when = nth_weekday(year, month, series.weekday, series.nth)
        if when < first or (series.start and when < series.start) or (series.until and when > series.until):
            continue
        if any(ex.first_day <= when <= ex.last_day() for ex in series.exdates):
            continue
        dates.append(when)
    return dates


@dataclass(frozen=True)
class Session:
    """One webinar session, from the content file or from the series rule."""

    id: str
    title: str
    start: datetime  # aware, in the content's time zone
    end: datetime
    from_series: bool = False
    speakers: Tuple[str, ...] = ()
    registration_url: str = ""
    replay_url: str = ""
    description: str = ""
    scenario: Optional[Scenario] = None
    remote: bool = True
    series_title: str = ""  # the monthly series the session belongs to ("Le jeudi, adonnez-vous à la donnée !")
    page_url: str = ""  # the series' page


def _aware(day: date, clock: time, tzinfo) -> datetime:
    return datetime.combine(day, clock).replace(tzinfo=tzinfo)


def sessions(content: Content, first: date, months: int = SERIES_HORIZON_MONTHS) -> List[Session]:
    """Every session from ``first`` on: the file's webinars, and the series
    rule for each month the file says nothing about."""
    tzinfo = content_zone(content)
    series = content.series
    default_start, default_end = (series.start_time, series.end_time) if series else (time(11), time(12))
    found = []
    for webinar in content.webinars:
        start = _aware(webinar.date, webinar.start_time or default_start, tzinfo)
        end = _aware(webinar.date, webinar.end_time or default_end, tzinfo)
        found.append(Session(id=webinar.id, title=webinar.title, start=start, end=end, from_series=False, speakers=webinar.speakers,
                             registration_url=webinar.registration_url,
                             replay_url=webinar.replay_url, description=webinar.description, scenario=webinar.scenario))
    if series is not None:
        covered = {(w.date.year, w.date.month) for w in content.webinars}
        topic = series.default_topic or tr("Topic to be announced")
        for when in series_dates(series, first, months):
            if (when.year, when.month) in covered:
                continue
            found.append(Session(id=f"serie-{when.isoformat()}", title=topic, start=_aware(when, series.start_time, tzinfo),
                                 end=_aware(when, series.end_time, tzinfo), from_series=True, speakers=(),
                                 registration_url=series.registration_url,
                                 replay_url="", description=series.description, scenario=series.scenario, remote=series.remote,
                                 series_title=series.title,
                                 page_url=series.page_url))
    found = [s for s in found if s.start.date() >= first]
    return sorted(found, key=lambda s: (s.start, s.id))


def upcoming_sessions(content: Content, now: datetime, count: int = 5) -> List[Session]:
    """The next ``count`` sessions not over at ``now`` (a session in progress counts)."""
    local_now = now.astimezone(content_zone(content))
    first = date(local_now.year, local_now.month, 1)
    return [s for s in sessions(content, first) if s.end > now][:count]


def sessions_from(content: Content, first: date, count: int) -> List[Session]:
    return sessions(content, first)[:count]


def past_replays(content: Content, now: datetime) -> List[Session]:
    """Past webinars of the file that have a replay, most recent first."""
    past = [s for s in sessions(content, date.min, months=0) if s.replay_url and s.end <= now]
    return sorted(past, key=lambda s: s.start, reverse=True)


@dataclass(frozen=True)
class AgendaItem:
    id: str
    kind: str
    title: str
    date: FuzzyDate
    start: datetime  # aware; the first day at 00:00 for a day-long item
    end: datetime  # aware, exclusive
    timed: bool
    place: str = ""
    remote: Optional[bool] = None
    url: str = ""
    registration_url: str = ""
    description: str = ""
    end_date: Optional[FuzzyDate] = None
    replay_url: str = ""

    @property
    def precise(self) -> bool:
        return self.date.precision == DAY


def agenda(content: Content) -> List[AgendaItem]:
    """Every event and webinar of the file, in date order."""
    tzinfo = content_zone(content)
    items = []
    for event in content.events:
        last = (event.end_date or event.date).last_day()
        timed = event.start_time is not None
        if timed:
            start = _aware(event.date.first_day, event.start_time, tzinfo)
            end = _aware(last, event.end_time, tzinfo)
        else:
            start = _aware(event.date.first_day, time(0), tzinfo)
            end = _aware(next_day(last), time(0), tzinfo)
        items.append(AgendaItem(id=event.id, kind=event.kind, title=event.title, date=event.date, start=start, end=end, timed=timed,
                                place=event.place,
                                remote=event.remote, url=event.url, registration_url=event.registration_url,
                                description=event.description, end_date=event.end_date))
    for session in sessions(content, date.min, months=0):
        items.append(AgendaItem(id=session.id, kind="webinar", title=session.title, date=FuzzyDate(session.start.date()),
                                start=session.start,
                                end=session.end, timed=True, place="", remote=True, url="", registration_url=session.registration_url,
                                description=session.description,
                                replay_url=session.replay_url))
    # A precise date comes before a "sometime this month" of the same first day.
    return sorted(items, key=lambda i: (i.date.first_day, i.date.precision != DAY, i.start, i.end, i.id))


def next_index(items, now: datetime) -> Optional[int]:
    """Index of the first item not over at ``now`` (items in date order)."""
    for index, item in enumerate(items):
        if item.end > now:
            return index
    return None


def event_kind_label(kind: str) -> str:
    return {
        "thematic_day": tr("Thematic day"),
        "regional_meeting": tr("Regional meeting"),
        "territorial_day": tr("Territorial day"),
        "steering_meeting": tr("Steering meeting"),
        "national_event": tr("National event"),
        "webinar": tr("Webinar"),
    }.get(kind, kind)
