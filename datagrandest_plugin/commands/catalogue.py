"""`search`, `record`, `load`: the catalogues from the command line.

The core is imported by the functions that use it: ``--help`` and ``--version`` import every
command module (for its name and help) and must cost no more than a Python start.
"""

import sys

from ..cli import Command, print_table
from ..core.errors import EXIT_OK, BadAnswer, UsageError
from ..core.i18n import tr


def parse_bbox(text: str):
    try:
        values = tuple(float(v) for v in text.split(","))
    except ValueError:
        values = ()
    # nan and inf compare false: every bound is checked the way round that refuses them
    in_degrees = len(values) == 4 and all(-180.0 <= values[i] <= 180.0 for i in (0, 2)) and \
        all(-90.0 <= values[i] <= 90.0 for i in (1, 3))
    if not in_degrees or not (values[0] < values[2] and values[1] < values[3]):
        raise UsageError(tr("--bbox takes xmin,ymin,xmax,ymax in degrees (WGS84), for example 3.8,49.1,4.2,49.4."))
    return values


def record_lines(record, show_links=True):
    from ..core.catalog.link_kinds import badges

    lines = [f"{record.title}  [{', '.join(record.sources)}]  {record.identifier}"]
    details = " · ".join(x for x in (record.organisation, record.date, " ".join(badges(record.links))) if x)
    if details:
        lines.append("    " + details)
    if show_links:
        for index, link in enumerate(record.links):
            name = f" ({link.name})" if link.name else ""
            lines.append(f"    [{index}] {link.protocol or link.format or '-'}{name} {link.url}")
    return lines


class SearchCommand(Command):
    name = "search"
    help = tr("search the GeoNetwork and D4C catalogues")

    def arguments(self, parser):
        from ..core.catalog.facets import KINDS, LICENCES

        parser.add_argument("text", nargs="*", help=tr("words to search"))
        parser.add_argument("--source", choices=("csw", "d4c", "all"), default="all")
        parser.add_argument("--bbox", help=tr("xmin,ymin,xmax,ymax in WGS84 degrees"))
        parser.add_argument("--page", type=int, default=1)
        parser.add_argument("--page-size", type=int, default=20)
        parser.add_argument("--sort", choices=("relevance", "date"), default="relevance")
        parser.add_argument("--keyword", default="")
        parser.add_argument("--organisation", default="")
        parser.add_argument("--theme", default="")
        parser.add_argument("--kind", action="append", choices=KINDS, default=[],
                            help=tr("kind of resource (repeatable: any of them)"))
        parser.add_argument("--licence", choices=LICENCES, default="", help=tr("open licence or not"))
        parser.add_argument("--producer", action="append", default=[], help=tr("producer (repeatable)"))
        parser.add_argument("--crs", action="append", default=[], help=tr("reference system, e.g. EPSG:2154"))
        parser.add_argument("--years", default="", help=tr("years of the data, FROM-TO (2019-2021)"))
        parser.add_argument("--territory", default="",
                            help=tr("commune:CODE, epci:CODE or departement:CODE: the records about it"))
        parser.add_argument("--facets", action="store_true", help=tr("print how many records have each facet value"))

    def run(self, context, args):
        from ..core.catalog.facets import FACET_NAMES, FacetFilter, count_facets, parse_years
        from ..core.catalog.models import SOURCES, SearchQuery
        from ..core.catalog.service import CatalogService

        if args.page < 1 or not 1 <= args.page_size <= 200:
            raise UsageError(tr("--page starts at 1 and --page-size is between 1 and 200."))
        years = parse_years(args.years) if args.years else None
        if args.years and years is None:
            raise UsageError(tr("--years takes a range of years FROM-TO, for example 2019-2021."))
        facet_filter = FacetFilter(kinds=tuple(args.kind), licence=args.licence, producers=tuple(args.producer),
                                   years=years, crs=tuple(args.crs))
        bbox = parse_bbox(args.bbox) if args.bbox else None
        if args.territory:
            bbox = self._territory_box(context, args.territory)
        # facets filter the records found: they are asked for in one large page, then paged here
        local_pages = not facet_filter.empty
        query = SearchQuery(text=" ".join(args.text), keyword=args.keyword, organisation=args.organisation,
                            theme=args.theme, bbox=bbox, page=1 if local_pages else args.page,
                            page_size=200 if local_pages else args.page_size, sort=args.sort,
                            sources=SOURCES if args.source == "all" else (args.source,))
        result = CatalogService(context.transport, context.settings).search(query)
        if len(result.errors) == len(query.sources):
            raise next(iter(result.failures.values()))  # its own exit code: 4 for authentication
        if local_pages:
            kept = facet_filter.apply(result.records)
            start = (args.page - 1) * args.page_size
            result.records = kept[start:start + args.page_size]
            for page in result.pages.values():
                page.total = len([r for r in kept if page.source in r.sources])
        server_facets = next(iter(result.pages.values())).facets if len(result.pages) == 1 and not local_pages else None
        facets = count_facets(result.records, server_facets) if args.facets else None
        for message in result.errors.values():
            print(message, file=sys.stderr)
        for source, page in result.pages.items():
            if page.stale:
                print(tr("{source}: offline, answering from the records saved earlier ({reason})").format(
                    source=source, reason=page.error), file=sys.stderr)
        if context.json:
            context.emit_json({"total": result.total,
                               "offline": sorted(s for s, p in result.pages.items() if p.stale),
                               "totals": {s: p.total for s, p in result.pages.items()},
                               "page": args.page, "records": [r.as_dict() for r in result.records],
                               "errors": result.errors, **({"facets": {
                                   name: [{"value": f.name, "count": f.count} for f in facets.groups[name]]
                                   for name in FACET_NAMES}} if facets else {})})
        else:
            totals = ", ".join(f"{s}: {p.total}" for s, p in result.pages.items())
            print(tr("Results: {totals}; page {page}; a dataset found in both catalogues is shown once.").format(
                totals=totals, page=args.page))
            for record in result.records:
                print("\n".join(record_lines(record)))
            if facets:
                print_facets(facets)
        return EXIT_OK

    @staticmethod
    def _territory_box(context, text):
        from ..core.territories import load_territories, territory_box

        territory = load_territories(context.transport, context.cache, context.settings).resolve(text)
        context.qgis_application()
        box = territory_box(territory, context.settings)
        if box is None:
            raise BadAnswer(tr("The outline of {territory} could not be read.").format(territory=territory.label))
        return box


