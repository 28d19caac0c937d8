"""What the local platform publishes: one list of layers, read by the QGIS
project writer, the CSW record generator, the D4C stand-in and config.json.

Pure Python (no QGIS, no GDAL) so that every part can import it.
"""
from __future__ import annotations

from dataclasses import dataclass

WORKSPACES = ("geograndest", "region-grand-est")
GLOBAL_PROJECT = "global"
ORG_NAME = "Région Grand Est - DataGrandEst"
ORG_EMAIL = "contact@datagrandest.fr"

DEPT_NAMES = {"51": "Marne", "54": "Meurthe-et-Moselle"}

# bounding boxes, EPSG:2154 (xmin, ymin, xmax, ymax) -- match sample_data.py
BBOX_D51 = (765000.0, 6895000.0, 775000.0, 6905000.0)
BBOX_D54 = (928000.0, 6841000.0, 938000.0, 6851000.0)
BBOX_ORTHO = (929200.0, 6842200.0, 931760.0, 6844760.0)
BBOX_ALL = (765000.0, 6841000.0, 938000.0, 6905000.0)

# WGS84 boxes (lon_min, lat_min, lon_max, lat_max), rounded outwards, for
# catalogue records (computed once with pyproj from the boxes above).
WGS84 = {
    BBOX_D51: (3.89, 49.15, 4.03, 49.25),
    BBOX_D54: (6.09, 48.62, 6.24, 48.72),
    BBOX_ORTHO: (6.11, 48.63, 6.15, 48.67),
    BBOX_ALL: (3.88, 48.62, 6.27, 49.25),
}

# reading of the nomenclature (the plugin's QML file) -> GeoServer style name, as on DataGrandEst
OCS_READING_STYLES = (
    ("niveau_1_a_5", "ocs_grand_est_niveau_1_a_5"), ("niveau_1", "ocs_grand_est_niveau_1"),
    ("couverture", "ocs_grand_est_cs_{year}"), ("lcr_niv1", "ocs_grand_est_lcr_niv1_{year}"),
    ("lcr_niv2", "ocs_grand_est_lcr_niv2_{year}"), ("enaf", "ocs_grand_est_enaf"),
    ("impermeabilisation", "ocs_grand_est_niveau_5"),
)


def ocs_server_styles(year: int) -> list[tuple[str, str]]:
    return [(reading, style.format(year=year)) for reading, style in OCS_READING_STYLES]


OCS_STYLES = ("ocs_grand_est_niveau_1_a_5", "ocs_grand_est_niveau_1", "default")  # a few of them, always there


@dataclass(frozen=True)
class Layer:
    workspace: str
    name: str  # name on the workspace endpoint (no prefix)
    title: str
    abstract: str
    source: tuple  # ("vector", gpkg file, layer) or ("raster", tif file)
    keywords: tuple = ()
    bbox: tuple = BBOX_ALL
    styles: tuple = ()  # named styles in the style manager; "default" renders like the first
    wfs: bool = True  # vector layers only
    wmts_format: str = "image/png"

    @property
    def qualified_name(self) -> str:
        return f"{self.workspace}:{self.name}"

    @property
    def is_vector(self) -> bool:
        return self.source[0] == "vector"


def _ocs(year: int, dep: str) -> Layer:
    return Layer(
        "geograndest", f"ocs_grand_est_{year}_d{dep}",
        f"Occupation du sol {year} - Département {dep} {DEPT_NAMES[dep]}",
        f"Occupation du sol à grande échelle (BdOCS GE²) {year} du département "
        f"{dep} {DEPT_NAMES[dep]} : couverture (code_cs), usage (code_us) et "
        f"nomenclature Grand Est à 4 niveaux (code_niv1 à code_niv4).",
        ("vector", "ocs_grand_est.gpkg", f"ocs_grand_est_{year}_d{dep}"),
        ("OCS", "occupation du sol", "OCS GE2", "artificialisation", str(year)),
        BBOX_D51 if dep == "51" else BBOX_D54, OCS_STYLES)


LAYERS: tuple[Layer, ...] = (
    _ocs(2019, "51"), _ocs(2021, "51"), _ocs(2019, "54"), _ocs(2021, "54"),
    Layer("geograndest", "ortho_pcrs_2021", "Orthophotographie PCRS 2021 - Nancy",
          "Orthophotographie très grande échelle servant de fond au Plan Corps de Rue "
          "Simplifié (PCRS) sur Nancy, 2021.",
          ("raster", "ortho_pcrs_2021.tif"), ("PCRS", "orthophotographie", "ortho"),
          BBOX_ORTHO, (), False, "image/jpeg"),
    Layer("geograndest", "GGE_ORTHO_RVB_ACTUELLE", "Orthophotographie RVB la plus récente",
          "Orthophotographie couleur (RVB) la plus récente du Grand Est.",
          ("raster", "ortho_pcrs_2021.tif"), ("orthophotographie", "ortho", "imagerie"),
          BBOX_ORTHO, (), False, "image/jpeg"),
    Layer("geograndest", "pcrs_bordure_trottoir", "PCRS - Bordures de trottoir - Nancy",
          "Limites apparentes de voirie (bordures de trottoir) du Plan Corps de Rue "
          "Simplifié (PCRS) sur Nancy.",
          ("vector", "pcrs.gpkg", "pcrs_bordure_trottoir"), ("PCRS", "voirie", "bordure"),
          BBOX_ORTHO),
    Layer("geograndest", "pcrs_facade", "PCRS - Façades - Nancy",
          "Façades et murs du Plan Corps de Rue Simplifié (PCRS) sur Nancy.",
          ("vector", "pcrs.gpkg", "pcrs_facade"), ("PCRS", "bâti", "façade"), BBOX_ORTHO),
    Layer("region-grand-est", "departement", "Départements du Grand Est",
          "Limites des départements du Grand Est (échantillon : Marne et Meurthe-et-Moselle).",
          ("vector", "limites_administratives.gpkg", "departement"),
          ("limites administratives", "département")),
    Layer("region-grand-est", "epci", "EPCI du Grand Est",
          "Établissements publics de coopération intercommunale à fiscalité propre du Grand Est.",
          ("vector", "limites_administratives.gpkg", "epci"),
          ("limites administratives", "EPCI", "intercommunalité")),
    Layer("region-grand-est", "commune_actuelle", "Communes du Grand Est",
          "Limites des communes du Grand Est au 1er janvier, avec leur EPCI et département.",
          ("vector", "limites_administratives.gpkg", "commune_actuelle"),
          ("limites administratives", "COMMUNE", "commune")),
)


def layers_of(workspace: str) -> list[Layer]:
    if workspace == GLOBAL_PROJECT:
        return list(LAYERS)
    return [lyr for lyr in LAYERS if lyr.workspace == workspace]


def layer(name: str) -> Layer:
    """Look a layer up by name, with or without workspace prefix."""
    for lyr in LAYERS:
        if name in (lyr.name, lyr.qualified_name):
            return lyr
    raise KeyError(name)
