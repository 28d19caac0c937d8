"""French (the user's locale) formats for what the panels show: dates, numbers, saved copies."""

from qgis.PyQt.QtCore import QDate, QDateTime, QLocale

from ...core.i18n import tr


def date_time(seconds: float) -> str:
    """A moment (seconds since the epoch) as the locale writes it, without seconds (01/12/2026 21:05)."""
    moment = QDateTime.fromSecsSinceEpoch(int(seconds))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def date_text(iso: str) -> str:
    """An ISO date (2021-06-30, or a longer timestamp) as the locale writes it; other text unchanged."""
    day = QDate.fromString((iso or "")[:10], "yyyy-MM-dd")
    if not day.isValid():
        return iso or ""
    return QLocale().toString(day, QLocale.FormatType.ShortFormat)


def number(value: float, decimals: int = 0) -> str:
    """A number with the locale's decimal sign and digit groups (12 345,6)."""
    return QLocale().toString(float(value), "f", decimals)


def saved_copy(seconds: float) -> str:
    """How every saved copy is named: "copie du 01/12/2026 21:05"."""
    return tr("copy of {date}").format(date=date_time(seconds)) if seconds else tr("saved copy")
