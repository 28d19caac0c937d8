"""Add a catalogue record's link to the map: capabilities or download in a
task, a choice of layer and style when there is one, then the layer loader."""

from qgis.core import Qgis

from ...context import current_context
from ...core.catalog.link_specs import LayerChoiceNeeded, download_spec, layer_spec, service_layers
from ...core.catalog.link_kinds import LAYER_ACTIONS, link_action
from ...core.errors import DgeError
from ...core.i18n import tr
from ...toolbelt.log import PlgLogger
from ...toolbelt.tasks import CoreTask, module_task_set
from ..common.layer_choice_dialog import LayerChoiceDialog
from ..common.layer_loader import add_layer

_RUNNING = module_task_set()  # kept referenced until they end, cancelled on unload
_DIALOGS = set()  # the layer choices shown and not answered yet


def _keep(task):
    return _RUNNING.run(task)


def add_record_link(record, link, parent=None, ask=True, on_added=None, on_failed=None):
    """Load ``link`` of ``record``; ``ask``: offer the layer/style choice when there is one."""
    context = current_context()
    settings = context.settings

    def failed(error):
        PlgLogger.log(error.message, level=Qgis.MessageLevel.Warning, push=True)
        if on_failed:
            on_failed(error)

    if link_action(link) not in LAYER_ACTIONS:
        def download(task):
            return download_spec(record, link, context.transport,
                                 settings.cache_directory() / "downloads", task, settings)

        return _keep(CoreTask(tr("DataGrandEst: downloading “{title}”").format(title=record.title), download,
                              lambda spec: add_layer(spec, on_added, on_failed), failed))

    def capabilities(task):
        return service_layers(context.transport, context.cache, link,
                              settings.cache_lifetime_seconds, task, settings)

    def chosen(options):
        name, style = link.name, ""
        try:
            spec = layer_spec(record, link, options, settings, name, style)
            need_choice = False
        except LayerChoiceNeeded:
            need_choice = True
        except DgeError as error:
            return failed(error)
        if ask or need_choice:
            dialog = LayerChoiceDialog(record.title, options, spec.name if not need_choice else "", parent)
            if dialog.needs_asking() or need_choice:
                return ask_then_add(dialog)
            dialog.deleteLater()
        return add_layer(spec, on_added, on_failed)

    def ask_then_add(dialog):
        """The choice in a dialog that does not block: this callback returns at once (no event
        loop nested in a task's callback, where the next answers would run under the dialog)."""
        def accepted():
            try:
                spec = layer_spec(record, link, dialog.options, settings, dialog.layer_name, dialog.style)
            except DgeError as error:
                return failed(error)
            return add_layer(spec, on_added, on_failed)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _result: (_DIALOGS.discard(dialog), dialog.deleteLater()))
        _DIALOGS.add(dialog)  # a dialog without a parent (Browser) lives until it is answered
        dialog.setModal(False)
        dialog.show()
        dialog.raise_()
        return None

    return _keep(CoreTask(tr("DataGrandEst: reading the service of “{title}”").format(title=record.title),
                          capabilities, chosen, failed))
