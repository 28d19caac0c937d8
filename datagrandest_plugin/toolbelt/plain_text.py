"""Remote text into a widget: always shown as typed, never read as HTML.

Qt renders a tooltip, and a QLabel left in AutoText, as rich text whenever
``Qt.mightBeRichText`` guesses so: a catalogue title ``<img src="file:///…">``
would make QGIS read and draw a local file on hover. Tooltips have no format
flag, so remote text goes in escaped inside our own markup; labels are set to
PlainText. Every tooltip, label and message fed with remote text goes through
here (``tests/qgis/test_plain_text.py`` walks the panels to check); the message
bar gets ``escaped`` text (``PlgLogger.log``).
"""

import html

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QLabel


def escaped(text) -> str:
    """Remote text as HTML that displays exactly that text."""
    return html.escape("" if text is None else str(text), quote=False)


def tooltip(text) -> str:
    """A tooltip showing ``text`` literally (line breaks kept); empty text: no tooltip."""
    text = "" if text is None else str(text)
    if not text.strip():
        return ""
    return "<p style='white-space:pre-wrap'>" + escaped(text) + "</p>"


def plain_label(text: str = "", parent=None) -> QLabel:
    """A QLabel that never interprets its text."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def set_plain(label: QLabel, text) -> None:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText("" if text is None else str(text))
