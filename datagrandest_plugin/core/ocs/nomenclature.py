"""The readings of the OCS GE² (BdOCS GE²) nomenclature: classes, French labels, colours, rules.

One table per reading is the single source of the plugin's QML styles
(``scripts/platform/make_ocs_styles.py`` writes ``data/ocs/<reading>.qml`` from it),
of the labels added to extracted features and of the classes counted by the
statistics. A reading either reads a field of the OCS layers (``code_niv1``,
``code_niv4``, ``code_cs``) or derives its class from ``code_cs`` /
``code_us`` / ``code_niv1`` with ordered rules; the same rules are written as
a QGIS expression for the QML, so map and statistics always agree.

Labels follow the Grand Est nomenclature (levels 1 to 4), the national OCS GE
couverture codes, the artificialisation categories of the Climat et
Résilience law (décret n° 2023-1096), ENAF and imperméabilisation, as
DataGrandEst publishes them as server styles. The couverture colours are the
national IGN OCS GE palette (``tests/unit/test_ocs_palette.py`` holds it with
its source); the other readings follow the usual OCS GE conventions. Replace the table, rerun the script, and every part follows.
"""

from pathlib import Path
from typing import Dict, List, NamedTuple, Optional, Sequence, Tuple

STYLE_DIR = Path(__file__).resolve().parents[2] / "data" / "ocs"
OTHER = ""  # catch-all class: a code the table does not know


# NamedTuples, not frozen dataclasses: the Processing provider reads the
# readings when QGIS starts, and three dataclasses cost ~3 ms to build.
class OcsClass(NamedTuple):
    code: str
    label: str
    color: str  # #rrggbb


class Rule(NamedTuple):
    code: str
    conditions: Tuple[Tuple[str, str, str], ...]  # (field, "=" | "prefix" | "in", value)


class Reading(NamedTuple):
    key: str
    title: str  # French, shown as is (domain vocabulary)
    classes: Tuple[OcsClass, ...]
    field: str = ""  # the class is this field's value...
    rules: Tuple[Rule, ...] = ()  # ...or the first matching rule's code
    default: str = OTHER
    server_style: str = ""  # GeoServer style name; "{year}" is replaced by the millésime

    def class_of(self, attributes) -> str:
        """The class code of a feature (``attributes``: a mapping of field values)."""
        if self.field:
            value = attributes.get(self.field)
            return str(value) if value not in (None, "") else OTHER
        for rule in self.rules:
            if all(_holds(attributes.get(name), op, value) for name, op, value in rule.conditions):
                return rule.code
        return self.default

    def label(self, code: str) -> str:
        found = self.by_code().get(code)
        return found.label if found else ("Autre code" if not code else f"Autre code ({code})")

    def by_code(self) -> Dict[str, OcsClass]:
        return {c.code: c for c in self.classes}

    def expression(self) -> str:
        """The QGIS expression giving the class code (the field itself for a field reading)."""
        if self.field:
            return self.field
        parts = ["CASE"]
        for rule in self.rules:
            tests = " AND ".join(_qgis_test(name, op, value) for name, op, value in rule.conditions)
            parts.append(f"WHEN {tests} THEN '{rule.code}'")
        parts.append(f"ELSE '{self.default}' END")
        return " ".join(parts)

    def style_for_year(self, year) -> str:
        return self.server_style.replace("{year}", str(year))

    @property
    def qml_path(self) -> Path:
        return STYLE_DIR / f"{self.key}.qml"


def _holds(value, op, expected) -> bool:
    value = "" if value is None else str(value)
    if op == "=":
        return value == expected
    if op == "prefix":
        return value.startswith(expected)
    if op == "in":
        return value in expected.split(",")
    raise ValueError(op)


def _qgis_test(name, op, value) -> str:
    column = f'"{name}"'
    if op == "=":
        return f"{column} = '{value}'"
    if op == "prefix":
        return f"left(coalesce({column}, ''), {len(value)}) = '{value}'"
    return f"{column} IN ({', '.join(repr(v) for v in value.split(','))})"


def _rules(*items) -> Tuple[Rule, ...]:
    return tuple(Rule(code, tuple(conditions)) for code, conditions in items)


