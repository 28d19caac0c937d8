"""`make demo`: the local DataGrandEst, and QGIS with the plugin pointed at it.

Starts the local servers, installs the plugin in a throw-away profile, opens
QGIS on it (under Xvfb when there is no display) and, with ``--screenshot``,
saves a picture of the window once the plugin's service check has answered,
then closes QGIS. Without ``--screenshot`` QGIS stays open until you quit it.
"""

import argparse
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(Path(__file__).resolve().parents[1] / d) for d in ("platform", "qa", "release", "demo", "bench")]

from local_platform import reuse_or_start_platform
from qgis_profile import make_profile

ENV_BY_URL = {
    "csw_url": "DGE_CSW_URL",
    "d4c_url": "DGE_D4C_URL",
    "ows_url": "DGE_OWS_URL",
    "wms_url": "DGE_WMS_URL",
    "wfs_url": "DGE_WFS_URL",
    "wmts_url": "DGE_WMTS_URL",
    "content_url": "DGE_CONTENT_URL",
    "legacy_config_url": "DGE_LEGACY_CONFIG_URL",
    "platform_project_url": "DGE_PLATFORM_PROJECT_URL",
}


def qgis_command(profiles: Path, startup: Path, screen: str = "1600x1000"):
    command = ["qgis", "--profiles-path", str(profiles), "--profile", "default", "--noversioncheck", "--nologo",
               "--code", str(startup)]
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        if not shutil.which("xvfb-run"):
            raise SystemExit("No display and no xvfb-run: run `make setup` first.")
        command = ["xvfb-run", "-a", "-s", f"-screen 0 {screen}x24"] + command
    return command


def run_qgis(command, env, timeout=None) -> int:
    """Run QGIS (under xvfb-run) in a session of its own; past ``timeout`` the whole
    session is killed, Xvfb and QGIS with it, and the exit code is 124."""
    process = subprocess.Popen(command, env=env, start_new_session=True)
    try:
        return process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        print(f"QGIS did not finish within {timeout:.0f} s: stopped.", file=sys.stderr)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        return 124


def qgis_environment(platform, profiles: Path, urls_in_environment: bool = True) -> dict:
    """QGIS's environment: scripts/ importable and, unless the profile stores them,
    the plugin pointed at the local platform by DGE_* variables."""
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # a real (virtual) display: the window is drawn
    if urls_in_environment:
        for key, name in ENV_BY_URL.items():
            env[name] = platform.urls[key]
        env["DGE_CACHE_DIR"] = str(profiles / "cache")
    env["DGE_DEMO_WMS_URL"] = platform.urls["ows_url"]
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).resolve().parent), env.get("PYTHONPATH")]))
    return env


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--screenshot", help="save the window to this PNG, then quit")
    parser.add_argument("--workdir", default=str(ROOT / "build" / "local"))
    parser.add_argument("--timeout", type=float, default=180.0)
    args = parser.parse_args()

    workdir = Path(args.workdir)
    with reuse_or_start_platform(workdir) as platform:
        profiles = ROOT / "build" / "demo-profile"
        make_profile(profiles)
        env = qgis_environment(platform, profiles)
        if args.screenshot:
            target = Path(args.screenshot).resolve()
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.exists():
                target.unlink()
            env["DGE_DEMO_SCREENSHOT"] = str(target)
        print("Local DataGrandEst:")
        for key, value in sorted(platform.urls.items()):
            print(f"  {key:18} {value}")
        startup = Path(__file__).resolve().parent / "demo_startup.py"
        returncode = run_qgis(qgis_command(profiles, startup), env, args.timeout if args.screenshot else None)
        if args.screenshot:
            if not target.is_file():
                print(f"QGIS closed without writing {target} (exit {returncode}).", file=sys.stderr)
                return 1
            print(f"Screenshot: {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
