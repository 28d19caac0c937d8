"""GeoServer-style capabilities documents of any size, for benchmarks and tests.

``wms_capabilities(n)`` writes a WMS 1.3.0 document shaped like DataGrandEst's
(about 60 workspaces, prefixed names, titles and abstracts in French with
accents, keywords, three CRSs, geographic and Lambert-93 boxes, one to three
styles with legend URLs, metadata URLs). Deterministic: the same ``n`` gives
the same bytes.

``geoserver_wms111(n)`` writes what a real GeoServer answers to a WMS 1.1.1
GetCapabilities: the root layer lists every coordinate system GeoServer knows
(several thousand ``<SRS>`` elements, ``ROOT_CRS``), each layer its native one,
a ``LatLonBoundingBox`` and a ``BoundingBox`` in it, a style or two.
"""
from __future__ import annotations

import random
from xml.sax.saxutils import escape

WORKSPACES = ["geograndest", "region-grand-est", "ref", "draaf", "odonat", "gpu", "grand-nancy", "sycoparc",
              "geograndest-loc", "cc-thann-cernay"] + [f"collectivite-{i:02d}" for i in range(50)]
THEMES = ["Occupation du sol", "Réseau hydrographique", "Zones humides", "Bâtiments", "Orthophotographie",
          "Plan Corps de Rue Simplifié", "Limites administratives", "Espaces protégés", "Risques d'inondation",
          "Équipements publics", "Forêts publiques", "Trame verte et bleue", "Qualité de l'air", "Écoles"]
DEPTS = ["08 Ardennes", "10 Aube", "51 Marne", "52 Haute-Marne", "54 Meurthe-et-Moselle", "55 Meuse",
         "57 Moselle", "67 Bas-Rhin", "68 Haut-Rhin", "88 Vosges"]


def _draw(i: int, rng: random.Random):
    """What both generators draw for layer ``i``, in the same order (same seed, same document)."""
    ws = WORKSPACES[i % len(WORKSPACES)]
    theme = THEMES[rng.randrange(len(THEMES))]
    dept = DEPTS[rng.randrange(len(DEPTS))]
    year = 2010 + rng.randrange(15)
    name = f"{ws}:{theme.split()[0].lower()}_{year}_d{dept[:2]}_{i:05d}"
    x0 = 760000 + rng.randrange(300000)
    y0 = 6700000 + rng.randrange(300000)
    lon0, lat0 = 3.4 + (x0 - 760000) / 75000.0, 47.5 + (y0 - 6700000) / 111000.0
    return ws, theme, dept, year, name, x0, y0, lon0, lat0


def _layer(i: int, rng: random.Random, url: str) -> str:
    ws, theme, dept, year, name, x0, y0, lon0, lat0 = _draw(i, rng)
    styles = "".join(
        f"<Style><Name>{ws}:style_{k}</Name><Title>Style {k}</Title><LegendURL width=\"20\" height=\"20\">"
        f"<Format>image/png</Format><OnlineResource xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
        f"xlink:type=\"simple\" xlink:href=\"{url}?service=WMS&amp;request=GetLegendGraphic&amp;format=image%2Fpng"
        f"&amp;width=20&amp;height=20&amp;layer={name}&amp;style=style_{k}\"/></LegendURL></Style>"
        for k in range(1 + rng.randrange(3)))
    keywords = "".join(f"<Keyword>{escape(k)}</Keyword>" for k in (theme, dept, str(year), "Grand Est", "features"))
    return (
        f"<Layer queryable=\"1\" opaque=\"0\"><Name>{name}</Name>"
        f"<Title>{escape(theme)} {year} - Département {escape(dept)}</Title>"
        f"<Abstract>{escape(theme)} du département {escape(dept)} en {year}, produit par les partenaires de "
        f"DataGrandEst (Région Grand Est, État, collectivités). Données de référence à grande échelle.</Abstract>"
        f"<KeywordList>{keywords}</KeywordList><CRS>EPSG:2154</CRS><CRS>CRS:84</CRS><CRS>EPSG:3857</CRS>"
        f"<EX_GeographicBoundingBox><westBoundLongitude>{lon0:.5f}</westBoundLongitude>"
        f"<eastBoundLongitude>{lon0 + 0.4:.5f}</eastBoundLongitude><southBoundLatitude>{lat0:.5f}"
        f"</southBoundLatitude><northBoundLatitude>{lat0 + 0.3:.5f}</northBoundLatitude></EX_GeographicBoundingBox>"
        f"<BoundingBox CRS=\"CRS:84\" minx=\"{lon0:.5f}\" miny=\"{lat0:.5f}\" maxx=\"{lon0 + 0.4:.5f}\" "
        f"maxy=\"{lat0 + 0.3:.5f}\"/><BoundingBox CRS=\"EPSG:2154\" minx=\"{x0}.0\" miny=\"{y0}.0\" "
        f"maxx=\"{x0 + 30000}.0\" maxy=\"{y0 + 33000}.0\"/>"
        f"<MetadataURL type=\"ISO19115:2003\"><Format>text/xml</Format><OnlineResource "
        f"xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:type=\"simple\" "
        f"xlink:href=\"https://www.datagrandest.fr/geonetwork/srv/api/records/FR-{i:06d}/formatters/xml\"/>"
        f"</MetadataURL>{styles}</Layer>")


