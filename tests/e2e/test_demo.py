"""`make demo` works without a display: QGIS opens under Xvfb on the local
platform, the plugin checks the services, and the window is saved."""

from qgis.PyQt.QtGui import QImage

from support import ROOT, distinct_colours, run_without_display


def test_demo_saves_a_screenshot_without_display(tmp_path):
    target = tmp_path / "demo.png"
    result = run_without_display("demo/demo.py", "--screenshot", target, "--workdir", ROOT / "build" / "test-platform")
    assert result.returncode == 0, result.stderr[-3000:]
    image = QImage(str(target))
    assert image.width() >= 1024 and image.height() >= 700
    assert distinct_colours(image) > 20  # a drawn window, not a blank frame
