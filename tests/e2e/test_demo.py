"""`make demo` works without a display: QGIS opens under Xvfb on the local
platform, the plugin checks the services, and the window is saved."""

import os
import subprocess
import sys

from qgis.PyQt.QtGui import QImage

from support import ROOT


def test_demo_saves_a_screenshot_without_display(tmp_path):
    target = tmp_path / "demo.png"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py"), "--screenshot", str(target),
         "--workdir", str(ROOT / "build" / "test-platform")],
        env=env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    image = QImage(str(target))
    assert image.width() >= 1024 and image.height() >= 700
    # a drawn window, not a blank frame: many distinct colours
    colours = {image.pixel(x, y) for x in range(0, image.width(), 16) for y in range(0, image.height(), 16)}
    assert len(colours) > 20
