"""iCalendar (RFC 5545) export of webinars and agenda events.

Timed events are written in UTC (``DTSTART:20220203T100000Z``), so every
calendar shows them at the right local time whatever the daylight-saving
offset; day-long events are ``VALUE=DATE``. TEXT values are escaped
(backslash, semicolon, comma, newline) and lines are folded at 75 octets
without cutting a UTF-8 character. Lines end with CRLF.
"""

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterable, List, Optional, Tuple

from ..i18n import tr
from .model import MONTH, YEAR
from .schedule import AgendaItem, Session, event_kind_label

PRODID = "-//DataGrandEst//Extension QGIS DataGrandEst//FR"
UID_DOMAIN = "plugin-qgis.datagrandest.fr"
MAX_OCTETS = 75


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    summary: str
    start: datetime  # aware
    end: datetime  # aware; exclusive day for a day-long event
    timed: bool = True
    location: str = ""
    description: str = ""
    url: str = ""
    category: str = ""


def escape_text(value: str) -> str:
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Split a content line into chunks of at most 75 octets (RFC 5545, 3.1)."""
    data = line.encode("utf-8")
    if len(data) <= MAX_OCTETS:
        return line
    chunks, start, limit = [], 0, MAX_OCTETS
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # never inside a UTF-8 sequence
            end -= 1
        chunks.append(data[start:end].decode("utf-8"))
        start, limit = end, MAX_OCTETS - 1  # continuation lines start with a space
    return "\r\n ".join(chunks)


def _utc(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def _event_lines(event: CalendarEvent, stamp: datetime) -> List[str]:
    lines = ["BEGIN:VEVENT", f"UID:{escape_text(event.uid)}", f"DTSTAMP:{_utc(stamp)}"]
    if event.timed:
        lines += [f"DTSTART:{_utc(event.start)}", f"DTEND:{_utc(event.end)}"]
    else:
        lines += [f"DTSTART;VALUE=DATE:{event.start.strftime('%Y%m%d')}",
                  f"DTEND;VALUE=DATE:{event.end.strftime('%Y%m%d')}", "TRANSP:TRANSPARENT"]
    lines.append(f"SUMMARY:{escape_text(event.summary)}")
    if event.location:
        lines.append(f"LOCATION:{escape_text(event.location)}")
    if event.description:
        lines.append(f"DESCRIPTION:{escape_text(event.description)}")
    if event.url:
        lines.append(f"URL:{event.url}")
    if event.category:
        lines.append(f"CATEGORIES:{escape_text(event.category)}")
    lines.append("END:VEVENT")
    return lines


def calendar_text(events: Iterable[CalendarEvent], name: str = "DataGrandEst", stamp: Optional[datetime] = None) -> str:
    stamp = stamp or datetime.now(timezone.utc)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{escape_text(name)}"]
    for event in events:
        lines += _event_lines(event, stamp)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def _details(description: str, links) -> str:
    lines = [description] if description else []
    return "\n".join(lines + [f"{label} : {url}" for label, url in links if url])


def session_summary(session: Session) -> str:
    """What a calendar shows of a webinar: who holds it, the series and the topic
    ("DataGrandEst – Le jeudi, adonnez-vous à la donnée ! : Sujet à définir")."""
    if session.series_title:
        return tr("DataGrandEst – {series}: {topic}").format(series=session.series_title, topic=session.title)
    return tr("DataGrandEst webinar: {topic}").format(topic=session.title)


def session_file_name(session: Session) -> str:
    """datagrandest-webinaire-2026-12-03.ics"""
    return tr("datagrandest-webinar-{date}.ics").format(date=session.start.date().isoformat())


def session_event(session: Session, page_url: str = "") -> CalendarEvent:
    """``page_url``: the link given when the session has none of its own (the portal)."""
    url = session.registration_url or session.replay_url or session.page_url or page_url
    links = [(tr("Registration"), session.registration_url), (tr("Replay"), session.replay_url),
             (tr("Page"), "" if url in (session.registration_url, session.replay_url) else url)]
    return CalendarEvent(
        uid=f"{session.id}@{UID_DOMAIN}", summary=session_summary(session), start=session.start, end=session.end,
        location=tr("Online") if session.remote else "", description=_details(session.description, links),
        url=url, category=tr("Webinar"),
    )


def agenda_event(item: AgendaItem) -> Optional[CalendarEvent]:
    """None for an item known only by its year: no calendar can place it."""
    if item.date.precision == YEAR or (item.end_date is not None and item.end_date.precision == YEAR):
        return None
    summary = item.title
    if item.date.precision == MONTH:
        summary = tr("{title} (date to be confirmed)").format(title=item.title)
    location = item.place or (tr("Online") if item.remote else "")
    links = [(tr("Registration"), item.registration_url), (tr("Replay"), item.replay_url), (tr("Page"), item.url)]
    return CalendarEvent(
        uid=f"{item.id}@{UID_DOMAIN}", summary=summary, start=item.start, end=item.end, timed=item.timed,
        location=location, description=_details(item.description, links), url=item.registration_url or item.url or item.replay_url,
        category=event_kind_label(item.kind),
    )


def agenda_calendar(items: Iterable[AgendaItem], sessions: Iterable[Session] = (), name: str = "DataGrandEst",
                    stamp: Optional[datetime] = None) -> Tuple[str, int, int]:
    """The .ics text of agenda items and sessions, how many events it holds, and how
    many items were left out because only their year is known."""
    events, skipped, seen = [], 0, set()
    for item in items:
        event = agenda_event(item)
        if event is None:
            skipped += 1
        elif event.uid not in seen:
            seen.add(event.uid)
            events.append(event)
    for session in sessions:
        event = session_event(session)
        if event.uid not in seen:
            seen.add(event.uid)
            events.append(event)
    events.sort(key=lambda e: (e.start, e.uid))
    return calendar_text(events, name, stamp), len(events), skipped
