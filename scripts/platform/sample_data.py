"""Deterministic sample data shaped like DataGrandEst's, in EPSG:2154.

Everything is computed (no download): fake square-ish communes of two
departments (51 Marne, 54 Meurthe-et-Moselle) with their real names and INSEE
codes, EPCI and departement layers, an OCS GE2 mosaic for two millesimes per
department, a PCRS-like RGB orthophoto and PCRS-like lines.

Written with GDAL/OGR python bindings (``osgeo``). Files written in OUTDIR:

- ``limites_administratives.gpkg``: ``departement``, ``epci``, ``commune_actuelle``
- ``ocs_grand_est.gpkg``: ``ocs_grand_est_{2019,2021}_d{51,54}``
- ``pcrs.gpkg``: ``pcrs_bordure_trottoir``, ``pcrs_facade``
- ``ortho_pcrs_2021.tif``: 512x512 RGB GeoTIFF over Nancy
- ``d4c/<layer>.{csv,geojson}`` for every vector layer, ``d4c/nomenclature_ocs_ge2.csv``
  and ``d4c/ocs_indicateurs_communes.csv``: files served by the D4C stand-in
"""
from __future__ import annotations

import math
import random
from pathlib import Path

EPSG = 2154
CELL = 5000.0  # size of a fake commune, metres

DEPARTMENTS = {
    "51": {"nom_dep": "Marne", "origin": (765000.0, 6895000.0)},
    "54": {"nom_dep": "Meurthe-et-Moselle", "origin": (928000.0, 6841000.0)},
}

EPCIS = {
    "200067213": {"nom_epci": "CU du Grand Reims", "insee_dep": "51"},
    "245400676": {"nom_epci": "Métropole du Grand Nancy", "insee_dep": "54"},
}

# (insee_com, nom_com, siren_epci, column, row) -- 2x2 grid per department,
# the main city first (its centre is the centre of the urban core).
COMMUNES = [
    ("51454", "Reims", "200067213", 0, 0),
    ("51573", "Tinqueux", "200067213", 1, 0),
    ("51055", "Bétheny", "200067213", 0, 1),
    ("51474", "Saint-Brice-Courcelles", "200067213", 1, 1),
    ("54395", "Nancy", "245400676", 0, 0),
    ("54547", "Vandœuvre-lès-Nancy", "245400676", 1, 0),
    ("54578", "Villers-lès-Nancy", "245400676", 0, 1),
    ("54304", "Laxou", "245400676", 1, 1),
]

MILLESIMES = (2019, 2021)

# Grand Est 4-level nomenclature (code_niv4) with the OCS GE couverture/usage
# codes it is usually made of. code_niv1..3 are prefixes of code_niv4.
OCS_CLASSES = {
    "1111": ("Bâti résidentiel", "CS1.1.1.1", "US5"),
    "1112": ("Bâti d'activités", "CS1.1.1.1", "US2"),
    "1121": ("Surfaces imperméabilisées (voirie, parkings)", "CS1.1.1.2", "US4.1.1"),
    "1131": ("Espaces artificialisés non bâtis (chantiers)", "CS1.1.2.1", "US6.1"),
    "1141": ("Espaces verts urbains", "CS2.2.1", "US235"),
    "2111": ("Terres arables", "CS2.2.1", "US1.1"),
    "2121": ("Vignes", "CS2.1.3", "US1.1"),
    "2211": ("Prairies", "CS2.2.1", "US1.1"),
    "3111": ("Forêts de feuillus", "CS2.1.1.1", "US1.2"),
    "3121": ("Forêts de conifères", "CS2.1.1.2", "US1.2"),
    "3211": ("Landes et broussailles", "CS2.1.2", "US6.3"),
    "4111": ("Cours et plans d'eau", "CS1.2.2", "US6.3"),
}

NIV1_LABELS = {
    "1": "Espaces artificialisés",
    "2": "Espaces agricoles",
    "3": "Espaces forestiers et semi-naturels",
    "4": "Surfaces en eau",
}

ORTHO_SIZE = 512
ORTHO_PIXEL = 5.0  # metres
STREET_SPACING = 128  # pixels
STREET_WIDTH = 12  # pixels