NIVEAU_1 = Reading("niveau_1", "Nomenclature niveau 1", (
    OcsClass("1", "Espaces artificialisés", "#e6004d"),
    OcsClass("2", "Espaces agricoles", "#ffe64d"),
    OcsClass("3", "Espaces forestiers et semi-naturels", "#4dc04d"),
    OcsClass("4", "Surfaces en eau", "#4d9fe6"),
), field="code_niv1", server_style="ocs_grand_est_niveau_1")

NIVEAUX_1_A_5 = Reading("niveau_1_a_5", "Nomenclature niveaux 1 à 5", (
    OcsClass("1111", "Bâti résidentiel", "#c9001e"),
    OcsClass("1112", "Bâti d'activités", "#8b0f5a"),
    OcsClass("1121", "Surfaces imperméabilisées (voirie, parkings)", "#6e6e6e"),
    OcsClass("1131", "Espaces artificialisés non bâtis (chantiers)", "#ff8c69"),
    OcsClass("1141", "Espaces verts urbains", "#9be07a"),
    OcsClass("2111", "Terres arables", "#ffe64d"),
    OcsClass("2121", "Vignes", "#b25ab4"),
    OcsClass("2211", "Prairies", "#d8f08c"),
    OcsClass("3111", "Forêts de feuillus", "#2e8b2e"),
    OcsClass("3121", "Forêts de conifères", "#0b5d1e"),
    OcsClass("3211", "Landes et broussailles", "#a6c48a"),
    OcsClass("4111", "Cours et plans d'eau", "#4d9fe6"),
), field="code_niv4", server_style="ocs_grand_est_niveau_1_a_5")

COUVERTURE = Reading("couverture", "Couverture du sol (CS)", (
    OcsClass("CS1.1.1.1", "Zones bâties", "#ff377a"),
    OcsClass("CS1.1.1.2", "Zones non bâties (revêtues)", "#ff9191"),
    OcsClass("CS1.1.2.1", "Zones à matériaux minéraux", "#ffff99"),
    OcsClass("CS1.1.2.2", "Zones à autres matériaux composites", "#a64d00"),
    OcsClass("CS1.2.1", "Sols nus", "#cccccc"),
    OcsClass("CS1.2.2", "Surfaces d'eau", "#00ccf2"),
    OcsClass("CS1.2.3", "Névés et glaciers", "#a6e6cc"),
    OcsClass("CS2.1.1.1", "Peuplement de feuillus", "#80ff00"),
    OcsClass("CS2.1.1.2", "Peuplement de conifères", "#00a600"),
    OcsClass("CS2.1.1.3", "Peuplement mixte", "#80be00"),
    OcsClass("CS2.1.2", "Formations arbustives et sous-arbrisseaux", "#a6ff80"),
    OcsClass("CS2.1.3", "Autres formations ligneuses", "#e68000"),
    OcsClass("CS2.2.1", "Formations herbacées", "#ccf24d"),
    OcsClass("CS2.2.2", "Autres formations non ligneuses", "#ccffcc"),
), field="code_cs", server_style="ocs_grand_est_cs_{year}")

_URBAN_USES = ("US2", "US3", "US4", "US5", "US6.1", "US6.2")
_LCR2_RULES = (
    ("1", [("code_cs", "=", "CS1.1.1.1")]),
    ("2", [("code_cs", "=", "CS1.1.1.2")]),
    ("5", [("code_cs", "prefix", "CS1.1.2"), ("code_us", "prefix", "US1.3")]),
    ("3", [("code_cs", "prefix", "CS1.1.2")]),
    ("5", [("code_cs", "prefix", "CS1.2")]),
    ("6", [("code_us", "prefix", "US1")]),
    *[("4", [("code_cs", "prefix", "CS2.2"), ("code_us", "prefix", use)]) for use in _URBAN_USES],
)

