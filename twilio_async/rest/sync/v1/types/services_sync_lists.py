# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
"""SyncList models (``services.sync_lists``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_sync_lists import SyncListContext


class SyncList(InstanceModel["SyncListContext"]):
    """A SyncList as returned by the API."""

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
        fetch: ClassVar = SyncListContext.fetch
        update: ClassVar = SyncListContext.update
        delete: ClassVar = SyncListContext.delete
        sync_list_items: ClassVar = SyncListContext.sync_list_items
        sync_list_permissions: ClassVar = SyncListContext.sync_list_permissions

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_sync_lists import SyncListContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        sync_list_items = FromContext()
        sync_list_permissions = FromContext()
