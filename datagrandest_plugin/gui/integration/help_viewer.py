"""The user guide, read offline inside QGIS.

The guide is Markdown (docs/ in the sources, ``help/`` in the installed plugin)
rendered by Qt's own Markdown support in a QTextBrowser: no network, no browser,
links between pages and pictures resolve locally; http(s) links open in the
system browser, other schemes are ignored.
"""

from pathlib import Path

from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices, QTextDocument
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout

from ...__about__ import DIR_PLUGIN_ROOT
from ...core.i18n import tr

GUIDE = "guide-utilisateur.md"
TRAINERS = "formateurs.md"


def help_folder() -> Path:
    """Where the guide is: the source tree's docs/ (its help/ copy may be stale there),
    else the installed plugin's help/."""
    for candidate in (DIR_PLUGIN_ROOT.parent / "docs", DIR_PLUGIN_ROOT / "help"):
        if (candidate / GUIDE).is_file():
            return candidate
    raise FileNotFoundError(GUIDE)


class GuideBrowser(QTextBrowser):
    """Follows links to local Markdown pages; web links go to the system browser."""

    def __init__(self, folder: Path, parent=None):
        super().__init__(parent)
        self.folder = folder
        self.setOpenLinks(False)
        self.anchorClicked.connect(self.follow)

    def open_page(self, name: str):
        self.setSource(QUrl.fromLocalFile(str(self.folder / name)), QTextDocument.ResourceType.MarkdownResource)

    def follow(self, url: QUrl):
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
            return
        target = self.source().resolved(url)
        if not target.isLocalFile():
            return
        path = Path(target.toLocalFile()).resolve()
        if path.suffix == ".md" and path.parent == self.folder.resolve() and path.is_file():
            self.setSource(target, QTextDocument.ResourceType.MarkdownResource)
            if url.hasFragment():
                self.scrollToAnchor(url.fragment())


class HelpDialog(QDialog):
    def __init__(self, parent=None, page: str = GUIDE):
        super().__init__(parent)
        self.setObjectName("DataGrandEstHelp")
        self.setWindowTitle(tr("DataGrandEst user guide"))
        self.resize(900, 760)
        self.browser = GuideBrowser(help_folder(), self)
        self.browser.setObjectName("DataGrandEstHelpBrowser")
        back = QPushButton(tr("◀ &Back"))
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        back.setEnabled(False)
        home = QPushButton(tr("&Guide"))
        home.clicked.connect(lambda: self.browser.open_page(GUIDE))
        trainers = QPushButton(tr("&Trainers"))
        trainers.clicked.connect(lambda: self.browser.open_page(TRAINERS))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        for button in (back, home, trainers):
            top.addWidget(button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(close)
        self.browser.open_page(page)
