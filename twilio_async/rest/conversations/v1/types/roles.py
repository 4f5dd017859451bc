# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""Role models (``roles``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import RoleRoleType

if TYPE_CHECKING:
    from ..roles import RoleContext


class Role(InstanceModel["RoleContext"]):
    """A Role as returned by the API."""

    sid: str
    account_sid: str | None = None
    chat_service_sid: str | None = None
    friendly_name: str | None = None
    type: RoleRoleType | None = None
    permissions: list[str] | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = RoleContext.fetch
        update: ClassVar = RoleContext.update
        delete: ClassVar = RoleContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..roles import RoleContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