def wms_capabilities(n: int, url: str = "https://www.datagrandest.fr/geoserver/ows") -> bytes:
    rng = random.Random(n)
    head = (
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<WMS_Capabilities version=\"1.3.0\" updateSequence=\"1\" xmlns=\"http://www.opengis.net/wms\" "
        "xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        "<Service><Name>WMS</Name><Title>DataGrandEst - Web Map Service</Title><Abstract>Services de "
        "DataGrandEst</Abstract><OnlineResource xlink:type=\"simple\" xlink:href=\"" + url + "\"/></Service>"
        "<Capability><Request><GetCapabilities><Format>text/xml</Format></GetCapabilities><GetMap>"
        "<Format>image/png</Format><Format>image/jpeg</Format><Format>image/png8</Format></GetMap></Request>"
        "<Exception><Format>XML</Format></Exception>"
        "<Layer><Title>DataGrandEst</Title><Abstract>Toutes les couches</Abstract>"
        + "".join(f"<CRS>EPSG:{code}</CRS>" for code in (2154, 3857, 4326, 3035, 27572, 32631, 32632, 900913))
        + "<EX_GeographicBoundingBox><westBoundLongitude>3.3</westBoundLongitude><eastBoundLongitude>8.3"
        "</eastBoundLongitude><southBoundLatitude>47.4</southBoundLatitude><northBoundLatitude>50.2"
        "</northBoundLatitude></EX_GeographicBoundingBox>")
    body = "".join(_layer(i, rng, url) for i in range(n))
    return (head + body + "</Layer></Capability></WMS_Capabilities>").encode("utf-8")


# GeoServer 2.x's EPSG database, as its root layer lists it: about 6,800 codes.
ROOT_CRS = ([2000 + i for i in range(1500)] + [3500 + i for i in range(1000)] + [4500 + i for i in range(1000)]
            + [5500 + i for i in range(800)] + [20000 + i for i in range(1300)] + [32600 + i for i in range(61)]
            + [32700 + i for i in range(61)] + [27561, 27562, 27563, 27564, 27571, 27572, 27573, 27574, 900913]
            + [100001 + i for i in range(1042)])


def _layer111(i: int, rng: random.Random, url: str) -> str:
    ws, theme, dept, year, name, x0, y0, lon0, lat0 = _draw(i, rng)
    styles = "".join(
        f"<Style><Name>{ws}:style_{k}</Name><Title>Style {k}</Title><Abstract/><LegendURL width=\"20\" "
        f"height=\"20\"><Format>image/png</Format><OnlineResource xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
        f"xlink:type=\"simple\" xlink:href=\"{url}?request=GetLegendGraphic&amp;format=image%2Fpng&amp;width=20"
        f"&amp;height=20&amp;layer={name}\"/></LegendURL></Style>"
        for k in range(1 + rng.randrange(2)))
    keywords = "".join(f"<Keyword>{escape(k)}</Keyword>" for k in (theme, dept, str(year), "features"))
    return (
        f"<Layer queryable=\"1\" opaque=\"0\"><Name>{name}</Name>"
        f"<Title>{escape(theme)} {year} - Département {escape(dept)}</Title>"
        f"<Abstract>{escape(theme)} du département {escape(dept)} en {year}, DataGrandEst.</Abstract>"
        f"<KeywordList>{keywords}</KeywordList><SRS>EPSG:2154</SRS>"
        f"<LatLonBoundingBox minx=\"{lon0:.5f}\" miny=\"{lat0:.5f}\" maxx=\"{lon0 + 0.4:.5f}\" "
        f"maxy=\"{lat0 + 0.3:.5f}\"/><BoundingBox SRS=\"EPSG:2154\" minx=\"{x0}.0\" miny=\"{y0}.0\" "
        f"maxx=\"{x0 + 30000}.0\" maxy=\"{y0 + 33000}.0\"/>"
        f"<MetadataURL type=\"ISO19115:2003\"><Format>text/xml</Format><OnlineResource "
        f"xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:type=\"simple\" "
        f"xlink:href=\"https://www.datagrandest.fr/geonetwork/srv/api/records/FR-{i:06d}\"/></MetadataURL>"
        f"{styles}</Layer>")


def geoserver_wms111(n: int, url: str = "https://www.datagrandest.fr/geoserver/ows") -> bytes:
    """A WMS 1.1.1 capabilities document as GeoServer writes it (see the module's docstring)."""
    rng = random.Random(n + 111)
    head = (
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<WMT_MS_Capabilities version=\"1.1.1\" updateSequence=\"1\">"
        "<Service><Name>OGC:WMS</Name><Title>DataGrandEst - Web Map Service</Title><Abstract>Services de "
        "DataGrandEst</Abstract><OnlineResource xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:type=\"simple\" "
        "xlink:href=\"" + url + "\"/></Service>"
        "<Capability><Request><GetCapabilities><Format>application/vnd.ogc.wms_xml</Format></GetCapabilities>"
        "<GetMap>" + "".join(f"<Format>{f}</Format>" for f in (
            "image/png", "application/atom xml", "application/pdf", "image/gif", "image/jpeg", "image/png8",
            "image/png; mode=8bit", "image/svg+xml", "image/tiff", "image/vnd.jpeg-png")) + "</GetMap></Request>"
        "<Exception><Format>application/vnd.ogc.se_xml</Format></Exception>"
        "<Layer><Title>DataGrandEst</Title><Abstract>Toutes les couches</Abstract>"
        + "".join(f"<SRS>EPSG:{code}</SRS>" for code in ROOT_CRS)
        + "<LatLonBoundingBox minx=\"-180.0\" miny=\"-90.0\" maxx=\"180.0\" maxy=\"90.0\"/>")
    body = "".join(_layer111(i, rng, url) for i in range(n))
    return (head + body + "</Layer></Capability></WMT_MS_Capabilities>").encode("utf-8")


if __name__ == "__main__":
    import sys

    sys.stdout.buffer.write(wms_capabilities(int(sys.argv[1]) if len(sys.argv) > 1 else 2000))
