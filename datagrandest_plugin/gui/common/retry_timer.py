"""Try again in the background once a server that just failed may be contacted again.

The transport remembers a failed address for a minute (``Transport.retry_in``);
meanwhile a panel shows its last good copy, and this timer, owned by the panel
(so it dies with it), calls the panel back when the minute is over.
"""

from qgis.PyQt.QtCore import Qt, QTimer

from ...core.net.transport import Transport


class RetryTimer(QTimer):
    def __init__(self, parent, retry):
        super().__init__(parent)
        self.setSingleShot(True)
        # a coarse timer may fire 5 % early, while the address is still remembered as failed
        self.setTimerType(Qt.TimerType.PreciseTimer)
        self.timeout.connect(retry)

    def schedule(self, *urls) -> bool:
        """(Re)start for the latest end of the failures remembered for ``urls``; False when there are none."""
        delay = max([Transport.retry_in(url) for url in urls if url] + [0.0])
        if delay <= 0:
            return False
        self.start(int(delay * 1000) + 50)
        return True
