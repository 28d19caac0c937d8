"""Panel "Services": checks every configured endpoint in the background."""

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.doctor import run_doctor
from ..core.i18n import tr
from ..core.transport import default_transport
from ..toolbelt.settings import PlgOptionsManager
from ..toolbelt.tasks import CoreTask, start_task


class ServicesPanel(QWidget):
    checks_done = pyqtSignal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("DataGrandEstServicesPanel")
        self._task = None
        layout = QVBoxLayout(self)
        intro = QLabel(tr("State of the DataGrandEst services configured in the plugin settings."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([tr("Service"), tr("Reachable"), tr("Protocol"), tr("Latency"), tr("Message")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.status = QLabel("")
        self.check_button = QPushButton(tr("&Check the services"))
        self.check_button.setToolTip(tr("Contact each endpoint in the background; QGIS stays usable."))
        self.check_button.clicked.connect(self.start_checks)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.check_button)
        layout.addLayout(buttons)

    def start_checks(self):
        if self._task is not None:
            return
        settings = PlgOptionsManager.get_plg_settings()
        self.check_button.setEnabled(False)
        self.status.setText(tr("Checking…"))

        def work(task):
            transport = default_transport(timeout=settings.timeout, offline=settings.offline,
                                          max_bytes=settings.max_download_bytes)
            return run_doctor(transport, settings)

        self._task = start_task(CoreTask(tr("DataGrandEst: checking the services"), work, self._show, self._failed))
        self._task.taskTerminated.connect(self._reset)

    def _reset(self):
        self._task = None
        self.check_button.setEnabled(True)

    def _failed(self, error):
        self._reset()
        self.status.setText(error.message)

    def _show(self, checks):
        self._reset()
        self.table.setRowCount(len(checks))
        for row, check in enumerate(checks):
            latency = f"{check.latency_ms:.0f} ms" if check.latency_ms is not None else "–"
            cells = [check.service, tr("yes") if check.reachable else tr("no"), check.protocol or "–", latency, check.message]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(check.url if column == 0 else text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        failed = sum(1 for c in checks if not c.reachable)
        self.status.setText(
            tr("All services answer.") if not failed else tr("{count} service(s) do not answer.").format(count=failed)
        )
        self.checks_done.emit(checks)

    def cancel(self):
        if self._task is not None:
            self._task.cancel()