def _osgeo():
    from osgeo import gdal, ogr, osr

    gdal.UseExceptions()
    ogr.UseExceptions()
    osr.UseExceptions()
    # GeoPackage timestamps: fixed so that two runs write the same content.
    gdal.SetConfigOption("OGR_CURRENT_DATE", "2024-01-01T00:00:00.000Z")
    return gdal, ogr, osr


def _srs():
    _, _, osr = _osgeo()
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


# --------------------------------------------------------------------------
# communes, EPCI, departements
# --------------------------------------------------------------------------

def _lattice_vertex(dep: str, i: int, j: int) -> tuple[float, float]:
    """Corner (i, j) of the 3x3 vertex lattice of a department; inner ones jittered."""
    x0, y0 = DEPARTMENTS[dep]["origin"]
    rng = random.Random(f"v-{dep}-{i}-{j}")
    dx = rng.uniform(-450, 450) if 0 < i < 2 else 0.0
    dy = rng.uniform(-450, 450) if 0 < j < 2 else 0.0
    return (round(x0 + i * CELL + dx, 2), round(y0 + j * CELL + dy, 2))


def _edge_points(dep: str, a: tuple[int, int], b: tuple[int, int]) -> list[tuple[float, float]]:
    """Points strictly between lattice vertices a and b (same for both neighbours)."""
    key = tuple(sorted([a, b]))
    rng = random.Random(f"e-{dep}-{key}")
    pa, pb = _lattice_vertex(dep, *key[0]), _lattice_vertex(dep, *key[1])
    nx, ny = -(pb[1] - pa[1]), pb[0] - pa[0]
    norm = math.hypot(nx, ny)
    pts = []
    for t in (0.33, 0.66):
        off = rng.uniform(-250, 250)
        pts.append((round(pa[0] + t * (pb[0] - pa[0]) + off * nx / norm, 2),
                    round(pa[1] + t * (pb[1] - pa[1]) + off * ny / norm, 2)))
    if (a, b) != key:
        pts.reverse()
    return pts


def commune_ring(dep: str, col: int, row: int) -> list[tuple[float, float]]:
    corners = [(col, row), (col + 1, row), (col + 1, row + 1), (col, row + 1)]
    ring: list[tuple[float, float]] = []
    for k, a in enumerate(corners):
        b = corners[(k + 1) % 4]
        ring.append(_lattice_vertex(dep, *a))
        ring.extend(_edge_points(dep, a, b))
    ring.append(ring[0])
    return ring


def _polygon(ring):
    _, ogr, _ = _osgeo()
    wkt = "POLYGON((" + ",".join(f"{x} {y}" for x, y in ring) + "))"
    return ogr.CreateGeometryFromWkt(wkt)


def commune_geometries() -> dict[str, object]:
    """insee_com -> OGR polygon."""
    out = {}
    for insee, _name, _siren, col, row in COMMUNES:
        out[insee] = _polygon(commune_ring(insee[:2], col, row))
    return out


def _create_layer(ds, name, geom_type, fields):
    _, ogr, _ = _osgeo()
    lyr = ds.CreateLayer(name, _srs(), geom_type, options=["SPATIAL_INDEX=YES"])
    kinds = {str: ogr.OFTString, int: ogr.OFTInteger, float: ogr.OFTReal}
    for fname, ftype in fields:
        lyr.CreateField(ogr.FieldDefn(fname, kinds[ftype]))
    return lyr


def _add_feature(lyr, geom, values: dict):
    _, ogr, _ = _osgeo()
    feat = ogr.Feature(lyr.GetLayerDefn())
    for k, v in values.items():
        feat.SetField(k, v)
    feat.SetGeometry(geom)
    lyr.CreateFeature(feat)


