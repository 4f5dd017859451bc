# Generated from specs/iam_v1.yaml by `make codegen`; do not edit.
"""Roles resources (``roles``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Child, InstanceContext, KeyedList

if TYPE_CHECKING:
    from .roles_role_permission import RolePermissionList


class RolesContext(InstanceContext):
    """One Roles: ``/v1/Roles/{RoleSid}``."""

    __slots__ = ()
    role_permission: Child[RolePermissionList] = Child(
        ".roles_role_permission", "RolePermissionList"
    )


class RolesList(KeyedList[RolesContext]):
    """Roles collection."""

    __slots__ = ()
    _key = ("RoleSid", "role_sid", None)
