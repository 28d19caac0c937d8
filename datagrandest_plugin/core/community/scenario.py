"""Demo scenarios for trainers: ordered steps the plugin plays one at a time.

A scenario sits in a webinar of the content file (``"scenario": {...}``) or in
a local JSON file of its own (the same object, optionally with a
``schema_version``). Steps:

- ``{"action": "search", "text": "occupation du sol"}``
- ``{"action": "add_layer", "layer": {"kind": "wms", "service": "wms", "name": "..."}}``
- ``{"action": "zoom", "bbox": [xmin, ymin, xmax, ymax], "crs": "EPSG:2154", "label": "Reims"}``
- ``{"action": "open_panel", "panel": "ocs"}``

Each step may carry a ``note``: what the trainer says at that moment.
"""

from pathlib import Path

from ..errors import BadAnswer, cause_logged
from ..i18n import tr
from ..net.parsing import parse_json
from .model import PANEL_KEYS, Scenario, ScenarioStep
from .converters import Invalid, check_object, check_version, crs, line, paragraph
from .validation import layer

ACTIONS = ("search", "add_layer", "zoom", "open_panel")
MAX_STEPS = 200
MAX_FILE_BYTES = 1024 * 1024


def _action(value, path, unknown=None):
    if value not in ACTIONS:
        raise Invalid(path, tr("must be one of: {values}").format(values=", ".join(ACTIONS)))
    return value


def _panel(value, path, unknown=None):
    if value not in PANEL_KEYS:
        raise Invalid(path, tr("must be one of: {values}").format(values=", ".join(PANEL_KEYS)))
    return value


def _bbox(value, path, unknown=None):
    numbers = isinstance(value, list) and len(value) == 4 and all(
        isinstance(v, (int, float)) and not isinstance(v, bool) and abs(v) < 1e8 for v in value)
    if not numbers or not (value[0] < value[2] and value[1] < value[3]):
        raise Invalid(path, tr("must be [xmin, ymin, xmax, ymax] with xmin < xmax and ymin < ymax"))
    return tuple(float(v) for v in value)


_COMMON = {"action": (_action, True), "note": (paragraph, False)}
STEP_FIELDS = {
    "search": {"text": (line, True)},
    "add_layer": {"layer": (layer, True)},
    "zoom": {"bbox": (_bbox, True), "crs": (crs, True), "label": (line, False)},
    "open_panel": {"panel": (_panel, True)},
}


def read_step(value, path, unknown):
    if not isinstance(value, dict):
        raise Invalid(path, tr("must be an object"))
    action = _action(value.get("action"), f"{path}.action")
    values = check_object(value, {**_COMMON, **STEP_FIELDS[action]}, path, unknown)
    return ScenarioStep(**values)


def _steps(value, path, unknown=None):
    if not isinstance(value, list) or not value or len(value) > MAX_STEPS:
        raise Invalid(path, tr("must be a list of 1 to {limit} steps").format(limit=MAX_STEPS))
    return tuple(read_step(step, f"{path}[{index}]", unknown) for index, step in enumerate(value))


SCENARIO_FIELDS = {"title": (line, True), "description": (paragraph, False), "steps": (_steps, True)}


def read_scenario(value, path="scenario", unknown=None):
    return Scenario(**check_object(value, SCENARIO_FIELDS, path, [] if unknown is None else unknown))


def parse_scenario(body: bytes) -> Scenario:
    """A scenario file; one sentence naming the first fault if it breaks a rule."""
    data = parse_json(body, tr("The scenario file"))
    if isinstance(data, dict) and "schema_version" in data:
        check_version(data, tr("The scenario file"))
        data = {key: value for key, value in data.items() if key != "schema_version"}
    try:
        return read_scenario(data, "scenario")
    except Invalid as error:
        raise BadAnswer(tr("The scenario is invalid: {path} {message}.").format(path=error.path, message=error.message)) from None


def load_scenario_file(path) -> Scenario:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise BadAnswer(tr("The scenario file is too large."))
        body = path.read_bytes()
    except OSError as error:
        raise BadAnswer(tr("The scenario file {name} cannot be read.").format(name=path.name)) from cause_logged(error)
    return parse_scenario(body)


def panel_label(key: str) -> str:
    labels = {
        "services": tr("Services"), "catalogue": tr("Catalogue"), "layers": tr("Layers"), "ocs": tr("OCS GE²"),
        "pcrs": tr("PCRS"), "favourites": tr("Favourites"), "community": tr("Community"),
        "webinars": tr("Webinars"), "trainings": tr("Trainings"), "groups": tr("Groups"), "agenda": tr("Agenda"),
    }
    return labels.get(key, key)


def describe_step(step: ScenarioStep) -> str:
    """One line a trainer reads in the player's list of steps."""
    if step.action == "search":
        return tr("Search “{text}”").format(text=step.text)
    if step.action == "add_layer":
        return tr("Add the layer “{title}”").format(title=step.layer.title or step.layer.name)
    if step.action == "zoom":
        return tr("Zoom to {place}").format(place=step.label or tr("the extent {bbox}").format(
            bbox=", ".join(f"{v:g}" for v in step.bbox)))
    return tr("Open the {panel} panel").format(panel=panel_label(step.panel))
