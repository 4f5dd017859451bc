# Generated from specs/iam_v1.yaml by `make codegen`; do not edit.
"""Roles models (``roles``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..roles import RolesContext


class Roles(InstanceModel["RolesContext"]):
    """A Roles as returned by the API."""

    pass

    _key_field = "role_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        role_permission: ClassVar = RolesContext.role_permission

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..roles import RolesContext  # noqa: F401
    else:
        role_permission = FromContext()
