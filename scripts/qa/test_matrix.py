"""`make test-matrix`: the whole test suite on every QGIS version we support.

- QGIS 3.22 LTR: this Debian 12 machine (the `make test` run);
- QGIS 3.40 LTR: a Debian 13 "trixie" chroot;
- QGIS 3.44: a Debian unstable "sid" chroot.

The chroots are built once by scripts/qa/qgis_chroot.sh and cached in build/chroots/.
The plugin zip is built once here (`make package`'s zip) and each suite installs
that very zip into its QGIS (tests/qgis/test_package.py, $DGE_PACKAGE_ZIP).

The local DataGrandEst (pycsw, QGIS Server, D4C stand-in) is served from this
machine for the chroot suites ($DGE_PLATFORM_URLS): it stands for the platform's
servers, which do not change with the user's QGIS (its pycsw 3 runs in the
host's .venv/catalogue, with the OWSLib it needs, apart from the plugin's). The fault server and everything
else runs inside each chroot. The chroots share this machine's network, so the
servers on 127.0.0.1 are reachable from inside.

Prints a table (version, passed, failed, errors, skipped, time), writes it to
build/matrix/summary.md and exits 1 if any suite failed.
"""

import argparse
import json
import os
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(Path(__file__).resolve().parents[1] / d) for d in ("platform", "qa", "release", "demo", "bench")]

OUT = ROOT / "build" / "matrix"
CHROOT_SCRIPT = ROOT / "scripts" / "qa" / "qgis_chroot.sh"
PYTEST = ["-m", "pytest", "-q", "-p", "no:cacheprovider"]
# the same processes as `make test`
SUITES = (("unit", ["tests/unit"]), ("qgis", ["tests/qgis"]), ("e2e", ["tests/e2e"]))
VERSION_PROBE = ("import sys; from qgis.core import Qgis; from qgis.PyQt.QtCore import QT_VERSION_STR; "
                 "print(Qgis.QGIS_VERSION.split('-')[0], QT_VERSION_STR, sys.version.split()[0])")


@dataclass
class Target:
    label: str
    chroot: str = ""  # empty: this machine


TARGETS = [Target("QGIS 3.22 LTR (Debian 12)"), Target("QGIS 3.40 LTR (Debian 13)", "trixie"),
           Target("QGIS 3.44 (Debian unstable)", "sid")]


@dataclass
class Outcome:
    target: Target
    versions: str = "?"
    passed: int = 0
    failed: int = 0
    errors: int = 0
    skipped: int = 0
    seconds: float = 0.0
    exit_code: int = -1

    @property
    def ok(self) -> bool:
        return self.exit_code == 0 and not self.failed and not self.errors and self.passed > 0


def command_for(target: Target, args):
    if not target.chroot:
        return [str(ROOT / ".venv" / "bin" / "python"), *args]
    return [str(CHROOT_SCRIPT), "run", target.chroot, "python", *args]


def read_junit(path: Path, outcome: Outcome) -> None:
    if not path.is_file():
        return
    root = ET.parse(path).getroot()
    suites = [root] if root.tag == "testsuite" else list(root.iter("testsuite"))
    for suite in suites:
        tests = int(suite.get("tests", 0))
        outcome.failed += int(suite.get("failures", 0))
        outcome.errors += int(suite.get("errors", 0))
        outcome.skipped += int(suite.get("skipped", 0))
        outcome.passed += tests - int(suite.get("failures", 0)) - int(suite.get("errors", 0)) - int(suite.get("skipped", 0))


def run_suite(target: Target, env: dict, extra_args) -> Outcome:
    outcome = Outcome(target)
    probe = subprocess.run(command_for(target, ["-c", VERSION_PROBE]), cwd=ROOT, env=env,
                           capture_output=True, text=True)
    if probe.returncode == 0 and probe.stdout.strip():
        qgis, qt, python = probe.stdout.split()[-3:]
        outcome.versions = f"QGIS {qgis}, Qt {qt}, Python {python}"
    slug = target.chroot or "host"
    print(f"\n=== {target.label}: {outcome.versions}", flush=True)
    started = time.monotonic()
    outcome.exit_code = 0
    with open(OUT / f"{slug}.log", "w") as log:
        for suite, paths in SUITES:
            junit = OUT / f"{slug}-{suite}.xml"
            junit.unlink(missing_ok=True)
            process = subprocess.Popen(command_for(target, PYTEST + [f"--junitxml={junit}", *paths, *extra_args]),
                                       cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            for line in process.stdout:
                sys.stdout.write(line)
                log.write(line)
            code = process.wait()
            outcome.exit_code = outcome.exit_code or (0 if code in (0, 5) else code)  # 5: no test selected
            read_junit(junit, outcome)
    outcome.seconds = time.monotonic() - started
    return outcome


def table(outcomes) -> str:
    lines = ["| QGIS | versions | passed | failed | errors | skipped | time | result |",
             "|---|---|---:|---:|---:|---:|---:|---|"]
    for o in outcomes:
        lines.append(f"| {o.target.label} | {o.versions} | {o.passed} | {o.failed} | {o.errors} | {o.skipped} "
                     f"| {o.seconds:.0f} s | {'OK' if o.ok else 'FAILED'} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", choices=["host"] + [t.chroot for t in TARGETS if t.chroot],
                        help="run only these targets (repeatable)")
    parser.add_argument("pytest_args", nargs="*", help="extra pytest arguments (after --)")
    args = parser.parse_args(argv)
    targets = [t for t in TARGETS if not args.only or (t.chroot or "host") in args.only]
    OUT.mkdir(parents=True, exist_ok=True)

    for target in targets:
        if target.chroot:
            subprocess.run([str(CHROOT_SCRIPT), "ensure", target.chroot], check=True)

    import package
    from local_platform import start_platform

    zip_path = package.make_zip(ROOT / "dist" / f"datagrandest_plugin-{package_version()}.zip")
    # the plugin's own settings stay out of the suites; where the chroots live does not
    env = {k: v for k, v in os.environ.items() if not k.startswith("DGE_") or k == "DGE_CHROOTS"}
    env["DGE_PACKAGE_ZIP"] = str(zip_path)
    outcomes = []
    platform = None
    try:
        for target in targets:
            suite_env = dict(env)
            if target.chroot:
                if platform is None:
                    platform = start_platform(ROOT / "build" / "test-platform")
                    urls_file = OUT / "platform-urls.json"
                    urls_file.write_text(json.dumps({**platform.urls, "workdir": str(platform.workdir)}))
                suite_env["DGE_PLATFORM_URLS"] = str(urls_file)
            outcomes.append(run_suite(target, suite_env, args.pytest_args))
    finally:
        if platform is not None:
            platform.stop()
    summary = table(outcomes)
    (OUT / "summary.md").write_text(summary + "\n")
    print("\n" + summary)
    return 0 if outcomes and all(o.ok for o in outcomes) else 1


def package_version() -> str:
    for line in (ROOT / "datagrandest_plugin" / "metadata.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("version="):
            return line.split("=", 1)[1].strip()
    return "0"


if __name__ == "__main__":
    sys.exit(main())
