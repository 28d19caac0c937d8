"""Bounding boxes: reading them right, and in WGS84 for extent filters.

Boxes are ``(xmin, ymin, xmax, ymax)``. Lambert-93 (EPSG:2154) and Web
Mercator (EPSG:3857) are converted here in closed form, so tree readers and
the command line need no QGIS; other CRSs go through ``QgsCoordinateTransform``
when QGIS is there.

The historical ``config.json`` boxes carry no CRS of their own: most are in
Lambert-93, some in Web Mercator, some in degrees, whatever the layer's ``srs``
says. ``guess_box_crs`` tries the declared CRS first, then the usual ones, and
keeps the first reading that lands in metropolitan France.
"""

import math
from math import isfinite
from typing import Optional, Sequence, Tuple

Box = Tuple[float, float, float, float]

LAMBERT_93 = "EPSG:2154"  # the platform's reference system (RGF93 / Lambert-93)

# Metropolitan France and its borders, in degrees: where a DataGrandEst box must land.
HOME_AREA: Box = (-6.0, 41.0, 10.5, 51.6)

_A = 6378137.0
_F = 1 / 298.257222101  # GRS80 (RGF93 ~ WGS84 at this precision)
_E = math.sqrt(2 * _F - _F * _F)


def _m(phi):
    return math.cos(phi) / math.sqrt(1 - (_E * math.sin(phi)) ** 2)


def _t(phi):
    s = _E * math.sin(phi)
    return math.tan(math.pi / 4 - phi / 2) / ((1 - s) / (1 + s)) ** (_E / 2)


_PHI1, _PHI2, _PHI0, _LAMBDA0 = map(math.radians, (49.0, 44.0, 46.5, 3.0))
_N = (math.log(_m(_PHI1)) - math.log(_m(_PHI2))) / (math.log(_t(_PHI1)) - math.log(_t(_PHI2)))
_FF = _m(_PHI1) / (_N * _t(_PHI1) ** _N)
_RHO0 = _A * _FF * _t(_PHI0) ** _N
_X0, _Y0 = 700000.0, 6600000.0


def lambert93_to_wgs84(x: float, y: float) -> Tuple[float, float]:
    dx, dy = x - _X0, _RHO0 - (y - _Y0)
    rho = math.copysign(math.hypot(dx, dy), _N)
    t = (rho / (_A * _FF)) ** (1 / _N)
    lon = math.atan2(dx, dy) / _N + _LAMBDA0
    phi = math.pi / 2 - 2 * math.atan(t)
    for _ in range(12):
        s = _E * math.sin(phi)
        phi = math.pi / 2 - 2 * math.atan(t * ((1 - s) / (1 + s)) ** (_E / 2))
    return math.degrees(lon), math.degrees(phi)


def wgs84_to_lambert93(lon: float, lat: float) -> Tuple[float, float]:
    rho = _A * _FF * _t(math.radians(lat)) ** _N
    theta = _N * (math.radians(lon) - _LAMBDA0)
    return _X0 + rho * math.sin(theta), _Y0 + _RHO0 - rho * math.cos(theta)


def mercator_to_wgs84(x: float, y: float) -> Tuple[float, float]:
    return math.degrees(x / 6378137.0), math.degrees(math.atan(math.sinh(y / 6378137.0)))


def normalise_crs(crs) -> str:
    """``EPSG:2154`` for ``epsg:2154``, ``urn:ogc:def:crs:EPSG::2154``, ``http://www.opengis.net/def/crs/EPSG/0/2154``."""
    text = str(crs or "").strip()
    if not text:
        return ""
    upper = text.upper()
    if upper in ("CRS:84", "OGC:CRS84") or upper.endswith("CRS84"):
        return "CRS:84"
    for marker in ("EPSG::", "EPSG/0/", "EPSG:"):
        if marker in upper:
            code = upper.rsplit(marker, 1)[1].strip("/: ")
            if code.isdigit():
                return f"EPSG:{code}"
    if "EPSG" in upper:  # a versioned URN: urn:ogc:def:crs:EPSG:6.9:2154 (ArcGIS)
        code = upper.replace("/", ":").rstrip(": ").rsplit(":", 1)[-1]
        if code.isdigit():
            return f"EPSG:{code}"
    return text


def _point_converter(crs: str):
    crs = normalise_crs(crs)
    if crs in ("EPSG:4326", "CRS:84", "EPSG:4258", "EPSG:4171"):
        return lambda x, y: (x, y)
    if crs == LAMBERT_93:
        return lambert93_to_wgs84
    if crs in ("EPSG:3857", "EPSG:900913", "EPSG:102100"):
        return mercator_to_wgs84
    return _qgis_converter(crs)



def _qgis_converter(crs: str):
    try:
        from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject
    except ImportError:
        return None
    source = QgsCoordinateReferenceSystem(crs)
    if not source.isValid():
        return None
    transform = QgsCoordinateTransform(source, QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())

    def convert(x, y):
        point = transform.transform(QgsPointXY(x, y))
        return point.x(), point.y()

    return convert


def valid_box(box) -> Optional[Box]:
    """Four finite numbers, min before max (swapped when given the other way round), or None.

    A point (min == max) is a box: a layer of one feature, a record about one place."""
    try:
        x1, y1, x2, y2 = map(float, box)  # ValueError too when there are not four
    except (TypeError, ValueError, OverflowError):  # 10**400 in a JSON file
        return None
    if not (isfinite(x1) and isfinite(y1) and isfinite(x2) and isfinite(y2)):
        return None
    if x1 <= x2 and y1 <= y2:  # as given, nearly always: no min() and max() (a services tree has thousands)
        return (x1, y1, x2, y2)
    return (min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2))


