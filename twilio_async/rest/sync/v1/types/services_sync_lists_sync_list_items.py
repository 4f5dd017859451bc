# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
"""SyncListItem models (``services.sync_lists.sync_list_items``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_sync_lists_sync_list_items import SyncListItemContext


class SyncListItem(InstanceModel["SyncListItemContext"]):
    """A SyncListItem as returned by the API."""

    index: WireInt
    account_sid: str | None = None
    service_sid: str | None = None
    list_sid: str | None = None
    url: str | None = None
    revision: str | None = None
    data: Any | None = None
    date_expires: IsoDateTime | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    created_by: str | None = None

    _key_field = "index"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = SyncListItemContext.fetch
        update: ClassVar = SyncListItemContext.update
        delete: ClassVar = SyncListItemContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_sync_lists_sync_list_items import SyncListItemContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
