"""Numbers as the user reads them: QGIS's locale (French: ``2 512,3 ha``), never Python's ``:.2f``."""

from qgis.PyQt.QtCore import QLocale


def number(value: float, decimals: int = 1) -> str:
    return QLocale().toString(float(value), "f", decimals)


def hectares(value: float, decimals: int = 1) -> str:
    return f"{number(value, decimals)}\u00a0ha"
