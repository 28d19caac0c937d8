"""The loading of the "Couches" panel: one task per service and per tree, a saved copy shown
when a service does not answer, a failed service asked again later."""

from qgis.core import Qgis

from ...core.i18n import tr
from ...core.trees.legacy import load_legacy_tree
from ...core.trees.platform_project import load_platform_project
from ...core.ogc.service_loader import endpoints, load_service
from ...context import cache_for, transport_for
from ...toolbelt.settings import PlgOptionsManager
from ...toolbelt.tasks import CoreTask
from ..common.formats import saved_copy
from .service_tree_model import with_tree_content


class ServiceLoading:
    """Service and tree loading of LayersPanel (mixed into it)."""

    @property
    def started(self) -> bool:
        """Whether the layers have been asked for (the panel was shown, or "Reload" pressed)."""
        return self._started

    def showEvent(self, event):
        super().showEvent(event)
        if not self._started and self._load_on_show:
            self.start_loading()

    def start_loading(self, force=False):
        if self._pending:
            return
        self._started = True
        settings = PlgOptionsManager.get_plg_settings()
        cache = cache_for(settings)
        self.status.setText(tr("Loading the layers…"))
        self.reload_button.setEnabled(False)
        service_endpoints = endpoints(settings)
        self._services_pending = len(service_endpoints)
        for endpoint in service_endpoints:
            self._start(CoreTask(
                tr("DataGrandEst: reading the {service} layers").format(service=endpoint.label),
                lambda task, e=endpoint: with_tree_content(load_service(
                    transport_for(settings), cache, e, settings.cache_lifetime_seconds, force, task)),
                lambda shown: self._service_loaded(*shown), lambda error, e=endpoint: self._service_failed(e, error),
                failure_of=lambda shown: shown[0].error.message if shown[0].stale and shown[0].error else "",
                settles=True))
        self._start(CoreTask(
            tr("DataGrandEst: reading the historical layer tree"),
            lambda task: load_legacy_tree(transport_for(settings), cache, settings, force, task),
            self._legacy_done, self._legacy_failed))
        self._start(CoreTask(
            tr("DataGrandEst: reading the platform project"),
            lambda task: load_platform_project(transport_for(settings), cache, settings, force, task),
            self._project_done, self._project_failed))

    def _start(self, task, loading=True):
        """Run a task of this panel; ``loading`` ones (the trees) keep "Reload" disabled until done."""
        self._pending += loading
        self._tasks.run(task, lambda _task: self._task_over(loading))

    def _task_over(self, loading):
        self._pending = max(0, self._pending - loading)
        if not self._pending and not self._closed:
            self.reload_button.setEnabled(True)

    def _service_loaded(self, loaded, content=None):
        if self._closed:
            return
        self.show_service_layers(loaded.endpoint.kind, loaded.layers, content)
        notes = list(loaded.document.problems)
        self._stale.pop(loaded.endpoint.kind, None)
        if loaded.stale and loaded.error is not None:
            self._stale[loaded.endpoint.kind] = (loaded.endpoint, loaded.fetched_at, loaded.error.message)
            notes.insert(0, tr("{service}: last good copy shown ({error})").format(
                service=loaded.endpoint.label, error=loaded.error.message))
            self._retry.schedule(loaded.endpoint.url)
        self._note(notes)
        self._service_step()

    def _service_failed(self, endpoint, error):
        if self._closed:
            return
        self._note([tr("{service} ({url}): {error}").format(service=endpoint.label, url=endpoint.url,
                                                           error=error.message)], level=Qgis.MessageLevel.Warning)
        self._retry.schedule(endpoint.url)
        self._service_step()

    def _retry_loading(self):
        if self._closed:
            return
        if self._pending:
            self._retry.start(1000)
            return
        self.start_loading()

    def _service_step(self):
        self._services_pending = max(0, self._services_pending - 1)
        self.status.setText(self._summary())
        self.apply_filter()
        if not self._services_pending:
            self.services_loaded.emit()

    def _summary(self):
        """How many layers, and which services show a saved copy (they did not answer)."""
        parts = [tr("{count} layers from the services.").format(count=len(self.service_layers))]
        for endpoint, saved_at, _why in self._stale.values():
            parts.append(tr("{service}: {copy}, the service does not answer.").format(
                service=endpoint.label, copy=saved_copy(saved_at)))
        return " ".join(parts)

    def show_service_layers(self, kind, layers, content=None):
        """Show ``layers`` in place of what service ``kind`` showed (a reload replaces, never doubles).
        Only the workspace rows are made here: a workspace's rows when it opens. ``content``: the
        same layers arranged for the tree in the task that read them (``with_tree_content``)."""
        ids = {id(layer) for layer in self.service_layers if layer.kind == kind}
        self._hidden_rows -= ids
        self._layer_items = [(layer, item) for layer, item in self._layer_items if layer.kind != kind]
        self.service_layers = [layer for layer in self.service_layers if layer.kind != kind] + list(layers)
        self.service_model.set_layers(kind, content if content is not None else layers)
        self._fit_service_columns()

    def _workspace_opened(self, index):
        if self.service_model.canFetchMore(index):
            self.service_model.fetchMore(index)

    def _rows_created(self, made):
        self._layer_items.extend(made)
        if self._visible is None:
            return
        view, visible, hidden_rows = self.service_view, self._visible, self._hidden_rows
        for layer, item in made:
            if id(layer) not in visible:
                view.setRowHidden(item.row(), item.parent().index(), True)
                hidden_rows.add(id(layer))

    def _note(self, messages, level=Qgis.MessageLevel.Info):
        from ...toolbelt.log import PlgLogger

        for message in messages:
            PlgLogger.log(message, level=level, push=level != Qgis.MessageLevel.Info)
        if messages:
            self.details.setText("\n".join(messages[:3]))
