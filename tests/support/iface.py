"""A stand-in for QGIS's ``iface`` over real Qt widgets.

It implements what the plugin calls with the behaviour of QGIS's own
``QgisApp``: the Web menu holds one sub-menu per plugin menu name, removed
when its last action goes; the web toolbar holds the buttons; docks live in a
real ``QMainWindow``. Tests then inspect real widgets, not mocks.
"""

from qgis.core import QgsLocator
from qgis.gui import QgsMapCanvas, QgsMessageBar
from qgis.PyQt.QtWidgets import QMainWindow, QMenu, QToolBar


class StandInIface:
    def __init__(self):
        self._main = QMainWindow()
        self._main.setObjectName("QgisApp")
        self._web_menu = self._main.menuBar().addMenu("&Web")
        self._web_menu.setObjectName("mWebMenu")
        self._help_menu = self._main.menuBar().addMenu("&Help").addMenu("&Plugins")
        self._help_menu.setObjectName("mPluginHelpMenu")
        self._web_toolbar = QToolBar("Web", self._main)
        self._web_toolbar.setObjectName("mWebToolBar")
        self._main.addToolBar(self._web_toolbar)
        self._canvas = QgsMapCanvas(self._main)
        self._main.setCentralWidget(self._canvas)
        self._bar = QgsMessageBar(self._main)
        self.drop_handlers = []
        self._tree_view = None
        self.locator = QgsLocator(self._main)  # what QGIS's locator bar searches
        self.browser_refreshes = []
        self.options_factories = []  # what QGIS's Options dialog would show as pages
        self.options_dialog_requests = []

    def registerLocatorFilter(self, locator_filter):
        self.locator.registerFilter(locator_filter)

    def deregisterLocatorFilter(self, locator_filter):
        self.locator.deregisterFilter(locator_filter)

    def registerOptionsWidgetFactory(self, factory):
        self.options_factories.append(factory)

    def unregisterOptionsWidgetFactory(self, factory):
        self.options_factories.remove(factory)

    def showOptionsDialog(self, parent=None, currentPage=""):
        self.options_dialog_requests.append(currentPage)

    def browserModel(self):
        return self

    def refresh(self, path):
        self.browser_refreshes.append(path)

    def mainWindow(self):
        return self._main

    def layerTreeView(self):
        """The project's layer tree, as QGIS shows it (QGIS 3.40's Processing asks for its current node)."""
        if self._tree_view is None:
            from qgis.core import QgsLayerTreeModel, QgsProject
            from qgis.gui import QgsLayerTreeView

            self._tree_view = QgsLayerTreeView(self._main)
            self._tree_view.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), self._tree_view))
        return self._tree_view

    def setActiveLayer(self, layer):  # noqa: N802 - QGIS's name (QGIS 3.40's Processing selects its outputs)
        self.active_layer = layer
        self.layerTreeView().setCurrentLayer(layer)
        return True

    def mapCanvas(self):
        return self._canvas

    def activeLayer(self):
        return getattr(self, "active_layer", None)

    def messageBar(self):
        return self._bar

    def pluginHelpMenu(self):
        return self._help_menu

    def webMenu(self):
        return self._web_menu

    def webToolBar(self):
        return self._web_toolbar

    def _submenu(self, name, create):
        for action in self._web_menu.actions():
            if action.menu() is not None and action.text() == name:
                return action.menu()
        if not create:
            return None
        menu = QMenu(name, self._web_menu)
        self._web_menu.addMenu(menu)
        return menu

    def addPluginToWebMenu(self, name, action):
        self._submenu(name, True).addAction(action)

    def removePluginWebMenu(self, name, action):
        menu = self._submenu(name, False)
        if menu is None:
            return
        menu.removeAction(action)
        if not menu.actions():
            self._web_menu.removeAction(menu.menuAction())
            menu.deleteLater()

    def addWebToolBarIcon(self, action):
        self._web_toolbar.addAction(action)
        return action

    def removeWebToolBarIcon(self, action):
        self._web_toolbar.removeAction(action)

    def addDockWidget(self, area, dock):
        self._main.addDockWidget(area, dock)

    def removeDockWidget(self, dock):
        self._main.removeDockWidget(dock)

    def registerCustomDropHandler(self, handler):
        self.drop_handlers.append(handler)

    def unregisterCustomDropHandler(self, handler):
        self.drop_handlers.remove(handler)
