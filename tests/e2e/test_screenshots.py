"""`make screenshots` renders every picture of the guide from the local platform,
without a display (Xvfb), and each is a drawn picture, not a blank frame: QGIS at 1280×720 (a
laptop) with the dock open, one picture per tab."""

from qgis.PyQt.QtGui import QImage

from support import ROOT, distinct_colours, run_without_display

from screenshot_list import SHOTS


def test_make_screenshots_renders_every_picture_of_the_guide(tmp_path):
    result = run_without_display("demo/screenshots.py", "--out", tmp_path, "--workdir", ROOT / "build" / "test-platform",
                                 timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    for shot in SHOTS:
        image = QImage(str(tmp_path / shot.image))
        assert not image.isNull(), shot.image
        assert image.width() >= 400 and image.height() >= 400, shot.image
        assert distinct_colours(image, step=8) > 20, shot.image
        if shot.target == "window":
            assert (image.width(), image.height()) == (1280, 720), shot.image
        elif shot.target not in ("options", "scenario"):  # a tab of the dock, at the laptop's width
            assert image.width() <= 440, (shot.image, image.width())
    tabs = {shot.target for shot in SHOTS}
    assert {"catalogue", "layers", "ocs", "pcrs", "services", "webinars", "trainings", "groups", "agenda"} <= tabs
