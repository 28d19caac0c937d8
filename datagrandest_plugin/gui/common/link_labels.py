"""How a record's links read in the catalogue: French names for what each does, one menu entry per
service, and no "&" taken for a keyboard mnemonic."""

from ...core.catalog.link_kinds import ACTION_DOWNLOAD, LAYER_ACTIONS, badges, download_format, is_loadable, link_action
from ...core.i18n import tr
from ...core.ogc.ows_urls import service_base_url


def menu_text(text: str) -> str:
    """Text for a menu entry or a button: a "&" of an address stays a "&" (Qt reads "&x" as Alt+X)."""
    return (text or "").replace("&", "&&")


def action_label(link) -> str:
    action = link_action(link)
    if action == ACTION_DOWNLOAD:
        fmt = download_format(link)
        return tr("Download {format}").format(format=fmt.upper()).strip() if fmt else tr("Download")
    return action.upper()


def badge_text(links) -> str:
    """The record's services in the result list: "WMS WFS téléchargement"."""
    return " ".join(tr("download") if badge == "download" else badge for badge in badges(links))


def loadable_entries(links):
    """(label, link) for each way of adding the record, once per service and layer (a record
    often lists the same WMS twice: its capabilities and its GetMap address)."""
    seen, entries = set(), []
    for link in links:
        if not is_loadable(link):
            continue
        action = link_action(link)
        where = service_base_url(link.url) if action in LAYER_ACTIONS else link.url
        key = (action, where.lower(), (link.name or "").lower() if action in LAYER_ACTIONS else "")
        if key in seen:
            continue
        seen.add(key)
        label = f"{action_label(link)} — {link.name or link.description or link.url}"
        entries.append((menu_text(label), link))
    return entries
