"""`make screenshots`: render the user guide's pictures from the local DataGrandEst.

Starts the local platform (or reuses $DGE_PLATFORM_URLS), installs the plugin in
a throw-away French QGIS profile, opens QGIS under Xvfb when there is no display,
and takes every picture of scripts/demo/screenshot_list.py into docs/images/ (or
--out). Fails, naming them, when a picture could not be taken.
"""

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(Path(__file__).resolve().parents[1] / d) for d in ("platform", "qa", "release", "demo", "bench")]

from demo import ENV_BY_URL, qgis_command, qgis_environment, run_qgis
from local_platform import reuse_or_start_platform
from qgis_profile import make_profile
from screenshot_list import SHOTS


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "images"), help="folder of the pictures")
    parser.add_argument("--only", action="append", help="only this picture (file name; repeatable)")
    parser.add_argument("--workdir", default=str(ROOT / "build" / "local"))
    parser.add_argument("--timeout", type=float, default=240.0, help="seconds (a normal run takes about 15)")
    args = parser.parse_args(argv)
    shots = [s for s in SHOTS if not args.only or s.image in args.only]
    if not shots:
        parser.error(f"no such picture; known: {', '.join(s.image for s in SHOTS)}")
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    profiles = ROOT / "build" / "screenshots-profile"
    report_path = profiles / "report.json"
    with reuse_or_start_platform(Path(args.workdir)) as platform:
        # the addresses stored in the profile, as a user would: the options page shows no override
        stored = {key: platform.urls[key] for key in ENV_BY_URL}
        stored["cache_dir"] = str(profiles / "cache")
        make_profile(profiles, plugin_settings=stored)
        report_path.unlink(missing_ok=True)
        env = qgis_environment(platform, profiles, urls_in_environment=False)
        env = {k: v for k, v in env.items() if not (k.startswith("DGE_") and k != "DGE_DEMO_WMS_URL")}
        env["DGE_SHOTS"] = json.dumps([s.as_dict() for s in shots])
        env["DGE_SHOTS_DIR"] = str(out)
        env["DGE_SHOTS_REPORT"] = str(report_path)
        env["DGE_SHOTS_SCENARIO"] = str(ROOT / "docs" / "scenario-exemple.json")
        startup = Path(__file__).resolve().parent / "screenshots_startup.py"
        returncode = run_qgis(qgis_command(profiles, startup, screen="1280x720"), env, args.timeout)  # a laptop
    if not report_path.is_file():
        print(f"QGIS closed before taking the pictures (exit {returncode}).", file=sys.stderr)
        return 1
    report = json.loads(report_path.read_text(encoding="utf-8"))
    for image in report["done"]:
        print(f"  {out / image}")
    for image, why in report["failed"].items():
        print(f"FAILED {image}: {why}", file=sys.stderr)
    missing = [s.image for s in shots if s.image not in report["done"]]
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
