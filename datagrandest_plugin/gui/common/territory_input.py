"""The territory boxes of the OCS GE² and PCRS panels: a completer on the territories' labels,
and, when the typed text is not exactly one territory, the candidates offered in its list.

A label (``Nancy (commune 54395)``) resolves exactly, so a pick from the list is never
ambiguous, even between two communes of the same name.
"""

from qgis.PyQt.QtCore import QStringListModel, Qt, QTimer
from qgis.PyQt.QtWidgets import QCompleter


def _install(edit, labels, mode) -> QCompleter:
    # not a child of the box: QLineEdit deletes a completer it owns as soon as another replaces it,
    # even while that one is handling a key; the previous one goes later, from the event loop
    completer = QCompleter(edit.parentWidget() or edit)
    completer.setModel(QStringListModel(labels, completer))
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(mode)
    previous = edit.completer()
    if previous is not None and previous.parent() is edit:
        previous = None  # deleted by the box itself
    edit.setCompleter(completer)
    # QLineEdit listens to its completer only while it has the focus: a pick must fill the box anyway
    completer.activated.connect(lambda value: edit.setText(_text(value)))
    if previous is not None:
        previous.deleteLater()
    return completer


def _text(value) -> str:
    """The picked label: ``activated`` gives text or an index, depending on the overload Qt picks."""
    return value if isinstance(value, str) else str(value.data() or "")


def set_territories(edit, territories, kind: str = "") -> QCompleter:
    """Complete ``edit`` on the labels of the territories (of ``kind`` when given), matching anywhere."""
    chosen = territories.of_kind(kind) if kind else territories.all()
    completer = _install(edit, [t.label for t in chosen], QCompleter.CompletionMode.PopupCompletion)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setMaxVisibleItems(12)
    edit.setProperty("dge_territory_kind", kind)
    return completer


def popup_open(edit) -> bool:
    """Whether Enter in ``edit`` is meant for its completer's list (Qt hands the key to the box first)."""
    completer = edit.completer()
    return completer is not None and completer.popup().isVisible()


def offer_candidates(edit, territories, candidates, picked=None) -> QCompleter:
    """Open a list of ``candidates`` under ``edit``: arrows and Enter (or a click) put the chosen label in
    the box and call ``picked`` (the answer to the question); the full completer comes back once a
    candidate is picked or the text is typed again."""
    kind = edit.property("dge_territory_kind") or ""
    edit.setFocus()
    completer = _install(edit, [t.label for t in candidates], QCompleter.CompletionMode.UnfilteredPopupCompletion)

    def restore():
        if edit.completer() is completer:
            set_territories(edit, territories, kind)
        try:
            edit.textEdited.disconnect(edited)
        except TypeError:  # already done
            pass

    def edited(_text):
        # moving in the list may edit the text too: only typing outside it brings the full completer back;
        # a completer put in meanwhile (another kind chosen) leaves nothing to restore
        if edit.completer() is not completer or not completer.popup().isVisible():
            QTimer.singleShot(0, restore)

    def chosen(value):
        text = _text(value)

        # later, from the event loop: the box's own key handling may still write the typed text back
        def answer():
            edit.setText(text)
            restore()
            if picked is not None:
                picked()

        QTimer.singleShot(0, answer)

    completer.activated.connect(chosen)
    edit.textEdited.connect(edited)
    completer.complete()
    return completer
