"""GeoServer-style capabilities documents of any size, for benchmarks and tests.

``wms_capabilities(n)`` writes a WMS 1.3.0 document shaped like DataGrandEst's
(about 60 workspaces, prefixed names, titles and abstracts in French with
accents, keywords, three CRSs, geographic and Lambert-93 boxes, one to three
styles with legend URLs, metadata URLs). Deterministic: the same ``n`` gives
the same bytes.
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


def _layer(i: int, rng: random.Random, url: str) -> str:
    ws = WORKSPACES[i % len(WORKSPACES)]
    theme = THEMES[rng.randrange(len(THEMES))]
    dept = DEPTS[rng.randrange(len(DEPTS))]
    year = 2010 + rng.randrange(15)
    name = f"{ws}:{theme.split()[0].lower()}_{year}_d{dept[:2]}_{i:05d}"
    x0 = 760000 + rng.randrange(300000)
    y0 = 6700000 + rng.randrange(300000)
    lon0, lat0 = 3.4 + (x0 - 760000) / 75000.0, 47.5 + (y0 - 6700000) / 111000.0
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


if __name__ == "__main__":
    import sys

    sys.stdout.buffer.write(wms_capabilities(int(sys.argv[1]) if len(sys.argv) > 1 else 2000))
