"""Territories of the Grand Est (communes, EPCI, departments) from the boundary layers.

The list (codes and names, no geometry) comes from one WFS GetFeature per
boundary layer asking only for the attributes, through the cache; a
territory's geometry is read on demand, filtered at the server, with QGIS's
WFS provider. Typed text resolves by code (``51454``, ``epci:200067213``,
``departement:54``) or by name, ignoring case and accents; a partial or ambiguous name is never
taken silently (the candidates are named, and the panels offer them).
"""

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from .net.cache import fetch_cached
from .errors import BadAnswer, DgeError, EXIT_USAGE
from .geo_boxes import Box, LAMBERT_93, box_to_wgs84
from .i18n import tr
from .net.parsing import clean_text, parse_xml
from .text_search import normalise
from .net.transport import HttpRequest
from .layers.wfs_lock import wfs_layer, wfs_turn

# boundary layer, code field, name field (as published on DataGrandEst)
BOUNDARIES = {
    "commune": ("region-grand-est:commune_actuelle", "insee_com", "nom_com"),
    "epci": ("region-grand-est:epci", "siren_epci", "nom_epci"),
    "departement": ("region-grand-est:departement", "insee_dep", "nom_dep"),
}
PROPERTIES = {
    "commune": ("insee_com", "nom_com", "siren_epci", "insee_dep"),
    "epci": ("siren_epci", "nom_epci"),
    "departement": ("insee_dep", "nom_dep"),
}
KIND_ALIASES = {"commune": "commune", "com": "commune", "epci": "epci", "departement": "departement",
                "département": "departement", "dep": "departement", "dept": "departement"}


class TerritoryNotFound(DgeError):
    exit_code = EXIT_USAGE


class TerritoryAmbiguous(TerritoryNotFound):
    """The text is not exactly one territory: the candidates are asked of the user, never picked."""

    def __init__(self, text: str, candidates):
        self.candidates = list(candidates)
        shown = ", ".join(t.label for t in self.candidates[:6]) + (" …" if len(self.candidates) > 6 else "")
        if len(self.candidates) == 1:
            message = tr("“{text}” is not the exact name of a territory: did you mean {names}?")
        else:
            message = tr("“{text}” matches several territories: {names}. Choose one or type its code.")
        super().__init__(message.format(text=clean_text(text, 60), names=shown))


@dataclass
class Territory:
    kind: str  # commune | epci | departement
    code: str
    name: str
    departments: Tuple[str, ...] = ()
    communes: Tuple[str, ...] = ()  # INSEE codes of the communes it holds

    @property
    def label(self) -> str:
        kinds = {"commune": tr("commune"), "epci": tr("EPCI"), "departement": tr("department")}
        return f"{self.name} ({kinds[self.kind]} {self.code})"

    @property
    def ref(self) -> str:
        return f"{self.kind}:{self.code}"

    def code_filter(self) -> str:
        """The QGIS expression selecting this territory in its boundary layer."""
        _layer, code_field, _name = BOUNDARIES[self.kind]
        return f"\"{code_field}\" = '{self.code}'"


@dataclass
class Territories:
    communes: List[Territory] = field(default_factory=list)
    epcis: List[Territory] = field(default_factory=list)
    departments: List[Territory] = field(default_factory=list)

    def all(self) -> List[Territory]:
        return self.departments + self.epcis + self.communes

    def of_kind(self, kind: str) -> List[Territory]:
        return {"commune": self.communes, "epci": self.epcis, "departement": self.departments}[kind]

    def resolve(self, text: str, kind: str = "") -> Territory:
        """The territory a user typed: ``commune:51454``, ``54395``, ``Nancy``, ``Nancy (commune 54395)``...

        Only an exact code, label or name (case and accents aside) is taken; a partial or
        ambiguous text raises :class:`TerritoryAmbiguous` naming the candidates."""
        kind, text = self._split(text, kind)
        if not text:
            raise TerritoryNotFound(tr("No territory was given."))
        exact = self._exact(text, kind)
        if len(exact) == 1:
            return exact[0]
        candidates = exact or self.matches(text, kind)
        if candidates:
            raise TerritoryAmbiguous(text, candidates)
        messages = {"commune": tr("No commune matches “{text}”."), "epci": tr("No EPCI matches “{text}”."),
                    "departement": tr("No department matches “{text}”.")}
        raise TerritoryNotFound(messages.get(kind, tr("No territory matches “{text}”.")).format(
            text=clean_text(text, 60)))

    def matches(self, text: str, kind: str = "") -> List[Territory]:
        """Territories whose name or label holds ``text`` (case and accents aside), exact ones first."""
        kind, text = self._split(text, kind)
        wanted = normalise(text)
        if not wanted:
            return []
        exact = self._exact(text, kind)
        partial = [t for t in (self.of_kind(kind) if kind else self.all())
                   if t not in exact and (wanted in normalise(t.name) or wanted in normalise(t.label))]
        return exact + partial

    def _exact(self, text: str, kind: str) -> List[Territory]:
        candidates = self.of_kind(kind) if kind else self.all()
        for test in (lambda t: t.code == text, lambda t: t.label == text,
                     lambda t: normalise(t.label) == normalise(text)):
            found = [t for t in candidates if test(t)]
            if found:
                return found
        wanted = normalise(text)
        return [t for t in candidates if normalise(t.name) == wanted]

    @staticmethod
    def _split(text: str, kind: str) -> Tuple[str, str]:
        text = (text or "").strip()
        if ":" in text and text.split(":", 1)[0].strip().lower() in KIND_ALIASES:
            prefix, text = text.split(":", 1)
            kind, text = KIND_ALIASES[prefix.strip().lower()], text.strip()
        return kind, text