def print_facets(facets) -> None:
    from ..core.catalog.facets import FACET_NAMES

    titles = {"kind": tr("Kind of resource"), "licence": tr("Licence"), "producer": tr("Producer"),
              "keyword": tr("Keyword"), "year": tr("Year of the data"), "crs": tr("Reference system")}
    for name in FACET_NAMES:
        values = facets.groups.get(name) or []
        if values:
            print(f"{titles[name]} : " + ", ".join(f"{f.name} ({f.count})" for f in values[:15]))


class RecordCommand(Command):
    name = "record"
    help = tr("show a catalogue record in full, with its links")

    def arguments(self, parser):
        parser.add_argument("identifier")

    def run(self, context, args):
        from ..core.catalog.service import CatalogService

        record = CatalogService(context.transport, context.settings).record(args.identifier)
        if context.json:
            context.emit_json(record.as_dict())
            return EXIT_OK
        rows = [[tr("Title"), record.title], [tr("Identifier"), record.identifier],
                [tr("Sources"), ", ".join(record.sources)], [tr("Organisation"), record.organisation],
                [tr("Contact"), record.contact], [tr("Date"), record.date], [tr("Licence"), record.licence],
                [tr("Keywords"), ", ".join(record.keywords + record.themes)], [tr("Lineage"), record.lineage],
                [tr("Extent"), ", ".join(f"{v:g}" for v in record.bbox) if record.bbox else ""],
                [tr("Thumbnail"), record.thumbnail_url], [tr("Page"), record.page_url],
                [tr("Abstract"), record.abstract]]
        print_table([r for r in rows if r[1]], [tr("Field"), tr("Value")])
        print(tr("Links:"))
        for line in record_lines(record)[1:]:
            if line.startswith("    ["):
                print(line)
        return EXIT_OK


class LoadCommand(Command):
    name = "load"
    help = tr("load a record's layer in headless QGIS and describe it")

    def arguments(self, parser):
        parser.add_argument("--record", required=True, help=tr("record identifier"))
        parser.add_argument("--link", type=int, help=tr("index of the link (from 0); default: the first loadable"))
        parser.add_argument("--layer", default="", help=tr("layer name, when the link names none"))
        parser.add_argument("--style", default="")
        parser.add_argument("--crs", default="", help=tr("the project CRS to prefer"))

    def run(self, context, args):
        from dataclasses import replace

        from ..core.catalog.link_kinds import LAYER_ACTIONS, is_loadable, link_action
        from ..core.catalog.link_specs import LayerChoiceNeeded, download_spec, layer_spec, service_layers
        from ..core.catalog.service import CatalogService

        service = CatalogService(context.transport, context.settings)
        record = service.record(args.record)
        links = record.links
        if args.link is not None:
            if not 0 <= args.link < len(links):
                raise UsageError(tr("The record has {count} links: --link goes from 0 to {last}.").format(
                    count=len(links), last=len(links) - 1))
            link = links[args.link]
            if not is_loadable(link):
                raise BadAnswer(tr("Link {index} of this record cannot be loaded in QGIS.").format(index=args.link))
        else:
            link = next((lnk for lnk in links if is_loadable(lnk)), None)
            if link is None:
                raise BadAnswer(tr("The record “{id}” has no link QGIS can load.").format(id=record.identifier))
        context.qgis_application()
        if link_action(link) in LAYER_ACTIONS:
            settings = replace(context.settings, default_crs=args.crs) if args.crs else context.settings
            options = service_layers(context.transport, context.cache, link, settings.cache_lifetime_seconds,
                                     settings=settings)
            try:
                spec = layer_spec(record, link, options, settings, args.layer, args.style)
            except LayerChoiceNeeded as need:
                names = ", ".join(o.name for o in need.options[:20])
                raise UsageError(tr("This link names no layer; choose one with --layer among: {names}.").format(
                    names=names)) from None
        else:
            spec = download_spec(record, link, context.transport, context.settings.cache_directory() / "downloads",
                                 settings=context.settings)
        from ..core.layers.factory import create_layer, finish_layer, server_style_for
        from ..core.layers.probe import describe_layer

        layer = create_layer(spec)
        style, note = server_style_for(spec, context.transport, context.settings)
        source, note = finish_layer(layer, spec, style, note)
        if note:
            print(note, file=sys.stderr)
        description = describe_layer(layer)
        description["style_source"] = source
        if context.json:
            context.emit_json(description)
        else:
            for key, value in description.items():
                print(f"{key}: {value}")
        return EXIT_OK


COMMANDS = [SearchCommand(), RecordCommand(), LoadCommand()]