LCR_NIV2 = Reading("lcr_niv2", "Artificialisation LCR niveau 2", (
    OcsClass("1", "Sols imperméabilisés par le bâti", "#a50026"),
    OcsClass("2", "Sols imperméabilisés par un revêtement", "#e0413a"),
    OcsClass("3", "Sols stabilisés, compactés ou minéraux", "#f88d52"),
    OcsClass("4", "Sols herbacés à usage résidentiel, d'activités ou d'infrastructures", "#fdd49e"),
    OcsClass("5", "Surfaces naturelles nues ou en eau", "#9ecae1"),
    OcsClass("6", "Surfaces cultivées (agriculture, sylviculture)", "#fff3a0"),
    OcsClass("7", "Surfaces naturelles ou végétalisées (habitats naturels)", "#41ab5d"),
), rules=_rules(*_LCR2_RULES), default="7", server_style="ocs_grand_est_lcr_niv2_{year}")

LCR_NIV1 = Reading("lcr_niv1", "Artificialisation LCR niveau 1", (
    OcsClass("artificialise", "Surfaces artificialisées", "#e6004d"),
    OcsClass("non_artificialise", "Surfaces non artificialisées", "#8fce6b"),
), rules=_rules(*[("artificialise" if code in "1234" else "non_artificialise", conditions)
                  for code, conditions in _LCR2_RULES]),
    default="non_artificialise", server_style="ocs_grand_est_lcr_niv1_{year}")

ENAF = Reading("enaf", "Espaces naturels, agricoles et forestiers (ENAF)", (
    OcsClass("artificialise", "Espaces artificialisés", "#e6004d"),
    OcsClass("agricole", "Espaces agricoles", "#ffe64d"),
    OcsClass("naturel_forestier", "Espaces naturels et forestiers", "#4dc04d"),
), rules=_rules(("artificialise", [("code_niv1", "=", "1")]), ("agricole", [("code_niv1", "=", "2")]),
                ("naturel_forestier", [("code_niv1", "in", "3,4")])), server_style="ocs_grand_est_enaf")

IMPERMEABILISATION = Reading("impermeabilisation", "Imperméabilisation des sols", (
    OcsClass("impermeable", "Sols imperméabilisés", "#4b4b4b"),
    OcsClass("artificialise_permeable", "Sols artificialisés perméables", "#d7a99c"),
    OcsClass("non_artificialise", "Sols non artificialisés", "#c7e9a0"),
), rules=_rules(("impermeable", [("code_cs", "in", "CS1.1.1.1,CS1.1.1.2")]),
                ("artificialise_permeable", [("code_niv1", "=", "1")])),
    default="non_artificialise", server_style="ocs_grand_est_niveau_5")

READINGS: Tuple[Reading, ...] = (NIVEAUX_1_A_5, NIVEAU_1, COUVERTURE, LCR_NIV1, LCR_NIV2, ENAF, IMPERMEABILISATION)
DEFAULT_READING = NIVEAUX_1_A_5


def reading(key: str) -> Reading:
    for item in READINGS:
        if item.key == key:
            return item
    raise KeyError(key)


def reading_keys() -> List[str]:
    return [r.key for r in READINGS]


# Classes of level 1 that are "agricultural or natural" in change statistics.
AGRI_NATURAL = ("2", "3", "4")
ARTIFICIAL = ("1",)


def hex_to_rgb(color: str) -> Tuple[int, int, int]:
    color = color.lstrip("#")
    return int(color[0:2], 16), int(color[2:4], 16), int(color[4:6], 16)


def label_fields(readings: Optional[Sequence[Reading]] = None) -> List[Tuple[str, str, Reading]]:
    """(code field, label field, reading) added to extracted features."""
    return [(f"cl_{r.key}", f"lib_{r.key}", r) for r in (readings or READINGS)]


def style_title(name: str, title: str = "") -> str:
    """What to show for a server style: its own title when it has one, else the nomenclature reading
    it draws ("ocs_grand_est_cs_2019" → "Couverture du sol (CS) 2019"), else its name."""
    if title and title != name:
        return title
    for reading in READINGS:
        pattern = reading.server_style
        if not pattern:
            continue
        if "{year}" in pattern:
            head, _sep, tail = pattern.partition("{year}")
            middle = name[len(head):len(name) - len(tail)] if name.startswith(head) and name.endswith(tail) else ""
            if middle.isdigit() and len(middle) == 4:
                return f"{reading.title} {middle}"
        elif name == pattern:
            return reading.title
    return title or name
