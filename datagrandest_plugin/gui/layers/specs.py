"""What a row of the layer trees stands for (its LayerSpec), and the worker steps that run before
such a layer is added (a remote GDAL file read, a service that showed a saved copy asked again)."""

from ...core.ocs.products import with_nomenclature_style
from ...core.i18n import tr
from ...core.layers.resolver import resolve
from ...core.trees.legacy import fetch_gdal_config
from ...context import transport_for
from ...toolbelt.settings import PlgOptionsManager
from .payloads import NodePayload, ServicePayload


def prepare_for(spec):
    """What must run in the worker before ``spec`` can be loaded (a remote GDAL file), or None."""
    if spec.kind != "gdal" or not spec.url.startswith(("http://", "https://")):
        return None

    def prepare(task):
        settings = PlgOptionsManager.get_plg_settings()
        return fetch_gdal_config(spec, transport_for(settings), settings.cache_directory() / "gdal", task)

    return prepare


def service_check(endpoint, spec):
    """A worker step asking ``endpoint`` for its capabilities before its layer is added: a service
    that does not answer gives one sentence instead of a blank layer."""

    def check(task):
        from ...core.errors import Cancelled, DgeError, ServiceUnreachable
        from ...core.net.transport import check_status

        settings = PlgOptionsManager.get_plg_settings()
        try:
            check_status(transport_for(settings).fetch(endpoint.request(), task))
        except Cancelled:
            raise
        except DgeError as error:
            raise ServiceUnreachable(tr("The {service} service does not answer: “{title}” was not added ({reason})").format(
                service=endpoint.label, title=spec.display_name, reason=error.message)) from error
        return spec

    return check


def payload_spec(payload, settings=None):
    """The LayerSpec an item stands for, or None (workspace, folder, unusable node)."""
    if isinstance(payload, ServicePayload):
        settings = settings or PlgOptionsManager.get_plg_settings()
        return with_nomenclature_style(resolve(payload.layer, settings, style=payload.style))
    if isinstance(payload, NodePayload) and payload.node.spec is not None:
        settings = settings or PlgOptionsManager.get_plg_settings()
        return with_nomenclature_style(resolve(payload.node.spec, settings))
    return None
