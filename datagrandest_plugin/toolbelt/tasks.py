"""Run core work off the GUI thread in a ``QgsTask``.

The task shows in QGIS's task bar with a working cancel button; the result or
the error sentence comes back on the main thread through callbacks.
"""

import logging
import traceback

from qgis.core import QgsApplication, QgsTask

from ..core.errors import Cancelled, DgeError
from ..core.i18n import tr

LOG = logging.getLogger("datagrandest")


class CoreTask(QgsTask):
    """``function(task)`` runs in a worker thread; ``task`` has ``isCanceled()``."""

    def __init__(self, description, function, on_success=None, on_failure=None):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self._function = function
        self._on_success = on_success
        self._on_failure = on_failure
        self.result = None
        self.error = None

    def run(self):
        try:
            self.result = self._function(self)
            return True
        except Cancelled as error:
            self.error = error
        except DgeError as error:
            self.error = error
        except Exception:
            LOG.error("%s", traceback.format_exc())
            self.error = DgeError(tr("Unexpected error; details are in the DataGrandEst message log."))
        return False

    def finished(self, ok):
        # An exception escaping a Qt slot aborts QGIS (PyQt calls qFatal): a
        # callback whose widget is already gone must only cost a log line.
        try:
            if ok:
                if self._on_success:
                    self._on_success(self.result)
            elif self._on_failure and not isinstance(self.error, Cancelled) and not self.isCanceled():
                self._on_failure(self.error or Cancelled())
        except Exception:
            LOG.error("%s", traceback.format_exc())


def start_task(task: CoreTask) -> CoreTask:
    QgsApplication.taskManager().addTask(task)
    return task
