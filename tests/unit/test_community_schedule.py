"""The webinar series rule, upcoming sessions and the agenda, in Paris time."""

from datetime import date, datetime, time, timedelta, timezone

import pytest
from dateutil import rrule

from datagrandest_plugin.core.community.model import Content, FuzzyDate, Webinar, WebinarSeries
from datagrandest_plugin.core.community.schedule import (
    agenda,
    next_index,
    nth_weekday,
    past_replays,
    series_dates,
    sessions,
    upcoming_sessions,
)
from datagrandest_plugin.core.community.source import bundled_content
from datagrandest_plugin.core.community.validation import parse_content_data

SERIES = WebinarSeries("Le jeudi", weekday=3, nth=1, start_time=time(11), end_time=time(12),
                       rule="FREQ=MONTHLY;BYDAY=1TH", default_topic="Sujet à définir")


def last_sunday(year, month):
    return nth_weekday(year, month, 6, -1)


@pytest.mark.parametrize("first", [date(2022, 1, 1), date(2023, 2, 1), date(2024, 1, 1)])
def test_series_over_a_year_with_both_daylight_saving_changes(first):
    content = Content("1.0", series=SERIES)
    found = sessions(content, first, months=12)
    assert len(found) == 12
    # The dates: dateutil's own RFC 5545 engine is the reference.
    reference = list(rrule.rrule(rrule.MONTHLY, byweekday=rrule.TH(1), dtstart=first, count=12))
    assert [s.start.date() for s in found] == [r.date() for r in reference]
    spring = {year: last_sunday(year, 3) for year in (first.year, first.year + 1)}
    autumn = {year: last_sunday(year, 10) for year in (first.year, first.year + 1)}
    summer_seen = winter_seen = 0
    for session in found:
        day = session.start.date()
        assert session.start.weekday() == 3 and day.day <= 7
        assert (session.start.hour, session.start.minute, session.end.hour) == (11, 0, 12)
        summer = spring[day.year] < day < autumn[day.year]
        # 11:00 in Paris is 09:00 UTC in summer (UTC+2) and 10:00 UTC in winter (UTC+1)
        assert session.start.astimezone(timezone.utc).hour == (9 if summer else 10), session.start
        assert session.start.utcoffset() == timedelta(hours=2 if summer else 1)
        assert session.end - session.start == timedelta(hours=1)
        assert session.from_series and session.title == "Sujet à définir"
        summer_seen += summer
        winter_seen += not summer
    assert summer_seen and winter_seen, "the year must cross both changes"


def test_the_offset_changes_exactly_at_the_daylight_saving_switch():
    content = Content("1.0", series=WebinarSeries("x", weekday=6, nth=-1, start_time=time(11), end_time=time(12)))
    march, october = sessions(content, date(2022, 3, 1), months=1)[0], sessions(content, date(2022, 10, 1), months=1)[0]
    # Last Sundays: the switch days themselves; 11:00 is after the 02:00/03:00 switch.
    assert march.start.date() == date(2022, 3, 27) and march.start.utcoffset() == timedelta(hours=2)
    assert october.start.date() == date(2022, 10, 30) and october.start.utcoffset() == timedelta(hours=1)
    day_before = sessions(Content("1.0", series=WebinarSeries("x", weekday=5, nth=-1, start_time=time(11),
                                                              end_time=time(12))), date(2022, 3, 1), months=1)[0]
    assert day_before.start.date() == date(2022, 3, 26) and day_before.start.utcoffset() == timedelta(hours=1)


def test_nth_weekday_first_and_last():
    for year in (2022, 2023):
        for month in range(1, 13):
            first = nth_weekday(year, month, 3, 1)
            last = nth_weekday(year, month, 3, -1)
            assert first.weekday() == last.weekday() == 3
            assert first.day <= 7 and first.month == month
            assert last.month == month and (last + timedelta(days=7)).month != month


