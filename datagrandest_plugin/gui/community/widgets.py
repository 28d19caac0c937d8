"""Small pieces shared by the community pages: a safe text view, link
opening (http and https only, in the system browser), dates in the user's
locale, and writing an .ics file chosen in a dialog."""

from datetime import datetime
from pathlib import Path

from qgis.core import Qgis
from qgis.PyQt.QtCore import QDate, QLocale, QTime, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QFileDialog, QTextBrowser

from ...core.community.safe_text import is_http_url, link_html, to_html
from ...core.i18n import tr
from ...toolbelt.log import PlgLogger


def open_url(url: str) -> bool:
    """Open an http(s) address in the system browser; anything else is refused."""
    if not is_http_url(url):
        PlgLogger.log(tr("Only http and https links are opened."), level=Qgis.MessageLevel.Warning, push=True)
        return False
    return bool(QDesktopServices.openUrl(QUrl(url)))


class SafeTextView(QTextBrowser):
    """Shows HTML built only by ``safe_text``; links go through ``open_url``; loads nothing."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(lambda url: open_url(url.toString()))

    def loadResource(self, kind, name):  # noqa: N802 - Qt's name
        return None  # no image nor style sheet, local or remote


def html_block(title: str, lines=(), body: str = "", links=()) -> str:
    """Our markup around escaped remote text: a title, detail lines, a body, links."""
    parts = [f"<h3>{to_html(title)}</h3>"]
    parts += [f"<p>{to_html(line)}</p>" for line in lines if line]
    if body:
        parts.append(f"<p>{to_html(body)}</p>")
    anchors = [link_html(label, url) for label, url in links if url]
    if anchors:
        parts.append("<p>" + " · ".join(anchors) + "</p>")
    return "".join(parts)


def format_offset(moment: datetime) -> str:
    minutes = int(moment.utcoffset().total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def format_day(day) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def format_compact_day(day) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


def format_time(moment: datetime) -> str:
    pattern = QLocale().timeFormat(QLocale.FormatType.ShortFormat).replace(":ss", "")
    return QLocale().toString(QTime(moment.hour, moment.minute), pattern)


def format_session_time(start: datetime, end: datetime) -> str:
    """"jeudi 3 février 2022, 11:00–12:00 (heure de Paris, UTC+01:00)", and the
    user's own time when their clock is set to another offset."""
    text = tr("{day}, {start}–{end} (Paris time, {offset})").format(
        day=format_day(start.date()), start=format_time(start), end=format_time(end), offset=format_offset(start))
    local = start.astimezone()
    if local.utcoffset() != start.utcoffset():
        text += " " + tr("– {time} on your clock").format(time=format_time(local))
    return text


def format_compact(start: datetime, end: datetime = None) -> str:
    """"jeu. 3 févr. 2022 11:00–12:00": Paris time, for lists and tables."""
    text = f"{format_compact_day(start.date())} {format_time(start)}"
    return f"{text}–{format_time(end)}" if end is not None else text


def ask_and_write_ics(parent, text: str, suggested_name: str) -> str:
    """Ask where to save an .ics file and write it; returns the path, or "" if cancelled."""
    start = str(Path.home() / suggested_name)
    path, _filter = QFileDialog.getSaveFileName(parent, tr("Add to my calendar"), start, tr("iCalendar files (*.ics)"))
    if not path:
        return ""
    if not path.lower().endswith(".ics"):
        path += ".ics"
    try:
        Path(path).write_bytes(text.encode("utf-8"))
    except OSError as error:
        PlgLogger.log(tr("Cannot write {path}: {reason}.").format(path=path, reason=error.strerror),
                      level=Qgis.MessageLevel.Critical, push=True)
        return ""
    PlgLogger.log(tr("Calendar file saved: {path}").format(path=path), level=Qgis.MessageLevel.Success, push=True)
    return path
