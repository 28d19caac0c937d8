"""`layers`, `tree`, `ocs`, `pcrs`: the layers of DataGrandEst from the command line."""

import sys

from ..cli import Command, print_table
from ..core.errors import EXIT_OK, DgeError, UsageError
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
    from ..core.ogc.service_loader import endpoints, load_services

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


def _project_tree(context, location):
    import json

    from ..core.trees.platform_project import project_rows, read_project_location

    tree = read_project_location(location, context.transport, context.cache, context.settings)
    if tree.error is not None:
        _warn(tr("The platform project could not be read ({error}); the last good copy is shown.").format(
            error=tree.error.message))
    for problem in tree.problems:
        _warn(problem)
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


def _territory_and_products(context, args, kinds=("wms", "wfs", "wmts")):
    """(territory or None, OCS products) for the command's options."""
    from ..core.ocs import products as ocs
    from ..core.territories import load_territories

    loaded = load_service_layers(context, kinds)
    if not any(service.document is not None for service in loaded):
        raise loaded[0].error
    products = ocs.ocs_products([layer for service in loaded for layer in service.layers])
    territory = None
    departments = [args.department.upper()] if getattr(args, "department", "") else None
    if getattr(args, "territory", ""):
        territories = load_territories(context.transport, context.cache, context.settings)
        territory = territories.resolve(args.territory)
        departments = list(territory.departments)
    return territory, ocs.select(products, args.years, departments)


class OcsCommand(Command):
    name = "ocs"
    help = tr("OCS GE² land cover: millésimes and departments published, styles, areas for a territory")

    def arguments(self, parser):
        from ..core.ocs.nomenclature import reading_keys

        parser.add_argument("--year", dest="years", type=int, action="append", metavar="Y",
                            help=tr("millésime (repeatable; two give the change matrix with --stats)"))
        where = parser.add_mutually_exclusive_group()
        where.add_argument("--department", default="", metavar="D", help=tr("department code, e.g. 54"))
        where.add_argument("--territory", default="", metavar="commune:CODE|epci:CODE",
                           help=tr("a commune, EPCI or department, by code or by name"))
        parser.add_argument("--style", default="niveau_1_a_5", choices=reading_keys(),
                            help=tr("reading of the nomenclature"))
        parser.add_argument("--stats", action="store_true",
                            help=tr("areas per class for the territory (needs --territory or --department)"))

    def run(self, context, args):
        from ..core.ocs import products as ocs
        from ..core.ocs.nomenclature import reading

        chosen = reading(args.style)
        territory, products = _territory_and_products(context, args)
        if not products:
            raise UsageError(tr("No OCS GE² product matches these options."))
        if args.stats:
            return self._stats(context, args, territory, products, chosen)
        rows = []
        for product in products:
            try:
                spec, note = ocs.raster_spec(product, chosen, context.settings)
                raster = {"service": spec.kind, "url": spec.url, "name": spec.name, "style": spec.style, "note": note}
            except DgeError as error:
                raster = {"note": error.message}
            vector = product.layers.get("wfs")
            rows.append({"year": product.year, "department": product.department,
                         "services": sorted(product.layers), "reading": chosen.key, "raster": raster,
                         "vector": {"url": vector.url, "name": vector.name, "qml": chosen.qml_path.name}
                         if vector else None})
        if context.json:
            context.emit_json({"territory": _territory_json(territory), "products": rows})
        else:
            if territory is not None:
                print(territory.label)
            print_table([[r["year"], r["department"], ", ".join(s.upper() for s in r["services"]),
                          r["raster"].get("style") or "-"] for r in rows],
                        [tr("Millésime"), tr("Department"), tr("Services"), tr("Server style")])
        return EXIT_OK

    def _stats(self, context, args, territory, products, chosen):
        from ..core.ocs import products as ocs
        from ..core.ocs.nomenclature import NIVEAU_1
        from ..core.ocs.overlay import overlay
        from ..core.territories import load_territories, territory_geometry

        if territory is None:
            if not args.department:
                raise UsageError(tr("--stats needs --territory or --department."))
            territory = load_territories(context.transport, context.cache, context.settings).resolve(
                "departement:" + args.department)
        context.qgis_application()
        geometry = territory_geometry(territory, context.settings)
        years = sorted({p.year for p in products})
        features = {}
        for year in years:
            chosen_products = [p for p in products if p.year == year]
            layers = [ocs.wfs_layer_for(p, geometry, territory, chosen, context.settings) for p in chosen_products]
            features[year] = list(ocs.clipped_features(layers, geometry))
        territory_ha = geometry.area() / 10000.0
        result = {"territory": _territory_json(territory), "reading": chosen.key,
                  "territory_ha": round(territory_ha, 4),
                  "areas": {str(y): ocs.class_areas(features[y], chosen, territory_ha) for y in years}}
        if len(years) >= 2:
            first, last = years[0], years[-1]
            crossing = overlay(features[first], features[last])  # one overlay, both readings
            result["changes"] = {"from": first, "to": last, "matrix": crossing.matrix(chosen),
                                 "artificialised_ha": ocs.artificialised_ha(crossing.matrix(NIVEAU_1))}
        if context.json:
            context.emit_json(result)
            return EXIT_OK
        print(territory.label)
        for year in years:
            print()
            print(tr("Millésime {year} – {reading}").format(year=year, reading=chosen.title))
            print_table([[r["label"], f"{r['area_ha']:.2f}", f"{r['share_pct']:.1f}"] for r in result["areas"][str(year)]],
                        [tr("Class"), tr("Hectares"), "%"])
        if "changes" in result:
            changes = result["changes"]
            print()
            print(tr("Changes {first} → {last}").format(first=changes["from"], last=changes["to"]))
            print_table([[r["from_label"], r["to_label"], f"{r['area_ha']:.2f}"] for r in changes["matrix"]
                         if r["from_code"] != r["to_code"]], [tr("From"), tr("To"), tr("Hectares")])
            print(tr("Agricultural or natural land turned artificial: {ha:.2f} ha.").format(
                ha=changes["artificialised_ha"]))
        return EXIT_OK


