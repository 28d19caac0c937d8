#!/usr/bin/python3
"""Write the plugin's OCS GE² styles (``datagrandest_plugin/data/ocs/<reading>.qml``).

One categorised fill style per reading of the nomenclature, from the table in
``datagrandest_plugin/core/ocs/nomenclature.py`` (run again after changing it;
``tests/qgis/test_ocs_styles.py`` fails while a style and the table differ).
The local platform loads the same files as its server styles.

``python3 scripts/platform/make_ocs_styles.py [OUTDIR]``; runs its own QgsApplication.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def renderer_for(reading):
    from qgis.core import QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsRendererCategory

    from datagrandest_plugin.core.ocs.nomenclature import hex_to_rgb

    categories = []
    for cls in reading.classes:
        r, g, b = hex_to_rgb(cls.color)
        symbol = QgsFillSymbol.createSimple({"color": f"{r},{g},{b},255", "outline_color": "90,90,90,255",
                                             "outline_width": "0.1", "outline_width_unit": "MM"})
        categories.append(QgsRendererCategory(cls.code, symbol, f"{cls.label}", True))
    other = QgsFillSymbol.createSimple({"color": "200,200,200,255", "outline_color": "90,90,90,255",
                                        "outline_width": "0.1"})
    categories.append(QgsRendererCategory("", other, "Autre code", True))  # "" = every other value
    return QgsCategorizedSymbolRenderer(reading.expression(), categories)


def write_styles(outdir: Path) -> list:
    from qgis.core import QgsVectorLayer

    from datagrandest_plugin.core.ocs.nomenclature import READINGS

    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for reading in READINGS:
        layer = QgsVectorLayer("MultiPolygon?crs=EPSG:2154&field=code_niv1:string&field=code_niv4:string"
                               "&field=code_cs:string&field=code_us:string", reading.key, "memory")
        layer.setRenderer(renderer_for(reading))
        path = outdir / f"{reading.key}.qml"
        message, ok = layer.saveNamedStyle(str(path), layer.Symbology)
        if not ok:
            raise RuntimeError(message)
        written.append(path)
    return written


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    outdir = Path(argv[0]) if argv else ROOT / "datagrandest_plugin" / "data" / "ocs"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    try:
        for path in write_styles(outdir):
            print(path)
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