def test_the_content_file_wins_over_the_series_for_its_months():
    content = Content("1.0", series=SERIES, webinars=(
        Webinar(id="janvier", date=date(2022, 1, 13), title="Ouvrir mes données", replay_url="https://example.org/replay"),
        Webinar(id="fevrier", date=date(2022, 2, 3), title="Le plugin QGIS", start_time=time(14), end_time=time(15, 30)),
    ))
    found = sessions(content, date(2022, 1, 1), months=4)
    assert [(s.id, s.start.date()) for s in found] == [
        ("janvier", date(2022, 1, 13)),  # not the series' 6 January
        ("fevrier", date(2022, 2, 3)),
        ("serie-2022-03-03", date(2022, 3, 3)),
        ("serie-2022-04-07", date(2022, 4, 7)),
    ]
    assert found[0].start.time() == time(11)  # no times given: the series' times
    assert (found[1].start.time(), found[1].end.time()) == (time(14), time(15, 30))


def test_exdates_start_and_until_bound_the_series():
    series = WebinarSeries(title="x", weekday=3, nth=1, start_time=time(11), end_time=time(12), start=date(2022, 3, 1),
                           until=date(2022, 9, 30),
                           exdates=(FuzzyDate(date(2022, 8, 1), "month"), FuzzyDate(date(2022, 5, 5))))
    dates = series_dates(series, date(2022, 1, 1), months=12)
    assert dates == [date(2022, 3, 3), date(2022, 4, 7), date(2022, 6, 2), date(2022, 7, 7), date(2022, 9, 1)]


def test_upcoming_sessions_include_the_one_in_progress_and_respect_count():
    content = Content("1.0", series=SERIES)
    during = datetime(2022, 2, 3, 10, 30, tzinfo=timezone.utc)  # 11:30 in Paris
    upcoming = upcoming_sessions(content, during, 3)
    assert [s.start.date() for s in upcoming] == [date(2022, 2, 3), date(2022, 3, 3), date(2022, 4, 7)]
    after = datetime(2022, 2, 3, 11, 0, 1, tzinfo=timezone.utc)
    assert upcoming_sessions(content, after, 1)[0].start.date() == date(2022, 3, 3)


def test_bundled_content_upcoming_and_replays():
    content = bundled_content()
    now = datetime(2022, 1, 20, tzinfo=timezone.utc)
    upcoming = upcoming_sessions(content, now, 8)
    assert upcoming[0].title == "Tout connaître du plugin QGIS DataGrandEst"
    assert upcoming[0].scenario is not None and len(upcoming[0].scenario.steps) >= 4
    # after the file's last webinar (7 July), the series takes over
    assert [s.from_series for s in upcoming] == [False] * 6 + [True, True]
    assert [s.start.date() for s in upcoming[-2:]] == [date(2022, 8, 4), date(2022, 9, 1)]
    replays = past_replays(content, now)
    assert [r.id for r in replays] == ["webinaire-2022-01"]
    assert replays[0].replay_url.startswith("https://www.datagrandest.fr/portail/fr/ressources/")


def test_agenda_is_in_date_order_and_the_next_item_is_found():
    content = parse_content_data({
        "schema_version": "1.0",
        "events": [
            {"id": "c", "kind": "thematic_day", "date": "2022-09", "title": "Septembre"},
            {"id": "b", "kind": "steering_meeting", "date": "2022-09-01", "start_time": "10:00", "end_time": "12:00",
             "title": "Cotec"},
            {"id": "a", "kind": "regional_meeting", "date": "2022-05-12", "end_date": "2022-05-13", "title": "RNIT"},
            {"id": "d", "kind": "regional_meeting", "date": "2023", "title": "2023"},
        ],
    }).content
    items = agenda(content)
    assert [i.id for i in items] == ["a", "b", "c", "d"]
    assert items[0].end.date() == date(2022, 5, 14)  # exclusive end of a two-day event
    assert items[2].end.date() == date(2022, 10, 1)  # "sometime in September"
    assert next_index(items, datetime(2022, 5, 13, 20, tzinfo=timezone.utc)) == 0  # 13 May is not over
    assert next_index(items, datetime(2022, 9, 1, 9, tzinfo=timezone.utc)) == 1  # in progress (11:00 Paris)
    assert next_index(items, datetime(2022, 9, 1, 10, 30, tzinfo=timezone.utc)) == 2
    assert next_index(items, datetime(2024, 1, 1, tzinfo=timezone.utc)) is None
