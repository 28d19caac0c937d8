"""The OCS GE² workflow of a territory: its outline, the products covering it, their features
cut along the outline, and the statistics — the one path the panel, the Processing
algorithms and the ``ocs`` command take (they fill an ``OcsRequest``, read an ``OcsResult``).

It runs in a worker thread (or the command line): ``feedback`` (a ``QgsTask``, a Processing
feedback, or None) stops it when cancelled and receives its progress. The outline is read
once; the change matrix of every reading comes from one overlay (``overlay.py``).
"""

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

from ..errors import BadAnswer
from ..geo_boxes import intersects
from ..i18n import tr
from ..layers.wfs_lock import wfs_turn
from ..territories import Territory, outline_box, territory_geometry
from .features import clipped_features, labelled_layer, wfs_layer_for
from .nomenclature import DEFAULT_READING, NIVEAU_1, READINGS, Reading
from .overlay import overlay
from .products import OcsProduct, ocs_products, select
from .statistics import artificialised_ha, class_areas


@dataclass
class OcsRequest:
    millesimes: Sequence[int]  # in this order: the change matrix goes from the first to the last
    settings: object
    territory: Optional[Territory] = None  # a commune, EPCI or department…
    geometry: object = None  # …or an outline in EPSG:2154 (a QgsGeometry)
    readings: Sequence[Reading] = ()  # areas and change matrix for these readings (none: features only)
    layers: bool = False  # a memory layer per millésime, labelled in every reading
    products: Optional[Sequence[OcsProduct]] = None  # what the services publish, when already read
    transport: object = None  # to read the services when ``products`` is not given
    cache: object = None


@dataclass
class Millesime:
    year: int
    products: List[OcsProduct]
    features: List[tuple]  # (attributes as dict, clipped geometry)
    layer: object = None  # the labelled memory layer, when asked

    @property
    def covered_ha(self) -> float:
        return sum(geometry.area() for _attributes, geometry in self.features) / 10000.0


@dataclass
class OcsResult:
    geometry: object  # the territory's outline in EPSG:2154
    millesimes: Dict[int, Millesime]  # by year, in order
    areas: Dict[str, Dict[int, List[dict]]] = field(default_factory=dict)  # reading key -> year -> rows
    changes: Dict[str, List[dict]] = field(default_factory=dict)  # reading key -> first-to-last matrix
    artificialised_ha: Optional[float] = None  # with two millésimes and statistics

    @property
    def territory_ha(self) -> float:
        return self.geometry.area() / 10000.0

    @property
    def years(self) -> List[int]:
        return list(self.millesimes)


def run_workflow(request: OcsRequest, feedback=None) -> OcsResult:
    """Outline, products, clipped features (and layers) per millésime, then the statistics."""
    years = list(dict.fromkeys(int(year) for year in request.millesimes))  # the matrix goes from first to last
    if not years:
        raise BadAnswer(tr("Check at least one millésime."))
    statistics = bool(request.readings)
    share = 80.0 if statistics and len(years) >= 2 else 100.0  # the overlay takes the rest
    with wfs_turn(feedback):  # the whole extraction: see core.layers.wfs_lock
        geometry = request.geometry
        if geometry is None:
            geometry = territory_geometry(request.territory, request.settings, feedback)
        published = request.products if request.products is not None else _published(request, feedback)
        millesimes = {}
        for step, year in enumerate(years):
            millesimes[year] = _millesime(request, published, year, geometry, feedback)
            _progress(feedback, share * (step + 1) / len(years))
    result = OcsResult(geometry=geometry, millesimes=millesimes)
    if statistics:
        _statistics(result, request.readings, feedback, share)
    return result


def covering(products, year: int, territory: Optional[Territory], geometry) -> List[OcsProduct]:
    """The products of ``year`` over the territory: its departments' when it is named, else
    those whose WFS extent meets the outline's box."""
    if territory is not None:
        return select(products, [year], territory.departments)
    box = outline_box(geometry)
    return [p for p in select(products, [year]) if p.layers.get("wfs") is not None
            and (p.layers["wfs"].wgs84 is None or box is None or intersects(p.layers["wfs"].wgs84, box))]


def _published(request: OcsRequest, feedback) -> List[OcsProduct]:
    from ..ogc.service_loader import endpoints, load_services

    settings = request.settings
    loaded = load_services(request.transport, request.cache, endpoints(settings, ("wfs",)),
                           settings.cache_lifetime_seconds, feedback=feedback)
    if not any(service.document is not None for service in loaded):
        raise loaded[0].error
    return ocs_products([layer for service in loaded for layer in service.layers])


def _millesime(request: OcsRequest, published, year: int, geometry, feedback) -> Millesime:
    territory = request.territory
    products = covering(published, year, territory, geometry)
    if not products:
        raise BadAnswer(tr("No OCS GE² {year} covers this territory.").format(year=year))
    sources = [wfs_layer_for(p, geometry, territory, DEFAULT_READING, request.settings) for p in products]
    features = list(clipped_features(sources, geometry, feedback))
    layer = None
    if request.layers:
        title = tr("OCS GE² {year}").format(year=year) + (f" – {territory.name}" if territory is not None else "")
        layer = labelled_layer(features, sources[0].fields(), year, title, READINGS)
    return Millesime(year=year, products=products, features=features, layer=layer)


def _statistics(result: OcsResult, readings: Sequence[Reading], feedback, share: float) -> None:
    territory_ha = result.territory_ha
    for item in readings:
        result.areas[item.key] = {year: class_areas(m.features, item, territory_ha)
                                  for year, m in result.millesimes.items()}
    years = result.years
    if len(years) < 2:
        return
    # one overlay of the first and last millésimes for every reading, and level 1 (artificialisation)
    crossing = overlay(result.millesimes[years[0]].features, result.millesimes[years[-1]].features, feedback,
                       progress=lambda done: _progress(feedback, share + (100.0 - share) * done))
    for item in readings:
        result.changes[item.key] = crossing.matrix(item)
    level_1 = result.changes.get(NIVEAU_1.key) or crossing.matrix(NIVEAU_1)
    result.artificialised_ha = artificialised_ha(level_1)


def _progress(feedback, percent: float) -> None:
    if feedback is not None and hasattr(feedback, "setProgress"):
        feedback.setProgress(percent)
