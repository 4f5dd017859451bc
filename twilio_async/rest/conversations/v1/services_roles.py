# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ServiceRole resources (``services.roles``)."""

from __future__ import annotations

from collections.abc import Sequence
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
    from .enums import ServiceRoleRoleType
    from .types.services_roles import ServiceRole

_TYPES = Models(__package__, ".types.services_roles")
_MODEL = _TYPES("ServiceRole")
_LIST_PATH = "/v1/Services/{0}/Roles"
_INSTANCE_PATH = "/v1/Services/{0}/Roles/{1}"
_CREATE: Operation[ServiceRole] = Operation(
    "roles.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("type", "Type", FORM, "string", required=True),
    P("permission", "Permission", FORM, "string", many=True, required=True),
)
_LIST: Operation[ServiceRole] = Operation(
    "roles.list", "GET", _LIST_PATH, body="none", list_key="roles", model=_MODEL
)
_FETCH: Operation[ServiceRole] = Operation(
    "roles.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[ServiceRole] = Operation(
    "roles.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("permission", "Permission", FORM, "string", many=True, required=True))
_DELETE: Operation[None] = Operation("roles.delete", "DELETE", _INSTANCE_PATH, body="none")


class ServiceRoleCreateArgs(Args):
    friendly_name: str
    type: ServiceRoleRoleType | str
    permission: Sequence[str]


class ServiceRoleUpdateArgs(Args):
    permission: Sequence[str]


class ServiceRoleContext(InstanceContext):
    """One ServiceRole: ``/v1/Services/{ChatServiceSid}/Roles/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this ServiceRole: ``GET /v1/Services/{ChatServiceSid}/Roles/{Sid}``."""
    update = _UPDATE.call_method(ServiceRoleUpdateArgs)
    """Update this ServiceRole: ``POST /v1/Services/{ChatServiceSid}/Roles/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this ServiceRole: ``DELETE /v1/Services/{ChatServiceSid}/Roles/{Sid}``; returns True."""


class ServiceRoleList(KeyedList[ServiceRoleContext]):
    """ServiceRole collection: ``/v1/Services/{ChatServiceSid}/Roles``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^RL[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(ServiceRoleCreateArgs)
    """Create a ServiceRole: ``POST /v1/Services/{ChatServiceSid}/Roles``."""
    list = _LIST.list_method(ListArgs)
    """List ServiceRole resources: ``GET /v1/Services/{ChatServiceSid}/Roles``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream ServiceRole resources: ``GET /v1/Services/{ChatServiceSid}/Roles``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of ServiceRole resources: ``GET /v1/Services/{ChatServiceSid}/Roles``; ``next_page()`` moves on."""