def box_to_wgs84(box: Sequence[float], crs: str) -> Optional[Box]:
    """The box in degrees (lon/lat), sampled along its edges; None if it cannot be converted."""
    box = valid_box(box)
    convert = _point_converter(crs)
    if box is None or convert is None:
        return None
    xmin, ymin, xmax, ymax = box
    lons, lats = [], []
    steps = 4
    try:
        for i in range(steps + 1):
            fx = xmin + (xmax - xmin) * i / steps
            fy = ymin + (ymax - ymin) * i / steps
            for x, y in ((fx, ymin), (fx, ymax), (xmin, fy), (xmax, fy)):
                lon, lat = convert(x, y)
                if not (math.isfinite(lon) and math.isfinite(lat)):
                    return None
                lons.append(lon)
                lats.append(lat)
    except (ValueError, OverflowError, ZeroDivisionError):
        return None
    result = (min(lons), min(lats), max(lons), max(lats))
    if result[0] < -180.5 or result[2] > 180.5 or result[1] < -90.5 or result[3] > 90.5:
        return None
    return result


def _is_lon_lat(box: Box) -> bool:
    return -180.5 <= box[0] <= box[2] <= 180.5 and -90.5 <= box[1] <= box[3] <= 90.5


def catalogue_box(values, home: Box = HOME_AREA) -> Optional[Box]:
    """A record's box in lon/lat, from the corners as a catalogue client read them (OWSLib's minx, miny, maxx, maxy).

    GeoNetwork's Dublin Core output (``csw-full.xsl``) writes "east south" and
    "west north" in lon/lat under an EPSG:4326 URN, so a client honouring the
    URN's lat/lon order gets ``(south, east, north, west)``: the y values come
    reversed. Otherwise, corners in any order are put right, and axes are
    swapped when only the swapped reading is possible (a "latitude" beyond 90°)
    or when only it lands in the home area.
    """
    try:
        minx, miny, maxx, maxy = (float(v) for v in values)
    except (TypeError, ValueError):
        return None
    if miny > maxy and minx <= maxx:  # GeoNetwork: (south, east, north, west)
        candidate = valid_box([maxy, minx, miny, maxx])
        if candidate is not None and _is_lon_lat(candidate):
            return candidate
    box = valid_box([minx, miny, maxx, maxy])
    if box is None:
        return None
    swapped = (box[1], box[0], box[3], box[2])
    if not _is_lon_lat(box):
        return swapped if _is_lon_lat(swapped) else None
    if not intersects(box, home) and _is_lon_lat(swapped) and intersects(swapped, home):
        return swapped
    return box


def intersects(a: Optional[Box], b: Optional[Box]) -> bool:
    if a is None or b is None:
        return False
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def _spans(box: Box):
    """The longitude spans of a box in degrees: two when it crosses the antimeridian (west > east)."""
    if box[0] > box[2]:
        return ((box[0], 180.0), (-180.0, box[2]))
    return ((box[0], box[2]),)


def boxes_intersect(a: Optional[Box], b: Optional[Box]) -> bool:
    """Whether two lon/lat boxes share a point: edges and points count (a record about one place), and a
    box whose west is east of its east crosses the antimeridian (170°, -170°: the 20° around 180°)."""
    if a is None or b is None or not (a[1] <= b[3] and b[1] <= a[3]):
        return False
    return any(x0 <= y1 and y0 <= x1 for x0, x1 in _spans(a) for y0, y1 in _spans(b))


def wrapped_box(west, south, east, north) -> Optional[Box]:
    """A record's box as its metadata gives it (west, south, east, north), kept crossing the antimeridian
    when west > east in degrees and the box across 180° is the narrower reading (170, -170: 20° wide);
    west and east merely swapped (6.27, 3.88) are put in order, as ``valid_box`` does."""
    box = valid_box([west, south, east, north])
    if box is None:
        return None
    west, east = float(west), float(east)
    if west > east and -180 <= east <= 180 and -180 <= west <= 180 and west - east > 180:
        return (west, box[1], east, box[3])
    return box


def _degrees(box: Box) -> bool:
    return -180 <= box[0] <= 180 and -180 <= box[2] <= 180 and -90 <= box[1] <= 90 and -90 <= box[3] <= 90


def guess_box_crs(box, declared: str = "", home: Box = HOME_AREA) -> Optional[Tuple[str, Box, Box]]:
    """(crs, box, wgs84 box) of the first plausible reading, or None.

    Readings tried: the declared CRS, Lambert-93, Web Mercator, degrees
    (lon/lat, then lat/lon as some files swap them).
    """
    box = valid_box(box)
    if box is None:
        return None
    candidates = []
    for crs in (normalise_crs(declared), LAMBERT_93, "EPSG:3857"):
        if crs and crs not in candidates and crs not in ("EPSG:4326", "CRS:84"):
            candidates.append(crs)
    if not _degrees(box):
        for crs in candidates:
            if crs in (LAMBERT_93, "EPSG:3857") and max(abs(v) for v in box) < 1000:
                continue  # a few metres around the projection origin: degrees read as metres
            wgs84 = box_to_wgs84(box, crs)
            if wgs84 and intersects(wgs84, home):
                return crs, box, wgs84
        return None
    if intersects(box, home):
        return "EPSG:4326", box, box
    swapped = (box[1], box[0], box[3], box[2])
    if _degrees(swapped) and intersects(swapped, home):
        return "EPSG:4326", swapped, swapped
    return None
