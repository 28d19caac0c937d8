"""`layers`, `tree`: the layers of DataGrandEst from the command line."""

from ..cli import Command, print_table
from ..core.errors import EXIT_OK
from ..core.i18n import tr
from .shared import load_service_layers, warn


def _exit_code(loaded):
    """0 when something could be shown; else the code of the first failure."""
    if any(service.document is not None for service in loaded):
        return EXIT_OK
    errors = [service.error for service in loaded if service.error is not None]
    return errors[0].exit_code if errors else EXIT_OK


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
        from ..core.ogc.service_model import KINDS, filter_layers

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
        parser.add_argument("--project", metavar="FILE|URL", default="",
                            help=tr("show the groups and layers of the platform's QGIS project (.qgz or .qgs)"))

    def run(self, context, args):
        from ..core.trees.legacy import json_dump, load_legacy_tree, read_config_location, source_label

        if args.project:
            return _project_tree(context, args.project)
        if args.config:
            tree = read_config_location(args.config, context.transport, context.cache, context.settings)
        else:
            tree = load_legacy_tree(context.transport, context.cache, context.settings)
        if tree.error is not None:
            warn(tr("The live layer tree could not be read ({error}); the {source} copy is shown.").format(
                error=tree.error.message, source=source_label(tree.source)))
        for problem in tree.problems:
            warn(problem)
        if context.json:
            print(json_dump(tree))
        else:
            _print_tree(tree.root, 0)
            print(tr("{folders} folders, {layers} layers.").format(folders=len(tree.folders()),
                                                                  layers=len(tree.layers())))
        return EXIT_OK


def _project_tree(context, location):
    import json

    from ..core.trees.platform_project import project_rows, read_project_location

    tree = read_project_location(location, context.transport, context.cache, context.settings)
    if tree.error is not None:
        warn(tr("The platform project could not be read ({error}); the last good copy is shown.").format(
            error=tree.error.message))
    for problem in tree.problems:
        warn(problem)
    rows = project_rows(tree)
    if context.json:
        print(json.dumps({"title": tree.root.title, "source": tree.source, "nodes": rows}, ensure_ascii=False,
                         indent=1))
        return EXIT_OK
    print(tree.root.title)
    for row in rows:
        details = "" if row["kind"] == "group" else "  [{kind}] {name} — {source}{style}".format(
            kind=row["kind"], name=row["name"], source=row["source"],
            style=tr(" — style: {name}").format(name=row["style"]) if row["style"] else "")
        print("  " * (row["depth"] + 1) + row["title"] + details)
    print(tr("{folders} folders, {layers} layers.").format(folders=len(tree.folders()) - 1,
                                                          layers=len(tree.layers())))
    return EXIT_OK


def _print_tree(node, depth):
    marker = "" if node.is_folder else f"  [{node.type}]"
    print("  " * depth + node.title + marker)
    for child in node.children:
        _print_tree(child, depth + 1)


COMMANDS = [LayersCommand(), TreeCommand()]
