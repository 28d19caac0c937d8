"""The user guide opens offline in QGIS: Markdown rendered, pictures found,
links between pages followed, web links handed to the system browser only."""

import re

import pytest
from qgis.PyQt.QtCore import QObject, QUrl, pyqtSlot
from qgis.PyQt.QtGui import QDesktopServices, QTextDocument

from datagrandest_plugin.gui.integration.help_viewer import GUIDE, HelpDialog, help_folder


class UrlCatcher(QObject):
    def __init__(self):
        super().__init__()
        self.urls = []

    @pyqtSlot(QUrl)
    def catch(self, url):
        self.urls.append(url.toString())


@pytest.fixture
def dialog(qgis_app):
    widget = HelpDialog()
    yield widget
    widget.deleteLater()


def test_the_guide_opens_with_its_pictures(dialog):
    browser = dialog.browser
    assert browser.toPlainText().startswith("Guide d'utilisation de l'extension DataGrandEst")
    images = re.findall(r"!\[[^\]]*\]\((images/[^)]+)\)", (help_folder() / GUIDE).read_text(encoding="utf-8"))
    assert len(images) >= 8
    for image in images:
        pixmap = browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(image))
        assert pixmap is not None and not pixmap.isNull(), image


def test_links_between_pages_are_followed_and_back_returns(dialog):
    browser = dialog.browser
    browser.anchorClicked.emit(QUrl("formateurs.md"))
    assert browser.toPlainText().startswith("Animer la démonstration d'un webinaire")
    browser.anchorClicked.emit(QUrl("format-contenus.md#scénarios-de-démonstration"))
    assert "Format du fichier de contenus" in browser.toPlainText()
    browser.backward()
    assert browser.toPlainText().startswith("Animer la démonstration")


def test_web_links_go_to_the_system_browser_and_others_are_ignored(dialog):
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "catch")
    try:
        before = dialog.browser.source()
        dialog.browser.anchorClicked.emit(QUrl("https://www.datagrandest.fr/portail/fr"))
        dialog.browser.anchorClicked.emit(QUrl("file:///etc/passwd"))
        dialog.browser.anchorClicked.emit(QUrl("../README.md"))
        assert catcher.urls == ["https://www.datagrandest.fr/portail/fr"]
        assert dialog.browser.source() == before
    finally:
        QDesktopServices.unsetUrlHandler("https")
