# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
"""SyncMapItem models (``services.sync_maps.sync_map_items``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_sync_maps_sync_map_items import SyncMapItemContext


class SyncMapItem(InstanceModel["SyncMapItemContext"]):
    """A SyncMapItem as returned by the API."""

    key: str
    account_sid: str | None = None
    service_sid: str | None = None
    map_sid: str | None = None
    url: str | None = None
    revision: str | None = None
    data: Any | None = None
    date_expires: IsoDateTime | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    created_by: str | None = None

    _key_field = "key"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = SyncMapItemContext.fetch
        update: ClassVar = SyncMapItemContext.update
        delete: ClassVar = SyncMapItemContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_sync_maps_sync_map_items import SyncMapItemContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