def write_boundaries(path: Path) -> None:
    _, ogr, _ = _osgeo()
    geoms = commune_geometries()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    dep_lyr = _create_layer(ds, "departement", ogr.wkbMultiPolygon,
                            [("insee_dep", str), ("nom_dep", str)])
    for dep, info in DEPARTMENTS.items():
        union = None
        for insee, *_ in COMMUNES:
            if insee.startswith(dep):
                union = geoms[insee].Clone() if union is None else union.Union(geoms[insee])
        _add_feature(dep_lyr, ogr.ForceToMultiPolygon(union),
                     {"insee_dep": dep, "nom_dep": info["nom_dep"]})
    epci_lyr = _create_layer(ds, "epci", ogr.wkbMultiPolygon,
                             [("siren_epci", str), ("nom_epci", str), ("insee_dep", str)])
    for siren, info in EPCIS.items():
        union = None
        for insee, _n, s, *_ in COMMUNES:
            if s == siren:
                union = geoms[insee].Clone() if union is None else union.Union(geoms[insee])
        _add_feature(epci_lyr, ogr.ForceToMultiPolygon(union),
                     {"siren_epci": siren, "nom_epci": info["nom_epci"], "insee_dep": info["insee_dep"]})
    com_lyr = _create_layer(ds, "commune_actuelle", ogr.wkbMultiPolygon,
                            [("insee_com", str), ("nom_com", str), ("siren_epci", str),
                             ("nom_epci", str), ("insee_dep", str)])
    for insee, name, siren, *_ in COMMUNES:
        _add_feature(com_lyr, ogr.ForceToMultiPolygon(geoms[insee].Clone()),
                     {"insee_com": insee, "nom_com": name, "siren_epci": siren,
                      "nom_epci": EPCIS[siren]["nom_epci"], "insee_dep": insee[:2]})
    ds = None


# --------------------------------------------------------------------------
# OCS GE2
# --------------------------------------------------------------------------

OCS_GRID = 8  # cells per side of a department's square


def _class_2019(dep: str, d_core: float, gi: int, gj: int, rng: random.Random) -> str:
    """Class of an OCS piece in 2019, from its distance to the urban core."""
    # a river crossing the department diagonally (la Vesle / la Meurthe)
    if gj == min(OCS_GRID - 1, max(0, OCS_GRID - 1 - gi + (1 if gi % 3 == 0 else 0))):
        return "4111"
    r = rng.random()
    if d_core < 2200:
        return "1111" if r < 0.55 else "1112" if r < 0.75 else "1121" if r < 0.92 else "1141"
    if d_core < 4000:
        return ("1111" if r < 0.35 else "1112" if r < 0.45 else "1141" if r < 0.55
                else "1131" if r < 0.6 else ("2111" if dep == "51" else "2211"))
    if dep == "51":
        return "2111" if r < 0.6 else "2121" if r < 0.78 else "3111" if r < 0.92 else "3211"
    return "2211" if r < 0.35 else "2111" if r < 0.55 else "3111" if r < 0.8 else "3121" if r < 0.93 else "3211"


def _class_2021(code_2019: str, d_core: float, rng: random.Random) -> str:
    """Between 2019 and 2021: peri-urban farmland/natural land gets built, sites finish."""
    r = rng.random()
    if code_2019[0] in "23" and d_core < 5200 and r < 0.4:
        return "1131" if r < 0.15 else "1111" if r < 0.3 else "1112"
    if code_2019 == "1131" and r < 0.7:
        return "1111"
    return code_2019


def ocs_pieces(dep: str) -> list[dict]:
    """Pieces of the OCS mosaic of a department: geometry, commune, 2019 and 2021 classes."""
    _, ogr, _ = _osgeo()
    geoms = commune_geometries()
    x0, y0 = DEPARTMENTS[dep]["origin"]
    step = 2 * CELL / OCS_GRID
    main = next(c for c in COMMUNES if c[0].startswith(dep))
    core = geoms[main[0]].Centroid()
    pieces = []
    for gj in range(OCS_GRID):
        for gi in range(OCS_GRID):
            cx0, cy0 = x0 + gi * step, y0 + gj * step
            cell = _polygon([(cx0, cy0), (cx0 + step, cy0), (cx0 + step, cy0 + step),
                             (cx0, cy0 + step), (cx0, cy0)])
            for insee, *_ in COMMUNES:
                if not insee.startswith(dep):
                    continue
                inter = cell.Intersection(geoms[insee])
                if inter is None or inter.IsEmpty() or inter.GetArea() < 1.0:
                    continue
                rng = random.Random(f"ocs-{dep}-{gi}-{gj}-{insee}")
                d = inter.Centroid().Distance(core)
                c19 = _class_2019(dep, d, gi, gj, rng)
                c21 = _class_2021(c19, d, rng)
                pieces.append({"geom": ogr.ForceToMultiPolygon(inter), "insee_com": insee,
                               2019: c19, 2021: c21})
    return pieces


