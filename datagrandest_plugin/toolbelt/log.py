"""Logger to QGIS's message log (tab "DataGrandEst") and message bar.

Core modules log through Python's ``logging`` ("datagrandest"); inside QGIS,
``install_qgis_log_handler`` forwards those records to the message log.
Messages are checked for URLs and passed through ``redact_url`` so that no
credential ever reaches a log.
"""

import logging
import re

TAG = "DataGrandEst"
_URL = re.compile(r"https?://[^\s'\"<>]+")


def sanitize(message: str) -> str:
    from ..core.net.transport.base import redact_url

    return _URL.sub(lambda match: redact_url(match.group(0)), str(message))


class PlgLogger:
    """Static helpers: ``PlgLogger.log(message, level, push)``, ``level`` a ``Qgis.MessageLevel``
    (Info when not given)."""

    iface = None  # set by the plugin on QGIS's first turn; None in tests and command line

    @classmethod
    def log(cls, message: str, level=None, push: bool = False, duration: int = None):
        from qgis.core import Qgis, QgsMessageLog

        message = sanitize(message)
        qlevel = Qgis.MessageLevel.Info if level is None else level
        QgsMessageLog.logMessage(message, TAG, qlevel, notifyUser=push)
        if push and cls.iface is not None:
            bar = cls.iface.messageBar()
            if duration is None:
                duration = 0 if qlevel == Qgis.MessageLevel.Critical else 6
            from .plain_text import escaped  # here, not at QGIS start

            # the message bar renders HTML; a message may quote remote text
            bar.pushMessage(TAG, escaped(message), qlevel, duration)


class QgisLogHandler(logging.Handler):
    def emit(self, record):
        from qgis.core import Qgis

        level = Qgis.MessageLevel.Critical if record.levelno >= logging.ERROR else \
            Qgis.MessageLevel.Warning if record.levelno >= logging.WARNING else Qgis.MessageLevel.Info
        PlgLogger.log(self.format(record), level)


def install_qgis_log_handler() -> logging.Handler:
    handler = QgisLogHandler()
    logger = logging.getLogger("datagrandest")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return handler


def remove_qgis_log_handler(handler: logging.Handler):
    logging.getLogger("datagrandest").removeHandler(handler)
