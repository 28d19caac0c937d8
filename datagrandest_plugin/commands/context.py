"""The runtime context of a command: settings from the environment and the options, ``requests``
for the network, and the command's output. Imported once a command runs (``cli._main``): ``--version``
and ``--help`` never read the settings."""

import sys
from dataclasses import dataclass, replace

from ..cli import GLOBAL_URL_OPTIONS, check_url, install_cli_translator
from ..context import Context
from ..core.errors import UsageError
from ..core.i18n import tr


@dataclass
class CommandContext(Context):
    """The runtime context of a command (settings from the environment and the options,
    ``requests`` for the network) and what only a command does with it: its output."""

    json: bool = False

    @classmethod
    def from_arguments(cls, args) -> "CommandContext":
        from ..toolbelt.settings import PlgSettings

        settings = PlgSettings().with_environment()
        changes = {name: check_url(getattr(args, name), name) for name in GLOBAL_URL_OPTIONS if getattr(args, name, None)}
        if getattr(args, "timeout", None) is not None:
            if not 0 < args.timeout < float("inf"):  # also refuses nan
                raise UsageError(tr("The timeout must be a positive number of seconds."))
            changes["timeout"] = args.timeout
        if getattr(args, "catalogue_protocol", None):
            changes["catalogue_protocol"] = args.catalogue_protocol
        if getattr(args, "offline", False):
            changes["offline"] = True
        return cls(settings=replace(settings, **changes), headless=True, json=bool(getattr(args, "json", False)))

    @staticmethod
    def qgis_application():
        """A headless QgsApplication, for commands that load layers."""
        from ..toolbelt.headless import headless_qgis

        app = headless_qgis()
        if not getattr(app, "_dge_translated", False):
            install_cli_translator()  # the new application does not know the translator of the one before
            app._dge_translated = True
        return app

    def emit_json(self, data):
        import json

        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
