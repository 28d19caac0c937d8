"""`pcrs`: the PCRS (street plan) layers from the command line."""

from ..cli import Command, print_table
from ..core.errors import EXIT_OK
from ..core.i18n import tr
from .shared import territory_json, warn


class PcrsCommand(Command):
    name = "pcrs"
    help = tr("PCRS (street plan) layers found in the services and the catalogue, by territory and date")

    def arguments(self, parser):
        parser.add_argument("--territory", default="", metavar="commune:CODE|epci:CODE",
                            help=tr("only the layers over this commune, EPCI or department"))

    def run(self, context, args):
        from ..core.pcrs.entries import load_pcrs, within
        from ..core.territories import load_territories, territory_box

        entries, notes = load_pcrs(context.transport, context.cache, context.settings)
        for note in notes:
            warn(note)
        territory = None
        if args.territory:
            territory = load_territories(context.transport, context.cache, context.settings).resolve(args.territory)
            context.qgis_application()
            entries = within(entries, territory_box(territory, context.settings))
        if context.json:
            context.emit_json({"territory": territory_json(territory), "layers": [e.as_dict() for e in entries]})
        else:
            print_table([[e.territory or "-", e.date or "-", e.nature, e.title, ", ".join(k.upper() for k in e.kinds)]
                         for e in entries], [tr("Territory"), tr("Date"), tr("Kind"), tr("Title"), tr("Services")])
        return EXIT_OK


COMMANDS = [PcrsCommand()]
