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
    """Static helpers: ``PlgLogger.log(message, level, push)``.

    level: 0 info, 1 warning, 2 critical, 3 success.
    """

    iface = None  # set by the plugin at initGui; None in tests and command line

    @classmethod
    def log(cls, message: str, level: int = 0, push: bool = False, duration: int = None):
        from qgis.core import Qgis, QgsMessageLog

        message = sanitize(message)
        levels = {0: Qgis.MessageLevel.Info, 1: Qgis.MessageLevel.Warning, 2: Qgis.MessageLevel.Critical, 3: Qgis.MessageLevel.Success}
        qlevel = levels.get(level, Qgis.MessageLevel.Info)
        QgsMessageLog.logMessage(message, TAG, qlevel, notifyUser=push)
        if push and cls.iface is not None:
            bar = cls.iface.messageBar()
            if duration is None:
                duration = 0 if level == 2 else 6
            from .plain_text import escaped  # here, not at QGIS start

            # the message bar renders HTML; a message may quote remote text
            bar.pushMessage(TAG, escaped(message), qlevel, duration)


class QgisLogHandler(logging.Handler):
    def emit(self, record):
        level = 2 if record.levelno >= logging.ERROR else 1 if record.levelno >= logging.WARNING else 0
        PlgLogger.log(self.format(record), level)


def install_qgis_log_handler() -> logging.Handler:
    handler = QgisLogHandler()
    logger = logging.getLogger("datagrandest")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return handler


def remove_qgis_log_handler(handler: logging.Handler):
    logging.getLogger("datagrandest").removeHandler(handler)
