"""What the "dge" locator finds: favourite layers, layers of the service
tree, catalogue records (see ``locator_filter``)."""

import json
from dataclasses import asdict

from qgis.core import Qgis

from ...context import Context
from ...core.text_search import normalise, query_terms
from ...core.catalog.models import SearchQuery
from ...core.catalog.service import CatalogService
from ...core.errors import DgeError
from ...core.favourites import FavouritesStore
from ...core.i18n import tr
from ...core.layers.resolver import resolve
from ...core.layers.spec import LayerSpec
from ...core.text import clean_text
from ...toolbelt.log import PlgLogger
from ...toolbelt.settings import PlgOptionsManager
from ..common.layer_loader import add_layer

MAX_RESULTS = 15


def _result(title, description, spec: LayerSpec):
    # a JSON string, not a Python object: the result crosses threads inside a QVariant
    return clean_text(title, 200), clean_text(description, 200), json.dumps(asdict(spec))


def search(string, feedback, layer_sources=()):
    """(title, description, data) of each result, as they are found."""
    text = (string or "").strip()
    if len(text) < 2:
        return
    settings = PlgOptionsManager.get_plg_settings()
    wanted = normalise(text)
    for favourite in FavouritesStore(settings.favourites_path()).items:
        if favourite.layer is not None and wanted in normalise(favourite.title):
            yield _result(favourite.title, tr("Favourite"), resolve(favourite.layer, settings))
    for source in layer_sources:
        for title, description, spec in source(text)[:MAX_RESULTS]:
            yield _result(title, description, spec)
    yield from _service_layers(text, settings, feedback)
    yield from _project_layers(text, settings, feedback)
    if feedback.isCanceled():
        return
    transport = Context(settings=settings).transport
    service = CatalogService(transport, settings)
    try:
        result = service.search(SearchQuery(text=text, page_size=MAX_RESULTS), feedback)
    except DgeError as error:
        PlgLogger.log(error.message, level=Qgis.MessageLevel.Warning)
        return
    for message in result.errors.values():
        PlgLogger.log(message, level=Qgis.MessageLevel.Warning)
    for record, spec in service.quick_layers(result.records, feedback):
        yield _result(record.title, record.organisation or tr("Catalogue"), spec)


def _service_layers(text, settings, feedback):
    """Layers of the DataGrandEst services whose name, title or abstract hold every word."""
    from ...core.ogc.service_loader import endpoints, load_services

    terms = query_terms(text)
    transport = Context(settings=settings).transport
    loaded = load_services(transport, Context(settings=settings).cache, endpoints(settings),
                           settings.cache_lifetime_seconds, feedback=feedback)
    found = 0
    for service in loaded:
        for layer in service.layers:
            if found >= MAX_RESULTS or feedback.isCanceled():
                return
            if all(term in layer.key for term in terms):
                found += 1
                yield _result(layer.display_title, f"{layer.kind.upper()} · {layer.name}",
                              resolve(layer, settings))


def _project_layers(text, settings, feedback):
    """Layers of the platform's curated project (its cached copy, revalidated) that hold every word."""
    from ...core.trees.platform_project import load_platform_project

    terms = query_terms(text)
    transport = Context(settings=settings).transport
    try:
        tree = load_platform_project(transport, Context(settings=settings).cache, settings, feedback=feedback)
    except DgeError as error:
        PlgLogger.log(error.message)
        return
    found = [node for node in tree.layers() if node.spec is not None and all(term in node.key for term in terms)]
    for node in found[:MAX_RESULTS]:
        yield _result(node.title, f"{node.spec.kind.upper()} · {tr('Platform project')}", node.spec)


def add_result_layer(data):
    try:
        spec = LayerSpec(**json.loads(data))
    except (TypeError, ValueError):
        return None
    return add_layer(spec)
