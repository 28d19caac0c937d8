"""Commands of ``python -m datagrandest_plugin``, one module per area.

Each module holds ``COMMANDS``, a list of ``cli.Command`` instances.
"""

import importlib

MODULES = ("doctor", "catalogue", "community", "layers", "ocs", "pcrs")


def all_commands():
    commands = []
    for name in MODULES:
        commands.extend(importlib.import_module(f"{__name__}.{name}").COMMANDS)
    return commands
