"""The .ics export parses back, with a real iCalendar parser, to the same events."""

from datetime import date, datetime, time, timezone

import icalendar

from datagrandest_plugin.core.community.ics import (
    MAX_OCTETS,
    CalendarEvent,
    agenda_calendar,
    calendar_text,
    escape_text,
    fold,
    session_event,
)
from datagrandest_plugin.core.community.model import Content, WebinarSeries
from datagrandest_plugin.core.community.schedule import agenda, content_zone, sessions
from datagrandest_plugin.core.community.source import bundled_content

PARIS = content_zone(Content("1.0"))


def events_of(text):
    calendar = icalendar.Calendar.from_ical(text)
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_lines_are_folded_at_75_octets_with_crlf_and_unfold_to_the_original():
    summary = "Réunion « données » ; à Châlons-en-Champagne, avec l’équipe ✓ " * 4
    text = calendar_text([CalendarEvent(uid="x@test", summary=summary, start=datetime(2022, 1, 1, 10, tzinfo=timezone.utc),
                                        end=datetime(2022, 1, 1, 11, tzinfo=timezone.utc))])
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    lines = text.split("\r\n")[:-1]
    assert max(len(line.encode("utf-8")) for line in lines) <= MAX_OCTETS
    assert any(line.startswith(" ") for line in lines), "the long summary must have been folded"
    unfolded = text.replace("\r\n ", "")
    assert f"SUMMARY:{escape_text(summary)}\r\n" in unfolded
    assert str(events_of(text)["x@test"]["SUMMARY"]) == summary


def test_folding_never_cuts_a_utf8_character():
    for prefix in range(0, 4):
        line = "DESCRIPTION:" + "a" * prefix + "é€😀" * 40
        folded = fold(line)
        for piece in folded.split("\r\n"):
            piece.encode("utf-8")  # each physical line is valid UTF-8 on its own
            assert len(piece.encode("utf-8")) <= MAX_OCTETS
        assert folded.replace("\r\n ", "") == line


def test_text_escaping():
    assert escape_text("a\\b;c,d\ne\r\nf") == "a\\\\b\\;c\\,d\\ne\\nf"


def test_webinars_across_daylight_saving_parse_back_to_the_same_times():
    content = Content("1.0", series=WebinarSeries(title="Le jeudi", weekday=3, nth=1, start_time=time(11), end_time=time(12),
                                                  default_topic="Sujet à définir"))
    found = sessions(content, date(2022, 1, 1), months=12)
    text = calendar_text([session_event(s) for s in found])
    parsed = events_of(text)
    assert len(parsed) == 12
    for session in found:
        event = parsed[f"{session.id}@plugin-qgis.datagrandest.fr"]
        start, end = event["DTSTART"].dt, event["DTEND"].dt
        assert start == session.start and end == session.end  # aware datetimes compare as instants
        assert start.astimezone(PARIS).time() == time(11)
        assert str(event["SUMMARY"]) == "DataGrandEst – Le jeudi: Sujet à définir"  # English: no translator here
        assert "DTSTAMP" in event


def test_the_bundled_agenda_parses_back_to_the_same_events():
    content = bundled_content()
    items = agenda(content)
    text, written, skipped = agenda_calendar(items, name="Agenda DataGrandEst")
    parsed = events_of(text)
    placeable = [i for i in items if i.date.precision != "year"]
    assert written == len(parsed) == len(placeable) and skipped == len(items) - len(placeable) == 1
    for item in placeable:
        event = parsed[f"{item.id}@plugin-qgis.datagrandest.fr"]
        start, end = event["DTSTART"].dt, event["DTEND"].dt
        if item.timed:
            assert (start, end) == (item.start, item.end)
        else:
            assert not isinstance(start, datetime), "day-long events are dates"
            assert (start, end) == (item.start.date(), item.end.date())
        assert str(event["SUMMARY"]).startswith(item.title)
        if item.place:
            assert str(event["LOCATION"]) == item.place
        if item.description:
            assert str(event["DESCRIPTION"]).startswith(item.description)
    rnit = parsed["national-2022-rnit@plugin-qgis.datagrandest.fr"]
    assert (rnit["DTSTART"].dt, rnit["DTEND"].dt) == (date(2022, 5, 12), date(2022, 5, 14))
    september = parsed["thematique-2022-mobilite@plugin-qgis.datagrandest.fr"]
    assert (september["DTSTART"].dt, september["DTEND"].dt) == (date(2022, 9, 1), date(2022, 10, 1))
    assert "(" in str(september["SUMMARY"])  # "(date to be confirmed)"
    copil = parsed["copil-2022@plugin-qgis.datagrandest.fr"]
    assert copil["DTSTART"].dt == datetime(2022, 4, 28, 8, 0, tzinfo=timezone.utc)  # 10:00 in Paris, summer time
    replay = parsed["webinaire-2022-01@plugin-qgis.datagrandest.fr"]
    assert str(replay["URL"]).endswith("je-mappuie-sur-datagrandest-pour-ouvrir-mes-donnees")


def test_a_session_and_the_same_agenda_webinar_are_written_once():
    content = bundled_content()
    webinar_items = [i for i in agenda(content) if i.kind == "webinar"]
    text, written, _skipped = agenda_calendar(webinar_items, sessions(content, date(2022, 1, 1), months=9))
    uids = list(events_of(text))
    assert len(uids) == written == len(set(uids)) == 9  # 7 from the file, August and September from the series
