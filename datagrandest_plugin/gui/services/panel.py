"""Panel "Services": checks every configured endpoint in the background.

One ``QgsTask`` per endpoint: they run in parallel, each row fills in as its
answer arrives, and a dead endpoint delays only its own row.
"""

from qgis.PyQt.QtCore import Qt, pyqtSignal
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

from ...core.checks import check_endpoint, planned_checks
from ...core.i18n import tr
from ...context import transport_for
from ...core.net.transport.base import redact_url
from ...toolbelt.settings import PlgOptionsManager
from ...toolbelt.tasks import CoreTask, start_task
from ...toolbelt.plain_text import tooltip


class ServicesPanel(QWidget):
    checks_done = pyqtSignal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("DataGrandEstServicesPanel")
        self._tasks = {}
        self._results = {}
        self._closed = False
        self._started = False
        layout = QVBoxLayout(self)
        intro = QLabel(tr("State of the DataGrandEst services configured in the plugin settings."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([tr("Service"), tr("Reachable"), tr("Protocol"), tr("Latency"), tr("Message")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.status = QLabel("")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # remote text inside: never rich text
        self.status.setWordWrap(True)
        self.check_button = QPushButton(tr("&Check the services"))
        self.check_button.setToolTip(tr("Contact each endpoint in the background; QGIS stays usable."))
        self.check_button.clicked.connect(self.start_checks)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.check_button)
        layout.addLayout(buttons)

    def showEvent(self, event):
        super().showEvent(event)
        if not self._started:  # opening the tab is asking how the services are: check them now
            self.start_checks()

    def start_checks(self):
        self._started = True
        if self._tasks:
            return
        settings = PlgOptionsManager.get_plg_settings()
        plans = planned_checks(settings)
        self._results = {}
        self.check_button.setEnabled(False)
        self.status.setText(tr("Checking…"))
        self.table.setRowCount(len(plans))
        for row, plan in enumerate(plans):
            self._set_row(row, [plan[0], "…", "", "", ""], redact_url(plan[1]))
            self._tasks[row] = start_task(
                CoreTask(
                    tr("DataGrandEst: checking {service}").format(service=plan[0]),
                    lambda task, plan=plan: check_endpoint(self._transport(settings), *plan),
                    lambda check, row=row: self._show(row, check),
                    lambda error, row=row: self._failed(row, error),
                )
            )
            self._tasks[row].taskTerminated.connect(lambda row=row: self._finish(row))

    @staticmethod
    def _transport(settings):
        return transport_for(settings)

    def _set_row(self, row, cells, url):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(tooltip(url if column == 0 else text))
            self.table.setItem(row, column, item)

    def _show(self, row, check):
        if self._closed:
            return
        latency = f"{check.latency_ms:.0f} ms" if check.latency_ms is not None else "–"
        cells = [check.service, tr("yes") if check.reachable else tr("no"), check.protocol or "–", latency, check.message]
        self._set_row(row, cells, check.url)
        self._results[row] = check
        self._finish(row)

    def _failed(self, row, error):
        if self._closed:
            return
        self._set_row(row, [self.table.item(row, 0).text(), tr("no"), "–", "–", error.message], "")
        self._finish(row)

    def _finish(self, row):
        if self._tasks.pop(row, None) is None or self._tasks or self._closed:
            return
        self.table.resizeColumnsToContents()
        self.check_button.setEnabled(True)
        checks = [self._results[r] for r in sorted(self._results)]
        failed = self.table.rowCount() - sum(1 for c in checks if c.reachable)
        self.status.setText(
            tr("All services answer.") if not failed else tr("{count} service(s) do not answer.").format(count=failed)
        )
        self.checks_done.emit(checks)

    def shutdown(self):
        self.cancel()

    def cancel(self):
        """Stop every check; answers arriving later are ignored (the dock may be gone)."""
        self._closed = True
        for task in list(self._tasks.values()):
            task.cancel()
