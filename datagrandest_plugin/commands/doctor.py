"""`doctor`: check each configured endpoint."""

import sys

from ..cli import Command, print_table
from ..core.errors import EXIT_AUTH, EXIT_OK, EXIT_UNREACHABLE
from ..core.i18n import tr


class DoctorCommand(Command):
    name = "doctor"
    help = tr("check each configured endpoint: reachable, protocol version, latency")

    def run(self, context, args):
        from ..core.checks import run_doctor

        checks = run_doctor(context.transport, context.settings)
        if context.json:
            context.emit_json([c.as_dict() for c in checks])
        else:
            yes, no = tr("yes"), tr("no")
            rows = [
                [c.service, c.url, yes if c.reachable else no, c.protocol or "-",
                 f"{c.latency_ms:.0f} ms" if c.latency_ms is not None else "-", c.message]
                for c in checks
            ]
            print_table(rows, [tr("Service"), "URL", tr("Reachable"), tr("Protocol"), tr("Latency"), tr("Message")])
        failed = [c for c in checks if not c.reachable]
        if not failed:
            return EXIT_OK
        names = ", ".join(c.service for c in failed)
        print(tr("{count} of {total} endpoints failed: {names}.").format(count=len(failed), total=len(checks), names=names),
              file=sys.stderr)
        return EXIT_AUTH if all(c.auth_required for c in failed) else EXIT_UNREACHABLE


COMMANDS = [DoctorCommand()]
