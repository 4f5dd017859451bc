# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
"""SyncListPermission models (``services.sync_lists.sync_list_permissions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_sync_lists_sync_list_permissions import SyncListPermissionContext


class SyncListPermission(InstanceModel["SyncListPermissionContext"]):
    """A SyncListPermission as returned by the API."""

    account_sid: str | None = None
    service_sid: str | None = None
    list_sid: str | None = None
    identity: str
    read: bool | None = None
    write: bool | None = None
    manage: bool | None = None
    url: str | None = None

    _key_field = "identity"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = SyncListPermissionContext.fetch
        update: ClassVar = SyncListPermissionContext.update
        delete: ClassVar = SyncListPermissionContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_sync_lists_sync_list_permissions import SyncListPermissionContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
