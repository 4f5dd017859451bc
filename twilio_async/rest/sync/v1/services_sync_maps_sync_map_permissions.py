# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
"""SyncMapPermission resources (``services.sync_maps.sync_map_permissions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)

if TYPE_CHECKING:
    from .types.services_sync_maps_sync_map_permissions import SyncMapPermission

_TYPES = Models(__package__, ".types.services_sync_maps_sync_map_permissions")
_MODEL = _TYPES("SyncMapPermission")
_LIST_PATH = "/v1/Services/{0}/Maps/{1}/Permissions"
_INSTANCE_PATH = "/v1/Services/{0}/Maps/{1}/Permissions/{2}"
_LIST: Operation[SyncMapPermission] = Operation(
    "sync_map_permissions.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="permissions",
    model=_MODEL,
)
_FETCH: Operation[SyncMapPermission] = Operation(
    "sync_map_permissions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[SyncMapPermission] = Operation(
    "sync_map_permissions.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("read", "Read", FORM, "boolean", required=True),
    P("write", "Write", FORM, "boolean", required=True),
    P("manage", "Manage", FORM, "boolean", required=True),
)
_DELETE: Operation[None] = Operation(
    "sync_map_permissions.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class SyncMapPermissionUpdateArgs(Args):
    read: bool
    write: bool
    manage: bool


class SyncMapPermissionContext(InstanceContext):
    """One SyncMapPermission: ``/v1/Services/{ServiceSid}/Maps/{MapSid}/Permissions/{Identity}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this SyncMapPermission: ``GET /v1/Services/{ServiceSid}/Maps/{MapSid}/Permissions/{Identity}``."""
    update = _UPDATE.call_method(SyncMapPermissionUpdateArgs)
    """Update this SyncMapPermission: ``POST /v1/Services/{ServiceSid}/Maps/{MapSid}/Permissions/{Identity}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this SyncMapPermission: ``DELETE /v1/Services/{ServiceSid}/Maps/{MapSid}/Permissions/{Identity}``; returns True."""


class SyncMapPermissionList(KeyedList[SyncMapPermissionContext]):
    """SyncMapPermission collection: ``/v1/Services/{ServiceSid}/Maps/{MapSid}/Permissions``."""

    __slots__ = ()
    _key = ("Identity", "identity", None)
    list = _LIST.list_method(ListArgs)
    """List SyncMapPermission resources: ``GET /v1/Services/{ServiceSid}/Maps/{MapSid}/Permissions``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream SyncMapPermission resources: ``GET /v1/Services/{ServiceSid}/Maps/{MapSid}/Permissions``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of SyncMapPermission resources: ``GET /v1/Services/{ServiceSid}/Maps/{MapSid}/Permissions``; ``next_page()`` moves on."""
