"""A bounded stress run in `make test` (`make stress` runs it for 10 minutes): tasks
fetching in a loop while the GUI thread builds, uses and destroys catalogue panels,
then torn down with requests in flight. QGIS must neither crash nor hang, and quit
within 5 seconds."""

import subprocess
import sys

from support import ROOT


def test_tasks_fetching_while_panels_come_and_go(qgis_app):
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "qa" / "transport_stress.py"), "--seconds", "12"],
                         capture_output=True, text=True, timeout=240)
    last = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else ""
    assert run.returncode == 0 and last.startswith("stress: ok"), (run.returncode, last, run.stderr[-3000:])
