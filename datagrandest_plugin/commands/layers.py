"""`layers`, `tree`, `ocs`, `pcrs`: the layers of DataGrandEst from the command line."""

import sys

from ..cli import Command, print_table
from ..core.errors import EXIT_OK, UsageError
from ..core.i18n import tr


def _warn(message):
    print(message, file=sys.stderr)


def _exit_code(loaded):
    """0 when something could be shown; else the code of the first failure."""
    if any(service.document is not None for service in loaded):
        return EXIT_OK
    errors = [service.error for service in loaded if service.error is not None]
    return errors[0].exit_code if errors else EXIT_OK


def load_service_layers(context, kinds, workspace=""):
    """Load the capabilities of each kind; report failures and problems on stderr."""
    from ..core.service_loader import endpoints, load_services

    loaded = load_services(context.transport, context.cache, endpoints(context.settings, kinds, workspace),
                           context.settings.cache_lifetime_seconds)
    for service in loaded:
        if service.document is None:
            _warn(tr("{service} ({url}): {error}").format(service=service.endpoint.label, url=service.endpoint.url,
                                                          error=service.error.message))
            continue
        if service.stale and service.error is not None:
            _warn(tr("{service}: last good copy shown ({error})").format(service=service.endpoint.label,
                                                                       error=service.error.message))
        for problem in service.document.problems:
            _warn(problem)
    return loaded


class LayersCommand(Command):
    name = "layers"
    help = tr("list the layers of the DataGrandEst OGC services (WMS, WFS, WMTS)")

    def arguments(self, parser):
        parser.add_argument("--type", dest="types", action="append", choices=("wms", "wfs", "wmts"),
                            help=tr("only this service type (repeatable; default: all three)"))
        parser.add_argument("--workspace", default="", help=tr("only the layers of this workspace"))
        parser.add_argument("--filter", default="", metavar="TEXT",
                            help=tr("words to find in names, titles and abstracts (any case, any accent)"))

    def run(self, context, args):
        from ..core.service_tree import KINDS, filter_layers

        kinds = tuple(k for k in KINDS if k in (args.types or KINDS))
        loaded = load_service_layers(context, kinds, args.workspace)
        layers = [layer for service in loaded for layer in service.layers]
        layers = filter_layers(layers, args.filter, workspace=args.workspace)
        if context.json:
            context.emit_json([_layer_json(layer) for layer in layers])
        else:
            rows = [[layer.kind.upper(), layer.workspace or "-", layer.short_name, layer.title] for layer in layers]
            print_table(rows, [tr("Type"), tr("Workspace"), tr("Name"), tr("Title")])
        return _exit_code(loaded)


def _layer_json(layer):
    return {
        "type": layer.kind,
        "workspace": layer.workspace,
        "name": layer.name,
        "title": layer.title,
        "abstract": layer.abstract,
        "url": layer.url,
        "keywords": list(layer.keywords),
        "crs": list(layer.crs),
        "wgs84_bbox": list(layer.wgs84) if layer.wgs84 else None,
        "styles": [{"name": s.name, "title": s.title, "legend_url": s.legend_url} for s in layer.styles],
        "tile_matrix_sets": list(layer.tile_matrix_sets),
    }


class TreeCommand(Command):
    name = "tree"
    help = tr("show the curated layer tree of the historical DataGrandEst plugin (config.json)")

    def arguments(self, parser):
        parser.add_argument("--config", metavar="PATH|URL", default="",
                            help=tr("read this config.json instead of the configured address"))

    def run(self, context, args):
        from ..core.legacy_tree import json_dump, load_legacy_tree, read_config_location, source_label

        if args.config:
            tree = read_config_location(args.config, context.transport, context.cache, context.settings)
        else:
            tree = load_legacy_tree(context.transport, context.cache, context.settings)
        if tree.error is not None:
            _warn(tr("The live layer tree could not be read ({error}); the {source} copy is shown.").format(
                error=tree.error.message, source=source_label(tree.source)))
        for problem in tree.problems:
            _warn(problem)
        if context.json:
            print(json_dump(tree))
        else:
            _print_tree(tree.root, 0)
            print(tr("{folders} folders, {layers} layers.").format(folders=len(tree.folders()),
                                                                  layers=len(tree.layers())))
        return EXIT_OK


def _print_tree(node, depth):
    marker = "" if node.is_folder else f"  [{node.type}]"
    print("  " * depth + node.title + marker)
    for child in node.children:
        _print_tree(child, depth + 1)


COMMANDS = [LayersCommand(), TreeCommand()]
