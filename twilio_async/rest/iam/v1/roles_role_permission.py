# Generated from specs/iam_v1.yaml by `make codegen`; do not edit.
"""RolePermission resources (``roles.role_permission``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import ListArgs, ListResource, Models, Operation, PageArgs

if TYPE_CHECKING:
    from .types.roles_role_permission import RolePermission

_TYPES = Models(__package__, ".types.roles_role_permission")
_MODEL = _TYPES("RolePermission")
_LIST_PATH = "/v1/Roles/{0}/Permissions"
_LIST: Operation[RolePermission] = Operation(
    "role_permission.list", "GET", _LIST_PATH, body="none", list_key="permissions", model=_MODEL
)


class RolePermissionList(ListResource):
    """RolePermission collection: ``/v1/Roles/{RoleSid}/Permissions``."""

    __slots__ = ()
    list = _LIST.list_method(ListArgs)
    """List RolePermission resources: ``GET /v1/Roles/{RoleSid}/Permissions``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream RolePermission resources: ``GET /v1/Roles/{RoleSid}/Permissions``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of RolePermission resources: ``GET /v1/Roles/{RoleSid}/Permissions``; ``next_page()`` moves on."""