def write_ocs(path: Path) -> dict[str, int]:
    """Write the 4 OCS layers; returns feature counts by layer name."""
    _, ogr, _ = _osgeo()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    counts = {}
    fields = [("id_ocs", str), ("code_cs", str), ("code_us", str), ("code_niv1", str),
              ("code_niv2", str), ("code_niv3", str), ("code_niv4", str), ("lib_niv1", str),
              ("lib_niv4", str), ("insee_com", str), ("millesime", int), ("surface_m2", float)]
    for dep in DEPARTMENTS:
        pieces = ocs_pieces(dep)
        for year in MILLESIMES:
            name = f"ocs_grand_est_{year}_d{dep}"
            lyr = _create_layer(ds, name, ogr.wkbMultiPolygon, fields)
            for k, p in enumerate(pieces, start=1):
                code = p[year]
                label, cs, us = OCS_CLASSES[code]
                _add_feature(lyr, p["geom"].Clone(), {
                    "id_ocs": f"OCS_{dep}_{year}_{k:04d}", "code_cs": cs, "code_us": us,
                    "code_niv1": code[:1], "code_niv2": code[:2], "code_niv3": code[:3],
                    "code_niv4": code, "lib_niv1": NIV1_LABELS[code[0]], "lib_niv4": label,
                    "insee_com": p["insee_com"], "millesime": year,
                    "surface_m2": round(p["geom"].GetArea(), 2)})
            counts[name] = len(pieces)
    ds = None
    return counts


# --------------------------------------------------------------------------
# PCRS-like orthophoto and lines (over Nancy)
# --------------------------------------------------------------------------

def ortho_origin() -> tuple[float, float]:
    """Upper-left corner of the orthophoto (inside Nancy's fake polygon)."""
    x0, y0 = DEPARTMENTS["54"]["origin"]
    return (x0 + 1200.0, y0 + 1200.0 + ORTHO_SIZE * ORTHO_PIXEL)


def ortho_extent() -> tuple[float, float, float, float]:
    ox, oy = ortho_origin()
    return (ox, oy - ORTHO_SIZE * ORTHO_PIXEL, ox + ORTHO_SIZE * ORTHO_PIXEL, oy)


