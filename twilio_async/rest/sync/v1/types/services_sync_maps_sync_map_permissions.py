# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
"""SyncMapPermission models (``services.sync_maps.sync_map_permissions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_sync_maps_sync_map_permissions import SyncMapPermissionContext


class SyncMapPermission(InstanceModel["SyncMapPermissionContext"]):
    """A SyncMapPermission as returned by the API."""

    account_sid: str | None = None
    service_sid: str | None = None
    map_sid: str | None = None
    identity: str
    read: bool | None = None
    write: bool | None = None
    manage: bool | None = None
    url: str | None = None

    _key_field = "identity"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = SyncMapPermissionContext.fetch
        update: ClassVar = SyncMapPermissionContext.update
        delete: ClassVar = SyncMapPermissionContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_sync_maps_sync_map_permissions import SyncMapPermissionContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
