"""`make run`: QGIS with the plugin installed in a throw-away profile, on the
live DataGrandEst endpoints (or whatever DGE_* variables say)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(Path(__file__).resolve().parents[1] / d) for d in ("platform", "qa", "release", "demo", "bench")]

from qgis_profile import make_profile


def main():
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        print("`make run` opens QGIS and needs a display; `make demo` works without one.", file=sys.stderr)
        return 1
    profiles = ROOT / "build" / "run-profile"
    make_profile(profiles)
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.call(["qgis", "--profiles-path", str(profiles), "--profile", "default"], env=env)


if __name__ == "__main__":
    sys.exit(main())
