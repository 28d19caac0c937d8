"""Remote text made inert for display.

The content file holds plain text (markup makes an entry invalid), but what
reaches a widget is escaped again here: every character of the remote text is
shown as text, and the only markup is ours: line breaks and links for the
http(s) addresses found in the text. No image, no script, no ``file:`` or
``javascript:`` link can come out of it.
"""

import html
import re
from urllib.parse import urlsplit

_URL_IN_TEXT = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
_TRAILING = ".,;:!?)»"


def is_http_url(url: str) -> bool:
    try:
        parts = urlsplit(str(url or "").strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def to_html(text: str) -> str:
    """Escaped text with clickable http(s) links and line breaks."""
    text = str(text or "")
    out, last = [], 0
    for match in _URL_IN_TEXT.finditer(text):
        url = match.group(0).rstrip(_TRAILING)
        end = match.start() + len(url)
        out.append(html.escape(text[last:match.start()]))
        if is_http_url(url):
            out.append(f'<a href="{html.escape(url, quote=True)}">{html.escape(url)}</a>')
        else:
            out.append(html.escape(url))
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out).replace("\n", "<br>")


def link_html(label: str, url: str) -> str:
    """A link with a label, or the label alone when the address is not http(s)."""
    if not is_http_url(url):
        return html.escape(label)
    return f'<a href="{html.escape(url, quote=True)}">{html.escape(label)}</a>'
