"""Community content from the command line: webinars, events, trainings,
project groups, and the .ics export.

When the content file cannot be fetched or is invalid, each command answers
from the last good or the bundled copy, exits 0, and says so in one line on
stderr.
"""

import sys
from datetime import date, datetime, time, timezone
from pathlib import Path

from ..cli import Command, print_table
from ..core.errors import EXIT_OK, UsageError
from ..core.i18n import tr

ICS_MONTHS = 12


def _date(text: str) -> date:
    from ..core.community.model import FIRST_YEAR, LAST_YEAR

    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise UsageError(tr("Invalid date “{text}”: expected YYYY-MM-DD.").format(text=text[:20])) from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise UsageError(tr("Invalid date “{text}”: expected a date between {first} and {last}.").format(
            text=text[:20], first=FIRST_YEAR, last=LAST_YEAR))
    return day


def start_of(day: date, content) -> datetime:
    from ..core.community.schedule import content_zone

    return datetime.combine(day, time(0)).replace(tzinfo=content_zone(content))


def _load(context):
    from ..core.community.source import load_content

    load = load_content(context.transport, context.cache, context.settings)
    if load.message:
        print(load.message, file=sys.stderr)
    return load.content


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="minutes")


def _yes_no(value) -> str:
    return "?" if value is None else tr("yes") if value else tr("no")


def session_json(session) -> dict:
    return {
        "id": session.id, "title": session.title, "start": _iso(session.start), "end": _iso(session.end),
        "from_series": session.from_series, "speakers": list(session.speakers),
        "registration_url": session.registration_url, "replay_url": session.replay_url,
        "description": session.description, "scenario": session.scenario.title if session.scenario else None,
    }


class WebinarsCommand(Command):
    name = "webinars"
    help = tr("upcoming webinars (content file, then the monthly series rule)")

    def arguments(self, parser):
        parser.add_argument("--from", dest="first", metavar="DATE", help=tr("first day (YYYY-MM-DD); default: now"))
        parser.add_argument("--count", type=int, default=5, metavar="N", help=tr("how many sessions (default 5)"))
        parser.add_argument("--replays", action="store_true", help=tr("past webinars that have a replay"))

    def run(self, context, args):
        from ..core.community.schedule import past_replays, sessions_from, upcoming_sessions

        if args.count < 1:
            raise UsageError(tr("--count must be at least 1."))
        first = _date(args.first) if args.first else None
        content = _load(context)
        now = datetime.now(timezone.utc)
        if args.replays:
            found = [s for s in past_replays(content, now) if first is None or s.start.date() >= first][: args.count]
        elif first is not None:
            found = sessions_from(content, first, args.count)
        else:
            found = upcoming_sessions(content, now, args.count)
        if context.json:
            context.emit_json([session_json(s) for s in found])
        elif found:
            rows = [[_iso(s.start), _iso(s.end)[11:], s.title + (" *" if s.from_series else ""),
                     s.replay_url if args.replays else s.registration_url or "-"] for s in found]
            print_table(rows, [tr("Start"), tr("End"), tr("Title"), tr("Replay") if args.replays else tr("Registration")])
            if any(s.from_series for s in found):
                print(tr("* from the series rule: the topic is not announced yet."))
        else:
            print(tr("No webinar found."))
        return EXIT_OK


def event_json(item) -> dict:
    from ..core.community.schedule import event_kind_label

    return {
        "id": item.id, "kind": item.kind, "kind_label": event_kind_label(item.kind), "title": item.title,
        "date": item.date.iso(), "end_date": item.end_date.iso() if item.end_date else None,
        "start": _iso(item.start) if item.timed else None, "end": _iso(item.end) if item.timed else None,
        "place": item.place, "remote": item.remote, "url": item.url, "registration_url": item.registration_url,
        "replay_url": item.replay_url, "description": item.description,
    }


def _when(item) -> str:
    text = item.date.iso() + (f"/{item.end_date.iso()}" if item.end_date else "")
    return f"{_iso(item.start)}–{_iso(item.end)[11:]}" if item.timed and not item.end_date else text


class EventsCommand(Command):
    name = "events"
    help = tr("the agenda: every event of the content file, in date order")

    def arguments(self, parser):
        parser.add_argument("--from", dest="first", metavar="DATE", help=tr("only events not over on this day (YYYY-MM-DD)"))

    def run(self, context, args):
        from ..core.community.schedule import agenda, event_kind_label

        first = _date(args.first) if args.first else None
        content = _load(context)
        items = agenda(content)
        if first is not None:
            items = [i for i in items if i.end > start_of(first, content)]
        if context.json:
            context.emit_json([event_json(i) for i in items])
        else:
            rows = [[_when(i), event_kind_label(i.kind), i.title, i.place or "-", _yes_no(i.remote)] for i in items]
            print_table(rows, [tr("Date"), tr("Kind"), tr("Title"), tr("Place"), tr("Remote")])
        return EXIT_OK


