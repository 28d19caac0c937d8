"""Helpers shared by the test suites."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args, env=None, timeout=120):
    """Run ``python -m datagrandest_plugin`` as a user would, with QGIS's Python."""
    import subprocess

    environment = dict(os.environ)
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "datagrandest_plugin", *args],
        cwd=str(ROOT),
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def run_without_display(script: str, *args, timeout=300):
    """Run scripts/<script> as on a machine without a screen (it must use Xvfb)."""
    import subprocess

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run([sys.executable, str(ROOT / "scripts" / script), *map(str, args)],
                          env=env, capture_output=True, text=True, timeout=timeout)


def distinct_colours(image, step=16) -> int:
    """How many colours a sparse grid of a QImage holds: a drawn window has many, a blank frame few."""
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})