def _streets() -> list[int]:
    """Pixel offsets of street axes (same for rows and columns)."""
    return list(range(STREET_SPACING // 2, ORTHO_SIZE, STREET_SPACING))


def write_ortho(path: Path) -> None:
    import numpy as np

    gdal, _, _ = _osgeo()
    n = ORTHO_SIZE
    rs = np.random.RandomState(2021)
    yy, xx = np.mgrid[0:n, 0:n]
    rgb = np.zeros((3, n, n), dtype=np.float64)
    # blocks: roofs, one colour per block (terracotta, slate, zinc), parks
    block = (yy // STREET_SPACING) * 8 + (xx // STREET_SPACING)
    palette = np.array([[178, 92, 70], [120, 120, 128], [160, 160, 150], [96, 140, 72],
                        [190, 110, 80], [140, 130, 120]], dtype=np.float64)
    rgb[:] = np.moveaxis(palette[(block * 7 + 3) % len(palette)], -1, 0)
    # courtyards: lighter squares in each block
    inner = ((xx % STREET_SPACING) - STREET_SPACING // 2) ** 2 + ((yy % STREET_SPACING) - STREET_SPACING // 2) ** 2
    court = inner < (STREET_SPACING // 5) ** 2
    rgb[:, court] = np.array([[110], [150], [80]], dtype=np.float64)
    # streets (asphalt) with lighter sidewalks
    half = STREET_WIDTH // 2
    street = np.zeros((n, n), dtype=bool)
    walk = np.zeros((n, n), dtype=bool)
    for s in _streets():
        street |= (np.abs(xx - s) < half) | (np.abs(yy - s) < half)
        walk |= (np.abs(xx - s) < half + 3) | (np.abs(yy - s) < half + 3)
    rgb[:, walk & ~street] = np.array([[200], [198], [190]], dtype=np.float64)
    rgb[:, street] = np.array([[70], [72], [76]], dtype=np.float64)
    # a river (la Meurthe) crossing diagonally
    river = np.abs((xx - yy) - 60 + 25 * np.sin(yy / 40.0)) < 14
    rgb[:, river] = np.array([[52], [88], [120]], dtype=np.float64)
    rgb += rs.normal(0.0, 9.0, size=rgb.shape)
    data = np.clip(rgb, 0, 255).astype(np.uint8)

    drv = gdal.GetDriverByName("GTiff")
    ds = drv.Create(str(path), n, n, 3, gdal.GDT_Byte,
                    options=["COMPRESS=DEFLATE", "TILED=YES", "PHOTOMETRIC=RGB"])
    ox, oy = ortho_origin()
    ds.SetGeoTransform((ox, ORTHO_PIXEL, 0.0, oy, 0.0, -ORTHO_PIXEL))
    ds.SetProjection(_srs().ExportToWkt())
    for b in range(3):
        band = ds.GetRasterBand(b + 1)
        band.WriteArray(data[b])
        band.SetColorInterpretation([gdal.GCI_RedBand, gdal.GCI_GreenBand, gdal.GCI_BlueBand][b])
    ds.BuildOverviews("AVERAGE", [2, 4])
    ds = None


def _px_to_map(px: float, py: float) -> tuple[float, float]:
    ox, oy = ortho_origin()
    return (round(ox + px * ORTHO_PIXEL, 2), round(oy - py * ORTHO_PIXEL, 2))


def _line(points):
    _, ogr, _ = _osgeo()
    return ogr.CreateGeometryFromWkt(
        "LINESTRING(" + ",".join("%s %s" % _px_to_map(*p) for p in points) + ")")


def write_pcrs(path: Path) -> dict[str, int]:
    _, ogr, _ = _osgeo()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    streets = _streets()
    bounds = [0] + streets + [ORTHO_SIZE]
    half = STREET_WIDTH // 2
    curb = _create_layer(ds, "pcrs_bordure_trottoir", ogr.wkbLineString,
                         [("id_pcrs", str), ("nature", str), ("precision_xy", str)])
    k = 0
    for s in streets:
        for side in (-half, half):
            for a, b in zip(bounds[:-1], bounds[1:]):
                lo, hi = (a + half if a else 0), (b - half if b != ORTHO_SIZE else ORTHO_SIZE)
                if hi <= lo:
                    continue
                for pts in ([(lo, s + side), (hi, s + side)], [(s + side, lo), (s + side, hi)]):
                    k += 1
                    nature = "Bordure abaissée" if k % 7 == 0 else "Bordure de trottoir"
                    _add_feature(curb, _line(pts), {"id_pcrs": f"BT{k:04d}", "nature": nature,
                                                    "precision_xy": "010"})
    facade = _create_layer(ds, "pcrs_facade", ogr.wkbLineString,
                           [("id_pcrs", str), ("nature", str), ("precision_xy", str)])
    inset = half + 5
    m = 0
    for bx0, bx1 in zip(bounds[:-1], bounds[1:]):
        for by0, by1 in zip(bounds[:-1], bounds[1:]):
            x0 = bx0 + inset if bx0 else 2
            x1 = bx1 - inset if bx1 != ORTHO_SIZE else ORTHO_SIZE - 2
            y0 = by0 + inset if by0 else 2
            y1 = by1 - inset if by1 != ORTHO_SIZE else ORTHO_SIZE - 2
            for pts in ([(x0, y0), (x1, y0)], [(x1, y0), (x1, y1)],
                        [(x1, y1), (x0, y1)], [(x0, y1), (x0, y0)]):
                m += 1
                nature = "Mur" if m % 5 == 0 else "Façade"
                _add_feature(facade, _line(pts), {"id_pcrs": f"FA{m:04d}", "nature": nature,
                                                  "precision_xy": "010"})
    counts = {"pcrs_bordure_trottoir": curb.GetFeatureCount(), "pcrs_facade": facade.GetFeatureCount()}
    ds = None
    return counts


# --------------------------------------------------------------------------
# exports for the D4C stand-in
# --------------------------------------------------------------------------

VECTOR_EXPORTS = {  # export stem -> (gpkg file, layer)
    "departement": ("limites_administratives.gpkg", "departement"),
    "epci": ("limites_administratives.gpkg", "epci"),
    "commune_actuelle": ("limites_administratives.gpkg", "commune_actuelle"),
    "pcrs_bordure_trottoir": ("pcrs.gpkg", "pcrs_bordure_trottoir"),
    "pcrs_facade": ("pcrs.gpkg", "pcrs_facade"),
    **{f"ocs_grand_est_{y}_d{d}": ("ocs_grand_est.gpkg", f"ocs_grand_est_{y}_d{d}")
       for d in DEPARTMENTS for y in MILLESIMES},
}


def write_vector_exports(datadir: Path, outdir: Path) -> None:
    """GeoJSON (WGS84, RFC 7946) and CSV (';') of every vector layer."""
    gdal, _, _ = _osgeo()
    outdir.mkdir(parents=True, exist_ok=True)
    for stem, (fname, lname) in VECTOR_EXPORTS.items():
        gdal.VectorTranslate(str(outdir / f"{stem}.geojson"), str(datadir / fname),
                             layers=[lname], format="GeoJSON", dstSRS="EPSG:4326",
                             layerCreationOptions=["RFC7946=YES", "COORDINATE_PRECISION=6",
                                                   "WRITE_NAME=NO"])
        gdal.VectorTranslate(str(outdir / f"{stem}.csv"), str(datadir / fname),
                             layers=[lname], format="CSV",
                             layerCreationOptions=["SEPARATOR=SEMICOLON"])


def _write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    import csv

    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def write_tables(outdir: Path) -> None:
    """Non-geographic tables: OCS nomenclature, artificialisation per commune."""
    outdir.mkdir(parents=True, exist_ok=True)
    _write_csv(outdir / "nomenclature_ocs_ge2.csv",
               ["code_niv4", "code_niv1", "lib_niv1", "lib_niv4", "code_cs", "code_us"],
               [[k, k[0], NIV1_LABELS[k[0]], v[0], v[1], v[2]] for k, v in OCS_CLASSES.items()])
    names = {c[0]: c[1] for c in COMMUNES}
    rows = []
    for dep in DEPARTMENTS:
        totals: dict = {}
        for p in ocs_pieces(dep):
            area = p["geom"].GetArea() / 10000.0
            t = totals.setdefault(p["insee_com"], {2019: 0.0, 2021: 0.0, "total": 0.0})
            t["total"] += area
            for year in MILLESIMES:
                if p[year][0] == "1":
                    t[year] += area
        for insee, t in sorted(totals.items()):
            rows.append([insee, names[insee], dep, round(t["total"], 2), round(t[2019], 2),
                         round(t[2021], 2), round(t[2021] - t[2019], 2),
                         round(100.0 * t[2021] / t["total"], 1)])
    _write_csv(outdir / "ocs_indicateurs_communes.csv",
               ["insee_com", "nom_com", "insee_dep", "surface_ha", "artif_2019_ha",
                "artif_2021_ha", "evolution_artif_ha", "taux_artif_2021"], rows)


def generate(outdir: Path) -> dict:
    """Write every sample file into outdir (overwriting); returns feature counts."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    for name in ("limites_administratives.gpkg", "ocs_grand_est.gpkg", "pcrs.gpkg",
                 "ortho_pcrs_2021.tif"):
        for suffix in ("", "-wal", "-shm", ".aux.xml", ".ovr"):
            p = outdir / (name + suffix)
            if p.exists():
                p.unlink()
    write_boundaries(outdir / "limites_administratives.gpkg")
    counts = write_ocs(outdir / "ocs_grand_est.gpkg")
    counts.update(write_pcrs(outdir / "pcrs.gpkg"))
    write_ortho(outdir / "ortho_pcrs_2021.tif")
    d4c = outdir / "d4c"
    if d4c.exists():
        for p in d4c.iterdir():
            p.unlink()
    write_vector_exports(outdir, d4c)
    write_tables(d4c)
    counts.update({"commune_actuelle": len(COMMUNES), "epci": len(EPCIS),
                   "departement": len(DEPARTMENTS)})
    return counts
