# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
"""SyncMap models (``services.sync_maps``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_sync_maps import SyncMapContext


class SyncMap(InstanceModel["SyncMapContext"]):
    """A SyncMap as returned by the API."""

    sid: str
    unique_name: str | None = None
    account_sid: str | None = None
    service_sid: str | None = None
    url: str | None = None
    links: dict[str, Any] | None = None
    revision: str | None = None
    date_expires: IsoDateTime | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    created_by: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = SyncMapContext.fetch
        update: ClassVar = SyncMapContext.update
        delete: ClassVar = SyncMapContext.delete
        sync_map_items: ClassVar = SyncMapContext.sync_map_items
        sync_map_permissions: ClassVar = SyncMapContext.sync_map_permissions

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_sync_maps import SyncMapContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        sync_map_items = FromContext()
        sync_map_permissions = FromContext()
