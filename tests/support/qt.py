"""Waiting for Qt signals without sleeping."""

from qgis.PyQt.QtCore import QEventLoop, QTimer


def wait_for(signal, bound_ms=30000):
    """Run the event loop until ``signal`` fires; returns the arguments of each
    emission seen (empty when the bound, a safety net only, ran out)."""
    received = []
    loop = QEventLoop()

    def got(*args):
        received.append(args)
        loop.quit()

    signal.connect(got)
    QTimer.singleShot(bound_ms, loop.quit)
    loop.exec_()
    signal.disconnect(got)
    return received
