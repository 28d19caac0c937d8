"""What a row of the layer trees stands for; a model keeps one of these per row (``LayerItemModel.payload``)."""

from dataclasses import dataclass
from typing import Optional, Union

from ...core.ogc.service_model import ServiceLayer
from ...core.trees.legacy import LegacyNode


@dataclass(frozen=True)
class ServicePayload:
    """A layer of a service; ``style`` is set on the row of one of its styles."""

    layer: ServiceLayer
    style: Optional[str] = None


@dataclass(frozen=True)
class NodePayload:
    """A node of the historical tree or of the platform project (a folder or a layer)."""

    node: LegacyNode


@dataclass(frozen=True)
class WorkspacePayload:
    """A workspace of the services tree."""

    name: str


Payload = Union[ServicePayload, NodePayload, WorkspacePayload]
