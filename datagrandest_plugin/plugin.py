"""Plugin lifecycle: register on start, remove everything on unload.

``initGui`` only registers what the user sees (menu under Web, toolbar button, dock, Browser,
locator, Data Source Manager page, options page, drop handler, translator): no download, no
parse, nothing that waits. The plumbing waits for QGIS's first event-loop turn, once its
window is up (``_first_turn``): the log handler, the main-thread side of the network, the
Processing provider, and a task that removes the files an interrupted cache write left.
Every QGIS start pays for what initGui imports (``scripts/bench/start_cost.py``,
``tests/qgis/test_plugin_start.py``). ``unload`` removes each of them and disconnects every
signal it connected, so reloading the plugin any number of times leaves no duplicate.
"""

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTimer, QTranslator

from .core.i18n import tr
from .i18n_loader import translation_file
from .toolbelt.qt_compat import QAction

MENU = "&DataGrandEst"


def qgis_language() -> str:
    try:
        locale = QgsApplication.locale()
    except AttributeError:  # very old QGIS
        locale = QgsSettings().value("locale/userLocale", "en_US")
    return (locale or "en")[:2].lower()


class DataGrandEstPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.actions = []
        self.dock = None
        self.drop_handler = None
        self.provider = None
        self.translator = None
        self._log_handler = None
        self._connections = []
        self._first_turn_timer = None
        self._tasks = None  # the plugin's own tasks (the cache's leftover files), cancelled on unload

    # -- helpers ---------------------------------------------------------
    def _connect(self, signal, slot):
        signal.connect(slot)
        self._connections.append((signal, slot))

    def _disconnect_all(self):
        while self._connections:
            signal, slot = self._connections.pop()
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass  # already gone with its sender

    def _install_translator(self):
        path = translation_file(qgis_language())
        if path is None:
            return
        translator = QTranslator()
        if translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            self.translator = translator

    # -- lifecycle -------------------------------------------------------
    def initGui(self):
        from .gui.dock import DataGrandEstDock
        from .toolbelt.resources import plugin_icon

        self._install_translator()
        main_window = self.iface.mainWindow()

        self.dock = DataGrandEstDock(self.iface, main_window)
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()

        self.action_dock = QAction(plugin_icon(), tr("DataGrandEst"), main_window)
        self.action_dock.setObjectName("DataGrandEstShowDock")
        self.action_dock.setToolTip(tr("Show or hide the DataGrandEst panel"))
        self.action_dock.setCheckable(True)
        self._connect(self.action_dock.toggled, self.dock.setUserVisible)
        self._connect(self.dock.visibilityChanged, self.action_dock.setChecked)
        self.iface.addPluginToWebMenu(MENU, self.action_dock)
        self.iface.addWebToolBarIcon(self.action_dock)
        self.actions.append(self.action_dock)

        from qgis.core import QgsApplication

        from .gui.integration.browser_provider import ROOT_PATH, DataGrandEstItemProvider
        from .gui.integration.locator_filter import DgeLocatorFilter

        self.locator_filter = DgeLocatorFilter()
        self.iface.registerLocatorFilter(self.locator_filter)
        self.browser_provider = DataGrandEstItemProvider()
        QgsApplication.dataItemProviderRegistry().addProvider(self.browser_provider)
        self._browser_root = ROOT_PATH
        self._connect(self.dock.panel_created, self._panel_created)

        from qgis.gui import QgsGui

        from .gui.integration.source_select import DataGrandEstSourceSelectProvider

        # a "DataGrandEst" page in the Data Source Manager (the registry owns the provider)
        self.source_select_provider = DataGrandEstSourceSelectProvider(self.iface)
        QgsGui.sourceSelectProviderRegistry().addProvider(self.source_select_provider)

        self.action_check = QAction(tr("Check the services"), main_window)
        self.action_check.setObjectName("DataGrandEstCheckServices")
        self._connect(self.action_check.triggered, self.show_services)
        self.iface.addPluginToWebMenu(MENU, self.action_check)
        self.actions.append(self.action_check)

        from .gui.layers.drop_handler import DataGrandEstDropHandler

        self.drop_handler = DataGrandEstDropHandler()
        self.iface.registerCustomDropHandler(self.drop_handler)

        from .gui.settings.options_factory import OptionsPageFactory

        self.options_factory = OptionsPageFactory()
        self.iface.registerOptionsWidgetFactory(self.options_factory)
        self.action_settings = QAction(QgsApplication.getThemeIcon("/mActionOptions.svg"), tr("Settings…"), main_window)
        self.action_settings.setObjectName("DataGrandEstSettings")
        self._connect(self.action_settings.triggered, self.show_settings)
        self.iface.addPluginToWebMenu(MENU, self.action_settings)
        self.actions.append(self.action_settings)

        self.action_help = QAction(QgsApplication.getThemeIcon("/mActionHelpContents.svg"), tr("User guide"),
                                   main_window)
        self.action_help.setObjectName("DataGrandEstHelp")
        self.action_help.setToolTip(tr("The DataGrandEst user guide, in French, readable offline"))
        self._connect(self.action_help.triggered, self.show_help)
        self.iface.addPluginToWebMenu(MENU, self.action_help)
        self.iface.pluginHelpMenu().addAction(self.action_help)  # QGIS's Help › Plugins
        self.actions.append(self.action_help)
        self.help_dialog = None
        # a timer of the plugin's, not QTimer.singleShot: an unload before it fires stops it
        self._first_turn_timer = QTimer()
        self._first_turn_timer.setSingleShot(True)
        self._first_turn_timer.timeout.connect(self._first_turn)  # goes with the timer
        self._first_turn_timer.start(0)

    def _first_turn(self):
        """What needs QGIS running, not QGIS showing: done on its first event-loop turn, before
        any user action can start a task or an algorithm (each needs the network's main-thread
        side installed here)."""
        from .toolbelt.log import PlgLogger, install_qgis_log_handler

        PlgLogger.iface = self.iface
        self._log_handler = install_qgis_log_handler()
        self.initProcessing()  # also installs the network's main-thread side
        self._remove_cache_orphans()

    def _remove_cache_orphans(self):
        """Temporary files of cache writes that a crash or kill interrupted, removed in a task: the
        folder may hold thousands of entries. Only temporary files old enough that no running
        write owns them go (``core/net/cache.py``), never an entry."""
        from .toolbelt.settings import PlgOptionsManager
        from .toolbelt.tasks import CoreTask, TaskSet

        directory = PlgOptionsManager.get_plg_settings().cache_directory()  # QgsSettings: read on this thread

        def remove(task):
            from .core.net.cache_files import remove_orphans

            return remove_orphans(directory, feedback=task)

        def removed(count):
            if count:
                from .toolbelt.log import PlgLogger

                PlgLogger.log(tr("{count} temporary file(s) left by an interrupted download removed from the "
                                 "cache folder {folder}.").format(count=count, folder=directory))

        self._tasks = TaskSet()
        self._tasks.run(CoreTask(tr("DataGrandEst: removing the cache's leftover files"), remove, on_success=removed,
                                  hidden=True))

    def initProcessing(self):
        from .processing.provider import DataGrandEstProvider
        from .toolbelt.tasks import keep_worker_threads

        from .core.net.transport.qgis_transport import install as install_transport

        keep_worker_threads()  # the algorithms run in task threads too, from the toolbox
        install_transport()
        if self.provider is None:
            self.provider = DataGrandEstProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def _panel_created(self, key, panel):
        if key == "catalogue":
            self._connect(panel.favourites_changed, lambda: self.iface.browserModel().refresh(self._browser_root))

    def show_help(self):
        from .gui.integration.help_viewer import HelpDialog

        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self.iface.mainWindow())
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()

    def show_settings(self):
        from .gui.settings.options_factory import PAGE_OBJECT_NAME

        self.iface.showOptionsDialog(self.iface.mainWindow(), currentPage=PAGE_OBJECT_NAME)

    def show_services(self):
        self.dock.setUserVisible(True)
        self.dock.tabs.setCurrentWidget(self.dock.services_panel)
        self.dock.services_panel.start_checks()

    def unload(self):
        from .toolbelt.log import PlgLogger, remove_qgis_log_handler

        from qgis.core import QgsApplication

        if self._first_turn_timer is not None:
            self._first_turn_timer.stop()  # unloaded before QGIS's first turn: nothing of it runs
            self._first_turn_timer = None
        if self._tasks is not None:
            self._tasks.cancel()
            self._tasks = None
        self._disconnect_all()
        if getattr(self, "locator_filter", None) is not None:
            self.iface.deregisterLocatorFilter(self.locator_filter)
            self.locator_filter = None
        if getattr(self, "options_factory", None) is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        if getattr(self, "browser_provider", None) is not None:
            QgsApplication.dataItemProviderRegistry().removeProvider(self.browser_provider)
            self.browser_provider = None
        if getattr(self, "source_select_provider", None) is not None:
            from qgis.gui import QgsGui

            QgsGui.sourceSelectProviderRegistry().removeProvider(self.source_select_provider)
            self.source_select_provider = None
        if self.drop_handler is not None:
            self.iface.unregisterCustomDropHandler(self.drop_handler)
            self.drop_handler = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if getattr(self, "help_dialog", None) is not None:
            self.help_dialog.close()
            self.help_dialog.deleteLater()
            self.help_dialog = None
        if getattr(self, "action_help", None) is not None:
            self.iface.pluginHelpMenu().removeAction(self.action_help)
        for action in self.actions:
            self.iface.removePluginWebMenu(MENU, action)
            self.iface.removeWebToolBarIcon(action)
            action.deleteLater()
        self.actions = []
        from .core.net.transport import shutdown_transports
        from .toolbelt.tasks import cancel_module_tasks

        cancel_module_tasks()  # layer loadings and downloads started outside any panel
        shutdown_transports()  # the tasks waiting for an answer stop now
        if self.dock is not None:
            self.dock.shutdown()
            self.iface.removeDockWidget(self.dock)
            self.dock.setParent(None)
            self.dock.deleteLater()
            self.dock = None
        if self._log_handler is not None:
            remove_qgis_log_handler(self._log_handler)
            self._log_handler = None
        PlgLogger.iface = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
