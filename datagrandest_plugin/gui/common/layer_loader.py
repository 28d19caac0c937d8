"""Add layers to the project without freezing QGIS.

The layer is created in a ``QgsTask`` (its provider talks to the server
there), moved to the main thread, and added to the project when the task
ends. Failures are one sentence in the message bar and the message log.
"""

from qgis.core import Qgis, QgsApplication, QgsProject

from ...context import Context
from ...core.i18n import tr
from ...core.layers.factory import create_layer, finish_layer, server_style_for
from ...core.layers.resolver import resolve
from ...toolbelt.log import PlgLogger
from ...toolbelt.settings import PlgOptionsManager
from ...toolbelt.tasks import CoreTask, module_task_set
from .provider_cache import prime_capabilities

_RUNNING = module_task_set()  # kept referenced until they end, cancelled on unload
_PENDING = {}  # name -> number of layers of that name being loaded (two dropped at once get distinct names)


def taken_names(project=None):
    """Names of the layers of the project, and of those on their way to it."""
    target = project or QgsProject.instance()
    return {layer.name() for layer in target.mapLayers().values()} | {n for n, c in _PENDING.items() if c > 0}


def add_layer(spec, on_added=None, on_failed=None, project=None, prepare=None, group=None):
    """Start loading ``spec``; returns the task (cancellable from the task bar).

    ``prepare(task)``, when given, runs first in the worker and returns the spec
    to load (a file to download, a territory to resolve...); ``group``, a
    ``QgsLayerTreeGroup`` of the project, receives the layer instead of the root.
    """
    main_thread = QgsApplication.instance().thread()
    settings = PlgOptionsManager.get_plg_settings()
    # every entry point ends here: the resolver's choices (CRS, authcfg of the origin, name) apply to all
    spec = resolve(spec, settings, taken=taken_names(project))
    try:  # QGIS's provider reads the capabilities the plugin holds instead of downloading them again
        prime_capabilities(spec, settings)
    except (OSError, RuntimeError, ValueError):
        pass  # the provider then asks the service itself, as without the plugin's copy
    _PENDING[spec.display_name] = _PENDING.get(spec.display_name, 0) + 1
    loaded = {}  # the spec really loaded and its server style, from the worker

    def release():
        _PENDING[spec.display_name] -= 1
        if _PENDING[spec.display_name] <= 0:
            del _PENDING[spec.display_name]

    def work(task):
        loaded["spec"] = _named(prepare(task), spec) if prepare else spec
        layer = create_layer(loaded["spec"])
        layer.moveToThread(main_thread)
        # the platform's style of a WFS layer, asked in this task; read into the layer on the main thread
        transport = Context(settings=settings).transport
        loaded["style"] = server_style_for(loaded["spec"], transport, settings, task)
        return layer

    def added(layer):
        release()
        style, note = loaded.get("style") or (None, "")
        _source, note = finish_layer(layer, loaded.get("spec", spec), style, note)
        if note:
            PlgLogger.log(note)
        target = project or QgsProject.instance()
        if group is not None:
            target.addMapLayer(layer, False)
            group.addLayer(layer)
        else:
            target.addMapLayer(layer)
        PlgLogger.log(tr("Layer “{title}” added.").format(title=spec.display_name))
        if on_added:
            on_added(layer)

    def failed(error):
        release()
        PlgLogger.log(error.message, level=Qgis.MessageLevel.Warning, push=True)
        if on_failed:
            on_failed(error)

    task = CoreTask(tr("DataGrandEst: loading “{title}”").format(title=spec.display_name), work, added, failed)
    return _RUNNING.run(task)


def _named(prepared, spec):
    """The spec ``prepare`` returned, with the name the resolver gave."""
    prepared.title = spec.title
    return prepared