def _territory_json(territory):
    if territory is None:
        return None
    return {"kind": territory.kind, "code": territory.code, "name": territory.name,
            "departments": list(territory.departments)}


class PcrsCommand(Command):
    name = "pcrs"
    help = tr("PCRS (street plan) layers found in the services and the catalogue, by territory and date")

    def arguments(self, parser):
        parser.add_argument("--territory", default="", metavar="commune:CODE|epci:CODE",
                            help=tr("only the layers over this commune, EPCI or department"))

    def run(self, context, args):
        from ..core.pcrs.entries import load_pcrs, within
        from ..core.territories import load_territories, territory_geometry

        entries, notes = load_pcrs(context.transport, context.cache, context.settings)
        for note in notes:
            _warn(note)
        territory = None
        if args.territory:
            territory = load_territories(context.transport, context.cache, context.settings).resolve(args.territory)
            context.qgis_application()
            box = territory_geometry(territory, context.settings).boundingBox()
            from ..core.geo_boxes import box_to_wgs84

            entries = within(entries, box_to_wgs84((box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()),
                                                   "EPSG:2154"))
        if context.json:
            context.emit_json({"territory": _territory_json(territory), "layers": [e.as_dict() for e in entries]})
        else:
            print_table([[e.territory or "-", e.date or "-", e.nature, e.title, ", ".join(k.upper() for k in e.kinds)]
                         for e in entries], [tr("Territory"), tr("Date"), tr("Kind"), tr("Title"), tr("Services")])
        return EXIT_OK


COMMANDS = [LayersCommand(), TreeCommand(), OcsCommand(), PcrsCommand()]
