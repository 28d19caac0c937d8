"""A catalogue record shown as safe rich text.

Remote text is escaped before it becomes HTML; links become anchors only
for http(s); no image is loaded by the text view (the thumbnail is fetched
through the transport and shown apart).
"""

from html import escape
from urllib.parse import urlsplit

from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices

from ...core.catalog.link_kinds import link_action
from ...core.i18n import tr
from ..common.formats import date_text, number

ACTION_LABELS = {"wms": "WMS", "wmts": "WMTS", "wfs": "WFS", "wcs": "WCS", "download": None, "link": None,
                 "d4c_page": None}


def safe_href(url: str) -> str:
    """The URL when it is http(s), else an empty string."""
    try:
        return url if urlsplit(url.strip()).scheme in ("http", "https") else ""
    except ValueError:
        return ""


def open_if_web(url) -> bool:
    """Open http(s) links in the system browser; refuse every other scheme."""
    text = url.toString() if isinstance(url, QUrl) else str(url)
    if not safe_href(text):
        return False
    return QDesktopServices.openUrl(QUrl(text))


def action_label(link) -> str:
    action = link_action(link)
    if action == "download":
        return tr("Download")
    if action in ("link", "d4c_page"):
        return tr("Web page")
    return ACTION_LABELS.get(action) or tr("Other")


def record_html(record) -> str:
    def row(label, value):
        return f"<tr><th align='left' valign='top'>{escape(label)}</th><td>{escape(value)}</td></tr>" if value else ""

    sources = {"csw": "GeoNetwork", "d4c": "D4C"}
    parts = [f"<h3>{escape(record.title)}</h3>"]
    if record.abstract:
        parts.append(f"<p>{escape(record.abstract)}</p>")
    parts.append("<table cellspacing='4'>")
    parts.append(row(tr("Organisation"), record.organisation))
    parts.append(row(tr("Contact"), record.contact))
    parts.append(row(tr("Date"), date_text(record.date)))
    parts.append(row(tr("Licence"), record.licence))
    parts.append(row(tr("Keywords"), ", ".join(record.keywords + record.themes)))
    parts.append(row(tr("Lineage"), record.lineage))
    if record.bbox:
        west, south, east, north = (number(value, 3) for value in record.bbox)
        parts.append(row(tr("Extent"), f"{west} ; {south} – {east} ; {north} (WGS84)"))
    parts.append(row(tr("Sources"), ", ".join(sources.get(s, s) for s in record.sources)))
    parts.append(row(tr("Identifier"), record.identifier))
    parts.append("</table>")
    if record.links:
        parts.append(f"<h4>{escape(tr('Online resources'))}</h4><ul>")
        for link in record.links:
            label = escape(link.name or link.description or link.url)
            kind = escape(action_label(link))
            href = safe_href(link.url)
            target = f"<a href='{escape(href, quote=True)}'>{label}</a>" if href else label
            parts.append(f"<li>[{kind}] {target}</li>")
        parts.append("</ul>")
    return "".join(parts)