def training_json(training) -> dict:
    return {
        "id": training.id, "title": training.title, "level": training.level, "audience": training.audience,
        "topic": training.topic, "duration": training.duration, "format": training.format,
        "description": training.description, "plugin_panel": training.plugin_panel or None,
        "links": [{"title": l.title, "url": l.url, "kind": l.kind} for l in training.links],
    }


def matches(value: str, wanted) -> bool:
    return wanted is None or value.casefold() == wanted.casefold()


class TrainingsCommand(Command):
    name = "trainings"
    help = tr("training modules, filterable by level, topic and audience")

    def arguments(self, parser):
        parser.add_argument("--level", metavar="L", help=tr("level, such as 1a, 1b or 2"))
        parser.add_argument("--topic", metavar="T", help=tr("topic"))
        parser.add_argument("--audience", metavar="A", help=tr("audience"))

    def run(self, context, args):
        found = [t for t in _load(context).trainings
                 if matches(t.level, args.level) and matches(t.topic, args.topic) and matches(t.audience, args.audience)]
        if context.json:
            context.emit_json([training_json(t) for t in found])
        elif found:
            rows = [[t.level or "-", t.topic or "-", t.audience or "-", t.title] for t in found]
            print_table(rows, [tr("Level"), tr("Topic"), tr("Audience"), tr("Title")])
        else:
            print(tr("No training matches these filters."))
        return EXIT_OK


def group_json(group) -> dict:
    return {
        "id": group.id, "kind": group.kind, "title": group.title, "summary": group.summary, "page_url": group.page_url,
        "contacts": [c.__dict__ for c in group.contacts],
        "layers": [{k: v for k, v in layer.__dict__.items() if v} for layer in group.layers],
        "catalogue_query": group.catalogue_query or None, "plugin_panel": group.plugin_panel or None,
    }


def group_kind_label(kind: str) -> str:
    return tr("Project group") if kind == "project_group" else tr("Working group")


class ProjectsCommand(Command):
    name = "projects"
    help = tr("project groups (OCS, PCRS) and working groups")

    def run(self, context, args):
        groups = _load(context).groups
        if context.json:
            context.emit_json([group_json(g) for g in groups])
        else:
            rows = [[group_kind_label(g.kind), g.title, g.page_url or "-"] for g in groups]
            print_table(rows, [tr("Kind"), tr("Title"), tr("Page")])
        return EXIT_OK


class IcsCommand(Command):
    name = "ics"
    help = tr("write webinars and events to an iCalendar (.ics) file")

    def arguments(self, parser):
        parser.add_argument("--out", required=True, metavar="FILE", help=tr("the .ics file to write"))
        which = parser.add_mutually_exclusive_group()
        which.add_argument("--webinars", dest="only_webinars", action="store_true",
                           help=tr("webinars only, with the series for {months} months").format(months=ICS_MONTHS))
        which.add_argument("--all", dest="only_webinars", action="store_false",
                           help=tr("webinars and every event (default)"))
        parser.add_argument("--from", dest="first", metavar="DATE", help=tr("first day (YYYY-MM-DD); default: today"))

    def run(self, context, args):
        from ..core.community.ics import agenda_calendar
        from ..core.community.schedule import agenda, content_zone, sessions

        content = _load(context)
        first = _date(args.first) if args.first else datetime.now(content_zone(content)).date()
        found = sessions(content, first, ICS_MONTHS)
        items = [] if args.only_webinars else [i for i in agenda(content) if i.end > start_of(first, content)]
        text, written, skipped = agenda_calendar(items, found, tr("DataGrandEst agenda"))
        path = Path(args.out)
        try:
            path.write_bytes(text.encode("utf-8"))
        except OSError as error:
            raise UsageError(tr("Cannot write {path}: {reason}.").format(path=path, reason=error.strerror)) from None
        print(tr("{count} event(s) written to {path}.").format(count=written, path=path))
        if skipped:
            print(tr("{count} event(s) known only by their year were left out.").format(count=skipped))
        return EXIT_OK


COMMANDS = [WebinarsCommand(), EventsCommand(), TrainingsCommand(), ProjectsCommand(), IcsCommand()]
