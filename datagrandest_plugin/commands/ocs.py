"""`ocs`: the OCS GE² land cover from the command line."""

from ..cli import Command, print_table
from ..core.errors import EXIT_OK, DgeError, UsageError
from ..core.i18n import tr
from .shared import load_service_layers, territory_json


def _territory_and_products(context, args, kinds=("wms", "wfs", "wmts")):
    """(territory or None, OCS products) for the command's options."""
    from ..core.ocs.products import ocs_products, select
    from ..core.territories import load_territories

    loaded = load_service_layers(context, kinds)
    if not any(service.document is not None for service in loaded):
        raise loaded[0].error
    products = ocs_products([layer for service in loaded for layer in service.layers])
    territory = None
    departments = [args.department.upper()] if getattr(args, "department", "") else None
    if getattr(args, "territory", ""):
        territories = load_territories(context.transport, context.cache, context.settings)
        territory = territories.resolve(args.territory)
        departments = list(territory.departments)
    return territory, select(products, args.years, departments)


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
        from ..core.ocs.nomenclature import reading
        from ..core.ocs.products import raster_spec

        chosen = reading(args.style)
        territory, products = _territory_and_products(context, args)
        if not products:
            raise UsageError(tr("No OCS GE² product matches these options."))
        if args.stats:
            return self._stats(context, args, territory, products, chosen)
        rows = []
        for product in products:
            try:
                spec, note = raster_spec(product, chosen, context.settings)
                raster = {"service": spec.kind, "url": spec.url, "name": spec.name, "style": spec.style, "note": note}
            except DgeError as error:
                raster = {"note": error.message}
            vector = product.layers.get("wfs")
            rows.append({"year": product.year, "department": product.department,
                         "services": sorted(product.layers), "reading": chosen.key, "raster": raster,
                         "vector": {"url": vector.url, "name": vector.name, "qml": chosen.qml_path.name}
                         if vector else None})
        if context.json:
            context.emit_json({"territory": territory_json(territory), "products": rows})
        else:
            if territory is not None:
                print(territory.label)
            print_table([[r["year"], r["department"], ", ".join(s.upper() for s in r["services"]),
                          r["raster"].get("style") or "-"] for r in rows],
                        [tr("Millésime"), tr("Department"), tr("Services"), tr("Server style")])
        return EXIT_OK

    def _stats(self, context, args, territory, products, chosen):
        from ..core.ocs.workflow import OcsRequest, run_workflow
        from ..core.territories import load_territories

        if territory is None:
            if not args.department:
                raise UsageError(tr("--stats needs --territory or --department."))
            territory = load_territories(context.transport, context.cache, context.settings).resolve(
                "departement:" + args.department)
        context.qgis_application()
        done = run_workflow(OcsRequest(millesimes=sorted({p.year for p in products}), settings=context.settings,
                                       territory=territory, readings=[chosen], products=products))
        years = done.years
        result = {"territory": territory_json(territory), "reading": chosen.key,
                  "territory_ha": round(done.territory_ha, 4),
                  "areas": {str(y): done.areas[chosen.key][y] for y in years}}
        if len(years) >= 2:
            result["changes"] = {"from": years[0], "to": years[-1], "matrix": done.changes[chosen.key],
                                 "artificialised_ha": done.artificialised_ha}
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


COMMANDS = [OcsCommand()]
