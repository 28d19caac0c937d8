"""The community content: webinars, events, trainings, project and working groups.

It comes from a JSON file the platform team publishes (format in
``docs/format-contenus.md``, contract in ``data/content.schema.json``), fetched
in the background and cached, with a copy bundled in the plugin as fallback.

- ``model``: the dataclasses the panels and the command line show;
- ``validation``: checks a file field by field (no jsonschema at run time);
- ``scenario``: trainers' demo scenarios and their steps;
- ``schedule``: time zone, the webinar series rule, upcoming sessions, agenda;
- ``ics``: iCalendar (RFC 5545) export;
- ``safe_text``: remote text turned into inert HTML with http(s) links only;
- ``source``: bundled copy, cache, network, and the last good content.
"""