def parse_attribute_features(body: bytes, what: str) -> List[Dict[str, str]]:
    """Features of a WFS GML answer as {property: text}, geometry-less properties only."""
    root = parse_xml(body, what)
    out = []
    for member in root.iter():
        local = member.tag.rsplit("}", 1)[-1] if isinstance(member.tag, str) else ""
        if local not in ("featureMember", "member"):
            continue
        for feature in member:
            out.append({child.tag.rsplit("}", 1)[-1]: (child.text or "").strip() for child in feature
                        if isinstance(child.tag, str) and len(child) == 0})
    return out


def load_territories(transport, cache, settings, force: bool = False, feedback=None) -> Territories:
    """Every commune, EPCI and department, from the boundary layers of the WFS (cached)."""
    rows = {}
    for kind, (typename, _code, _name) in BOUNDARIES.items():
        request = HttpRequest(settings.service_url("wfs"), {"SERVICE": "WFS", "VERSION": "1.1.0", "REQUEST": "GetFeature",
                                                 "TYPENAME": typename, "PROPERTYNAME": ",".join(PROPERTIES[kind])},
                              authcfg=settings.authcfg_ows or None)
        what = tr("The boundary layer {name}").format(name=typename)
        result = fetch_cached(transport, cache, request, settings.cache_lifetime_seconds,
                              lambda body, what=what: parse_attribute_features(body, what), feedback=feedback,
                              force=force)
        rows[kind] = parse_attribute_features(result.body, what)
    communes = [Territory(kind="commune", code=r.get("insee_com", ""), name=clean_text(r.get("nom_com", ""), 120),
                          departments=(r.get("insee_dep") or r.get("insee_com", "")[:2],), communes=(r.get("insee_com", ""),))
                for r in rows["commune"] if r.get("insee_com")]
    by_epci, by_dep = {}, {}
    for commune in communes:
        by_dep.setdefault(commune.departments[0], []).append(commune.code)
    for row in rows["commune"]:
        if row.get("siren_epci") and row.get("insee_com"):
            by_epci.setdefault(row["siren_epci"], []).append(row["insee_com"])
    epcis = []
    for row in rows["epci"]:
        code = row.get("siren_epci", "")
        if not code:
            continue
        members = tuple(by_epci.get(code, ()))
        deps = tuple(sorted({c[:2] for c in members})) or ((row.get("insee_dep"),) if row.get("insee_dep") else ())
        epcis.append(Territory(kind="epci", code=code, name=clean_text(row.get("nom_epci", ""), 120), departments=deps, communes=members))
    departments = [Territory(kind="departement", code=r.get("insee_dep", ""), name=clean_text(r.get("nom_dep", ""), 120),
                             departments=(r.get("insee_dep", ""),), communes=tuple(by_dep.get(r.get("insee_dep", ""), ())))
                   for r in rows["departement"] if r.get("insee_dep")]
    if not (communes or epcis or departments):
        raise BadAnswer(tr("The boundary layers hold no territory."))
    return Territories(communes=sorted(communes, key=lambda t: t.code), epcis=sorted(epcis, key=lambda t: t.name),
                       departments=sorted(departments, key=lambda t: t.code))


def boundary_spec(territory: Territory, settings):
    from .layers.resolver import resolve
    from .layers.spec import LayerSpec

    typename, _code, _name = BOUNDARIES[territory.kind]
    return resolve(LayerSpec(kind="wfs", url=settings.service_url("wfs"), name=typename, title=territory.label, crs=LAMBERT_93,
                             ogc_filter=territory.code_filter()), settings)


def territory_geometry(territory: Territory, settings, feedback=None):
    """The territory's geometry in EPSG:2154 (a ``QgsGeometry``), read from its boundary layer."""
    from qgis.core import QgsGeometry

    spec = boundary_spec(territory, settings)
    with wfs_turn(feedback):
        layer = wfs_layer(spec.uri(), territory.name)
        if not layer.isValid():
            raise BadAnswer(tr("The boundary of {territory} could not be read.").format(territory=territory.label))
        parts = [f.geometry() for f in layer.getFeatures() if f.hasGeometry()]
    if not parts:
        raise TerritoryNotFound(tr("{territory} has no outline in the boundary layer.").format(
            territory=territory.label))
    geometry = QgsGeometry.unaryUnion(parts) if len(parts) > 1 else parts[0]
    if layer.crs().authid() != LAMBERT_93:
        from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

        geometry.transform(QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem(LAMBERT_93),
                                                  QgsProject.instance()))
    return geometry


def outline_box(geometry) -> Optional[Box]:
    """The box in degrees (lon/lat) of an outline in EPSG:2154 (a ``QgsGeometry``)."""
    box = geometry.boundingBox()
    return box_to_wgs84((box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()), LAMBERT_93)


def territory_box(territory: Territory, settings, feedback=None) -> Optional[Box]:
    """The WGS84 box of a commune, EPCI or department, from its outline in the boundary layer (QGIS)."""
    return outline_box(territory_geometry(territory, settings, feedback))
