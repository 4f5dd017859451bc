# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
"""SyncListPermission resources (``services.sync_lists.sync_list_permissions``)."""

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
    from .types.services_sync_lists_sync_list_permissions import SyncListPermission

_TYPES = Models(__package__, ".types.services_sync_lists_sync_list_permissions")
_MODEL = _TYPES("SyncListPermission")
_LIST_PATH = "/v1/Services/{0}/Lists/{1}/Permissions"
_INSTANCE_PATH = "/v1/Services/{0}/Lists/{1}/Permissions/{2}"
_LIST: Operation[SyncListPermission] = Operation(
    "sync_list_permissions.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="permissions",
    model=_MODEL,
)
_FETCH: Operation[SyncListPermission] = Operation(
    "sync_list_permissions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[SyncListPermission] = Operation(
    "sync_list_permissions.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("read", "Read", FORM, "boolean", required=True),
    P("write", "Write", FORM, "boolean", required=True),
    P("manage", "Manage", FORM, "boolean", required=True),
)
_DELETE: Operation[None] = Operation(
    "sync_list_permissions.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class SyncListPermissionUpdateArgs(Args):
    read: bool
    write: bool
    manage: bool


class SyncListPermissionContext(InstanceContext):
    """One SyncListPermission: ``/v1/Services/{ServiceSid}/Lists/{ListSid}/Permissions/{Identity}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this SyncListPermission: ``GET /v1/Services/{ServiceSid}/Lists/{ListSid}/Permissions/{Identity}``."""
    update = _UPDATE.call_method(SyncListPermissionUpdateArgs)
    """Update this SyncListPermission: ``POST /v1/Services/{ServiceSid}/Lists/{ListSid}/Permissions/{Identity}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this SyncListPermission: ``DELETE /v1/Services/{ServiceSid}/Lists/{ListSid}/Permissions/{Identity}``; returns True."""


class SyncListPermissionList(KeyedList[SyncListPermissionContext]):
    """SyncListPermission collection: ``/v1/Services/{ServiceSid}/Lists/{ListSid}/Permissions``."""

    __slots__ = ()
    _key = ("Identity", "identity", None)
    list = _LIST.list_method(ListArgs)
    """List SyncListPermission resources: ``GET /v1/Services/{ServiceSid}/Lists/{ListSid}/Permissions``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream SyncListPermission resources: ``GET /v1/Services/{ServiceSid}/Lists/{ListSid}/Permissions``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of SyncListPermission resources: ``GET /v1/Services/{ServiceSid}/Lists/{ListSid}/Permissions``; ``next_page()`` moves on."""
