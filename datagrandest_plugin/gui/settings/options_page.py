"""The plugin's page in QGIS's Options dialog (Settings › Options › DataGrandEst).

Every ``PlgSettings`` field has its widget; OK saves them (QGIS calls ``apply``),
Cancel forgets them, "Restore defaults" shows the defaults (saved on OK, like
QGIS's own pages). Each address has a "Test" button that checks the address as
typed, with the credentials chosen in QGIS's own authentication selector, in a
background task. Nothing is contacted when the page opens.
"""

from dataclasses import fields
from urllib.parse import urlsplit

from qgis.core import Qgis, QgsCoordinateReferenceSystem
from qgis.gui import (
    QgsAuthConfigSelect,
    QgsFileWidget,
    QgsOptionsPageWidget,
    QgsProjectionSelectionWidget,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...context import Context, current_context
from ...core.checks import FIELD_CHECKS, check_endpoint, field_check
from ...core.i18n import tr
from ...toolbelt.log import PlgLogger
from ...toolbelt.settings import PlgOptionsManager, PlgSettings
from ...toolbelt.tasks import CoreTask, start_task

from ..common.wheel_guard import WheelGuard, guard_wheel
from .options_factory import PAGE_OBJECT_NAME
from ...toolbelt.plain_text import plain_label


def _address_labels():
    return [
        ("csw_url", tr("Catalogue (CSW)")),
        ("oarec_url", tr("Catalogue (OGC API Records)")),
        ("csw_record_page_url", tr("Catalogue record page")),
        ("d4c_url", tr("Open-data portal (D4C)")),
        ("ows_url", tr("OGC services (OWS)")),
        ("wms_url", "WMS"),
        ("wfs_url", "WFS"),
        ("wmts_url", tr("WMTS tiles")),
        ("content_url", tr("Community content file")),
        ("legacy_config_url", tr("Layer tree file")),
        ("platform_project_url", tr("Platform QGIS project")),
        ("portal_url", tr("Portal")),
    ]


def _auth_labels():
    return [
        ("authcfg_csw", tr("Catalogue (CSW)")),
        ("authcfg_ows", tr("OGC services (WMS, WFS, WMTS)")),
        ("authcfg_d4c", tr("Open-data portal (D4C)")),
        ("authcfg_content", tr("Community content file")),
    ]


def is_web_address(value: str) -> bool:
    parts = urlsplit(value.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _form_group(title):
    group = QGroupBox(title)
    form = QFormLayout(group)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return group, form


class OptionsPage(QgsOptionsPageWidget):
    """Widgets for every setting; ``apply`` writes them to the QGIS profile."""

    test_finished = pyqtSignal(str, object)  # settings field, EndpointCheck or DgeError
    cache_cleared = pyqtSignal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName(PAGE_OBJECT_NAME)
        self._editors = {}  # settings field -> widget
        self._test_buttons = {}
        self._test_labels = {}
        self._tasks = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)

        self.environment_note = QLabel("")
        self.environment_note.setWordWrap(True)
        self.environment_note.setObjectName("DataGrandEstEnvironmentNote")
        layout.addWidget(self.environment_note)
        layout.addWidget(self._addresses_group())
        layout.addWidget(self._auth_group())
        layout.addWidget(self._network_group())
        layout.addWidget(self._folders_group())

        buttons = QHBoxLayout()
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.defaults_button = QPushButton(tr("&Restore defaults"))
        self.defaults_button.setToolTip(tr("Show the default values; they are saved when you click OK."))
        self.defaults_button.clicked.connect(self.restore_defaults)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.defaults_button)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self._wheel_guard = WheelGuard(self)
        guard_wheel(body, self._wheel_guard)
        self.show_settings(PlgOptionsManager.get_plg_settings(use_environment=False))
        self._show_environment_overrides()

    # -- building ----------------------------------------------------------
    def _addresses_group(self):
        group, form = _form_group(tr("Addresses of the platform"))
        for name, label in _address_labels():
            editor = QLineEdit()
            editor.setObjectName(f"dge_{name}")
            editor.setClearButtonEnabled(True)
            editor.setMinimumWidth(320)
            if name == "csw_record_page_url":
                editor.setToolTip(tr("{uuid} stands for the record identifier."))
            self._editors[name] = editor
            row = QHBoxLayout()
            row.addWidget(editor, 1)
            if name in FIELD_CHECKS:
                button = QPushButton(tr("Test"))
                button.setObjectName(f"dge_test_{name}")
                button.setToolTip(tr("Contact this address now, in the background, with the chosen authentication."))
                button.clicked.connect(lambda _checked=False, name=name: self.test_endpoint(name))
                self._test_buttons[name] = button
                row.addWidget(button)
            form.addRow(label, row)
            if name in FIELD_CHECKS:
                result = plain_label("")
                result.setWordWrap(True)
                result.setObjectName(f"dge_result_{name}")
                result.hide()  # shown with the first answer
                self._test_labels[name] = result
                form.addRow("", result)
        protocol = QComboBox()  # how the GeoNetwork catalogue is asked (issue 16)
        protocol.setObjectName("dge_catalogue_protocol")
        protocol.addItem(tr("CSW 2.0.2"), "csw")
        protocol.addItem(tr("OGC API Records"), "oarec")
        self._editors["catalogue_protocol"] = protocol
        form.addRow(tr("Catalogue protocol"), protocol)
        return group

    def _auth_group(self):
        group, form = _form_group(tr("Authentication (QGIS authentication configurations)"))
        note = QLabel(tr("Only the identifier of a QGIS authentication configuration is stored, never a password."))
        note.setWordWrap(True)
        form.addRow(note)
        for name, label in _auth_labels():
            selector = QgsAuthConfigSelect(group)
            selector.setObjectName(f"dge_{name}")
            self._editors[name] = selector
            form.addRow(label, selector)
        return group

    def _network_group(self):
        group, form = _form_group(tr("Network and cache"))
        timeout = QDoubleSpinBox()
        timeout.setRange(1.0, 600.0)
        timeout.setDecimals(0)
        timeout.setSuffix(" s")
        timeout.setToolTip(tr("Longest time a whole request may take, even from a server that answers drop by drop."))
        lifetime = QDoubleSpinBox()
        lifetime.setRange(0.0, 24.0 * 365)
        lifetime.setDecimals(1)
        lifetime.setSuffix(" h")
        lifetime.setToolTip(tr("After this time a cached answer is revalidated with the server."))
        largest = QSpinBox()
        largest.setRange(1, 4096)
        largest.setSuffix(tr(" MB"))
        offline = QCheckBox(tr("Work offline: use only the cached copies"))
        third_party = QCheckBox(tr("Show legends and thumbnails hosted outside the platform"))
        third_party.setToolTip(tr("Off: images on other servers are not downloaded, so those servers do not "
                                  "learn what you browse. They never receive your credentials."))
        server_styles = QCheckBox(tr("Style vector layers with the platform's style"))
        server_styles.setToolTip(tr("On: a WFS layer asks its server for its style (GetStyles). "
                                    "Off: QGIS's default style, or the plugin's own for OCS GE."))
        crs = QgsProjectionSelectionWidget()
        self._editors.update(timeout=timeout, cache_lifetime_hours=lifetime, max_download_mb=largest,
                             offline=offline, third_party_images=third_party, default_crs=crs,
                             server_styles=server_styles)
        form.addRow(tr("Request timeout"), timeout)
        form.addRow(tr("Cache lifetime"), lifetime)
        form.addRow(tr("Largest download"), largest)
        form.addRow(tr("Default CRS"), crs)
        form.addRow("", offline)
        form.addRow("", third_party)
        form.addRow("", server_styles)
        clear = QHBoxLayout()
        self.clear_cache_button = QPushButton(tr("&Clear the cache"))
        self.clear_cache_button.setToolTip(
            tr("Delete the cached answers; they are downloaded again when needed (not possible offline)."))
        self.clear_cache_button.clicked.connect(self.clear_cache)
        self.cache_status = QLabel("")
        clear.addWidget(self.clear_cache_button)
        clear.addWidget(self.cache_status, 1)
        form.addRow("", clear)
        return group

    def _folders_group(self):
        group, form = _form_group(tr("Folders"))
        for name, label in (("cache_dir", tr("Cache folder")), ("data_dir", tr("Favourites folder"))):
            chooser = QgsFileWidget()
            chooser.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
            chooser.lineEdit().setPlaceholderText(tr("in the QGIS profile"))
            chooser.setObjectName(f"dge_{name}")
            self._editors[name] = chooser
            form.addRow(label, chooser)
        return group

    # -- values --------------------------------------------------------------
    def editor(self, name: str):
        return self._editors[name]

    def show_settings(self, settings: PlgSettings):
        for field in fields(PlgSettings):
            self.set_value(field.name, getattr(settings, field.name))

    def set_value(self, name, value):
        """Show ``value`` in the widget of the setting ``name`` (saved by OK, as a typed one)."""
        widget = self._editors[name]
        if isinstance(widget, QgsAuthConfigSelect):
            widget.setConfigId(value or "")
        elif isinstance(widget, QgsFileWidget):
            widget.setFilePath(value or "")
        elif isinstance(widget, QgsProjectionSelectionWidget):
            widget.setCrs(QgsCoordinateReferenceSystem(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(widget.findData(value), 0))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, (QDoubleSpinBox, QSpinBox)):
            widget.setValue(value)
        else:
            widget.setText(str(value))
            widget.setCursorPosition(0)  # the start of an address says more than its end

    def value(self, name):
        widget = self._editors[name]
        if isinstance(widget, QgsAuthConfigSelect):
            return widget.configId() or ""
        if isinstance(widget, QgsFileWidget):
            return widget.filePath().strip()
        if isinstance(widget, QgsProjectionSelectionWidget):
            return widget.crs().authid() if widget.crs().isValid() else ""
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QSpinBox):
            return int(widget.value())
        if isinstance(widget, QDoubleSpinBox):
            return float(widget.value())
        return widget.text().strip()

    def invalid_addresses(self):
        return [name for name, _label in _address_labels() if not is_web_address(self.value(name))]

    def restore_defaults(self):
        self.show_settings(PlgSettings())
        self._show_environment_overrides()
        self.status.setText(tr("Default values shown: click OK to save them."))

    def apply(self):
        """QGIS calls this when the Options dialog is closed with OK."""
        invalid = set(self.invalid_addresses())
        overridden = self.overridden()
        for field in fields(PlgSettings):
            if field.name in invalid or field.name in overridden:
                continue  # an environment variable's value is in use, not stored
            PlgOptionsManager.set_value(field.name, self.value(field.name))
        if invalid:
            PlgLogger.log(tr("Not saved, not a web address (http or https): {names}.").format(
                names=", ".join(sorted(invalid))), Qgis.MessageLevel.Warning, push=True)

    @staticmethod
    def overridden():
        """The fields a DGE_* environment variable sets while QGIS runs."""
        return {f.name for f in fields(PlgSettings) if PlgOptionsManager.environment_value(f.name) is not None}

    def _show_environment_overrides(self):
        """The fields set by a DGE_* variable show the value in use (the one "Test" tests), read-only:
        OK does not store it."""
        in_use = PlgOptionsManager.get_plg_settings()
        names = self.overridden()
        for name in names:
            self.set_value(name, getattr(in_use, name))
            widget = self._editors[name]
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(True)
            else:
                widget.setEnabled(False)
            widget.setToolTip(tr("Set by the environment variable {variable} while QGIS runs.").format(
                variable=PlgSettings.env_name(name)))
        overridden = [f"{f.name} ({PlgSettings.env_name(f.name)})" for f in fields(PlgSettings) if f.name in names]
        self.environment_note.setVisible(bool(overridden))
        self.environment_note.setText(
            tr("Environment variables override these settings while QGIS runs: {names}.").format(
                names=", ".join(overridden)) if overridden else "")

    # -- actions -------------------------------------------------------------
    def test_endpoint(self, name: str):
        """Check one address as typed, in a background task; the answer shows below it."""
        if name in self._tasks:
            return
        url = self.value(name)
        if not is_web_address(url):
            self._show_result(name, tr("Not a web address (http or https)."))
            self.test_finished.emit(name, None)
            return
        authcfg = self.value(FIELD_CHECKS[name][3]) if FIELD_CHECKS[name][3] else ""
        plan = field_check(name, url, authcfg)
        # the limits typed in the form, online whatever the saved switch says: the user asks for this test
        typed = Context(settings=PlgSettings(timeout=self.value("timeout"), max_download_mb=self.value("max_download_mb")))
        self._test_buttons[name].setEnabled(False)
        self._show_result(name, tr("Testing…"))
        task = CoreTask(
            tr("DataGrandEst: testing {address}").format(address=plan[0]),
            lambda _task: check_endpoint(typed.transport, *plan),
            lambda check: self._tested(name, check),
            lambda error: self._tested(name, error),
        )
        self._tasks[name] = task
        task.taskTerminated.connect(lambda: self._tested(name, None))
        start_task(task)

    def _tested(self, name, outcome):
        if sip.isdeleted(self) or self._tasks.pop(name, None) is None:
            return
        self._test_buttons[name].setEnabled(True)
        if outcome is None:
            text = tr("Test cancelled.")
        elif hasattr(outcome, "reachable"):
            if outcome.reachable:
                text = tr("✓ {protocol}, answered in {ms} ms.").format(protocol=outcome.protocol,
                                                                       ms=f"{outcome.latency_ms:.0f}")
            else:
                text = "✗ " + outcome.message
        else:
            text = "✗ " + getattr(outcome, "message", str(outcome))
        self._show_result(name, text)
        self.test_finished.emit(name, outcome)

    def _show_result(self, name, text):
        self._test_labels[name].setText(text)
        self._test_labels[name].setVisible(bool(text))

    def clear_cache(self):
        cache = current_context().cache
        count = cache.clear()
        self.cache_status.setText(tr("{count} cached file(s) deleted.").format(count=count))
        self.cache_cleared.emit(count)

    def cancel_tests(self):
        for task in list(self._tasks.values()):
            task.cancel()
