"""OCS GE² (land cover) products: what the services publish, and the layers they offer.

Products are recognised in the capabilities by their names
(``ocs_grand_est_<year>_d<dep>``, and the older ``ocsge2_d<dep>_<year>``),
so a new millésime appears as soon as it is published. For viewing, the
raster (WMTS, else WMS) is asked with the server style of the chosen reading;
for analysis, the WFS layer (see ``features``).
"""

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from ..errors import BadAnswer
from ..i18n import tr
from ..layers.resolver import resolve
from ..layers.spec import LayerSpec
from ..ogc.server_styles import SERVER_STYLE_KEY
from .nomenclature import DEFAULT_READING, Reading
from ..geo_boxes import LAMBERT_93

KNOWN_MILLESIMES = (2010, 2019, 2021)
DEPARTMENTS = ("08", "10", "51", "52", "54", "55", "57", "67", "68", "88")
_NAME = re.compile(r"(?:^|:)ocs_grand_est_(?P<year>\d{4})_d(?P<dep>\d{2}[ab]?)$", re.IGNORECASE)
_OLD_NAME = re.compile(r"(?:^|:)ocsge2_d(?P<dep>\d{2}[ab]?)_(?P<year>\d{4})$", re.IGNORECASE)


@dataclass
class OcsProduct:
    year: int
    department: str
    layers: Dict[str, object] = field(default_factory=dict)  # kind -> ServiceLayer

    @property
    def title(self) -> str:
        return tr("OCS GE² {year} – department {dep}").format(year=self.year, dep=self.department)


def product_key(name: str) -> Optional[Tuple[int, str]]:
    for pattern in (_NAME, _OLD_NAME):
        match = pattern.search(name)
        if match:
            return int(match.group("year")), match.group("dep").upper()
    return None


def ocs_products(service_layers) -> List[OcsProduct]:
    """The OCS products published, one per (millésime, department), with the services offering each."""
    products: Dict[Tuple[int, str], OcsProduct] = {}
    for layer in service_layers:
        key = product_key(layer.name)
        if key is None:
            continue
        product = products.setdefault(key, OcsProduct(*key))
        product.layers.setdefault(layer.kind, layer)  # the first endpoint read wins (global before workspace)
    return [products[k] for k in sorted(products)]


def with_nomenclature_style(spec: LayerSpec) -> LayerSpec:
    """An OCS GE² WFS layer, wherever it was found, gets the nomenclature style rather than a random one."""
    if spec is not None and spec.kind == "wfs" and not spec.qml and product_key(spec.name) is not None:
        spec.qml = str(DEFAULT_READING.qml_path)
        # the platform's own style of that reading wins when the server has it
        spec.extra.setdefault(SERVER_STYLE_KEY, DEFAULT_READING.server_style)
    return spec


def millesimes(products) -> List[int]:
    return sorted({p.year for p in products} | set(KNOWN_MILLESIMES))


def select(products, years=None, departments=None) -> List[OcsProduct]:
    years = {int(y) for y in years} if years else None
    departments = {d.upper() for d in departments} if departments else None
    return [p for p in products if (years is None or p.year in years)
            and (departments is None or p.department in departments)]


def raster_spec(product: OcsProduct, reading: Reading = DEFAULT_READING, settings=None) -> Tuple[LayerSpec, str]:
    """The image layer drawn with the reading's server style: WMTS if it offers the style, else WMS.

    Returns the spec and a note ('' when the wished style is used)."""
    wanted = reading.style_for_year(product.year)
    note = ""
    for kind in ("wmts", "wms"):
        layer = product.layers.get(kind)
        if layer is not None and _has_style(layer, wanted):
            return _spec(layer, _style_name(layer, wanted), reading, product, settings), note
    layer = product.layers.get("wms") or product.layers.get("wmts")
    if layer is None:
        raise BadAnswer(tr("No image service publishes {product}.").format(product=product.title))
    note = tr("The services have no style “{style}” for {product}: its default style is shown.").format(
        style=wanted, product=product.title)
    return _spec(layer, None, reading, product, settings), note


def _has_style(layer, wanted: str) -> bool:
    return _style_name(layer, wanted) is not None


def _style_name(layer, wanted: str) -> Optional[str]:
    for name in layer.style_names():
        if name == wanted or name.split(":", 1)[-1] == wanted:
            return name
    return None


def _spec(layer, style, reading, product, settings):
    spec = resolve(layer, settings, style=style)
    spec.title = f"OCS GE² {product.year} – {product.department} – {reading.title}"
    return spec


def extraction_colours(products, reading: Reading, year: int, transport, settings, feedback=None):
    """Worker thread: the platform's colour of each class of ``reading`` for the cut features of
    ``year`` (``{code: "#rrggbb"}``, empty when the option is off or nothing publishes that style),
    and a sentence for the log. Colours only: the bundled classes (and their "other" class) stay."""
    from ..layers.factory import server_style_for
    from ..ogc.server_styles import class_colours

    product = next((p for p in products if "wfs" in p.layers), None)
    if product is None or not reading.server_style:
        return {}, ""
    spec = vector_spec(product, reading, settings)
    spec.extra[SERVER_STYLE_KEY] = reading.server_style.format(year=year)
    style, note = server_style_for(spec, transport, settings, feedback)
    return (class_colours(style) if style is not None else {}), note


def vector_spec(product: OcsProduct, reading: Reading = DEFAULT_READING, settings=None, expression: str = "") -> LayerSpec:
    layer = product.layers.get("wfs")
    if layer is None:
        raise BadAnswer(tr("No WFS service publishes {product}.").format(product=product.title))
    spec = resolve(layer, settings)
    spec.crs = LAMBERT_93
    spec.qml = str(reading.qml_path)
    spec.ogc_filter = expression
    spec.title = f"OCS GE² {product.year} – {product.department} – {reading.title}"
    return spec
